// Prints the gzip size of what the drop-in bundle loads, and fails when its initial load (what
// every page pays before any element is used) is over budget. Elements other than the
// configuration and the activity card load on demand, each from its own chunk, and so do the
// QR decoder and languages other than English.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 25 * 1024;
const CDN = 'dist/cdn';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Gzip bytes of the drop-in bundle's initial load and of what each on-demand chunk adds. */
export function measure() {
  const manifest = JSON.parse(readFileSync(join(CDN, 'manifest.json'), 'utf8'));
  const gzip = Object.fromEntries(
    Object.keys(manifest).map((file) => [file, gzipSync(readFileSync(join(CDN, file)), { level: 9 }).length]),
  );
  /** A chunk and everything it imports statically. */
  const closure = (file, seen = new Set()) => {
    if (!seen.has(file)) {
      seen.add(file);
      manifest[file].imports.forEach((f) => closure(f, seen));
    }
    return seen;
  };
  const sum = (files) => [...files].reduce((total, file) => total + gzip[file], 0);
  const entry = Object.keys(manifest).find((file) => manifest[file].isEntry);
  const initial = closure(entry);
  const onDemand = [...new Set(Object.values(manifest).flatMap((c) => c.dynamicImports))].map((file) => {
    const extra = [...closure(file)].filter((f) => !initial.has(f));
    return { file, bytes: sum(extra) };
  });
  return { entry, initial: [...initial], initialBytes: sum(initial), onDemand, totalBytes: sum(Object.keys(manifest)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { initial, initialBytes, onDemand } = measure();
  console.log(`${kb(initialBytes).padStart(9)}  initial load: ${initial.map((f) => basename(f)).join(', ')}`);
  for (const { file, bytes } of onDemand) console.log(`${`+${kb(bytes)}`.padStart(9)}  on demand: ${basename(file)}`);
  const over = initialBytes > BUDGET_BYTES;
  console.log(`Initial load ${kb(initialBytes)} of a ${kb(BUDGET_BYTES)} budget${over ? ': OVER BUDGET' : ''}.`);
  process.exit(over ? 1 : 0);
}
