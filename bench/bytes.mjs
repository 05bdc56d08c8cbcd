// Bytes on the wire: each drop-in chunk, the initial load with and without the QR chunk, beside
// Lit alone (the floor) and Shoelace's card (a peer), each minified by the same rollup + terser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { measure } from '../scripts/size.mjs';

const sizes = (buf) => ({ gzip: gzipSync(buf, { level: 9 }).length, brotli: brotliCompressSync(buf).length });
const add = (a, b) => ({ gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/** Bundles `code` (an ES module source) into one minified file; returns its path. */
export async function bundle(name, code, dir) {
  const input = join(dir, `${name}.src.js`);
  (await import('node:fs')).writeFileSync(input, code);
  const build = await rollup({ input, plugins: [nodeResolve({ rootDir: process.cwd() }), terser()], onwarn() {} });
  const file = join(dir, `${name}.js`);
  await build.write({ file, format: 'es', inlineDynamicImports: true });
  return file;
}

export const PEERS = {
  lit: `import { LitElement, html, css } from 'lit'; export { LitElement, html, css };`,
  shoelace: `import '@shoelace-style/shoelace/dist/components/card/card.js';`,
};

// Inside the project so that node-resolve finds lit and Shoelace in node_modules.
export const OUT = 'bench/.out';

export async function measureBytes(dir = OUT) {
  (await import('node:fs')).mkdirSync(dir, { recursive: true });
  const { initial, onDemand } = measure();
  const of = (file) => sizes(readFileSync(join('dist/cdn', file)));
  const initialBytes = initial.map(of).reduce(add);
  const qr = onDemand.find((c) => c.file.includes('qr-scanner'));
  // The QR chunk and all it loads, statically or on demand (the decoder), beyond the initial load:
  // not through the initial load's own imports, which reach every element's chunk on demand.
  const manifest = JSON.parse(readFileSync('dist/cdn/manifest.json', 'utf8'));
  const closure = (f, seen = new Set()) => {
    if (seen.has(f) || initial.includes(f)) return seen;
    seen.add(f);
    for (const i of [...manifest[f].imports, ...manifest[f].dynamicImports]) closure(i, seen);
    return seen;
  };
  const qrFiles = qr ? [...closure(qr.file)] : [];
  const qrBytes = qrFiles.map(of).reduce(add, { gzip: 0, brotli: 0 });
  const rows = Object.keys(manifest).map((file) => ({ name: file, ...of(file) }));
  const peers = {};
  for (const [name, code] of Object.entries(PEERS)) peers[name] = { file: await bundle(name, code, dir) };
  for (const peer of Object.values(peers)) Object.assign(peer, sizes(readFileSync(peer.file)));
  return {
    chunks: rows,
    dropIn: initialBytes,
    dropInWithQr: add(initialBytes, qrBytes),
    lit: { gzip: peers.lit.gzip, brotli: peers.lit.brotli },
    shoelaceCard: { gzip: peers.shoelace.gzip, brotli: peers.shoelace.brotli },
    files: { lit: peers.lit.file, shoelace: peers.shoelace.file },
  };
}
