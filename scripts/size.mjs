// Prints the gzip size of each published entry and fails when the drop-in bundle, without the
// chunks it loads on demand (the QR decoder, other languages), is over budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const BUDGET_BYTES = 25 * 1024;
const CDN = 'dist/cdn';

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Gzip bytes of the drop-in bundle's initial load and of each chunk, from the build manifest. */
export function measure() {
  const manifest = JSON.parse(readFileSync(join(CDN, 'manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((file) => manifest[file].isEntry);
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    manifest[file].imports.forEach(visit);
  };
  visit(entry);
  const chunks = Object.keys(manifest).map((file) => ({
    file,
    gzip: gzip(join(CDN, file)),
    initial: initial.has(file),
  }));
  const initialBytes = chunks.filter((c) => c.initial).reduce((sum, c) => sum + c.gzip, 0);
  return { entry, chunks, initialBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chunks, initialBytes } = measure();
  for (const chunk of chunks) {
    console.log(`${kb(chunk.gzip).padStart(9)}  ${chunk.initial ? 'initial  ' : 'on demand'}  cdn/${chunk.file}`);
  }
  const over = initialBytes > BUDGET_BYTES;
  console.log(`${kb(initialBytes).padStart(9)}  drop-in bundle without on-demand chunks (budget ${kb(BUDGET_BYTES)})${over ? '  OVER BUDGET' : ''}`);
  process.exit(over ? 1 : 0);
}
