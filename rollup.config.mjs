// Two outputs: `dist/` as unbundled ES modules with types for npm users (dependencies stay
// external so the app's bundler dedupes Lit), and `dist/cdn/` as the drop-in bundle for a
// script tag (Lit inlined, minified, the QR decoder in a chunk of its own loaded on demand).
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { entries } from './scripts/entries.mjs';

/**
 * Writes which chunks each chunk imports statically and on demand (for the size budget), and the
 * Subresource Integrity hash of every file of the bundle (for the configurator's snippet): each
 * chunk's own, and on the entry those of the stylesheets that go beside it. The hashes are taken
 * from the files as written, after every plugin has had its say on their code.
 */
const manifest = () => ({
  name: 'manifest',
  async writeBundle({ dir }, bundle) {
    const integrity = async (file) => `sha384-${createHash('sha384').update(await readFile(join(dir, file))).digest('base64')}`;
    const items = Object.values(bundle);
    const stylesheets = items.filter((item) => item.type === 'asset' && item.fileName.endsWith('.css')).map((item) => item.fileName);
    const chunks = items.filter((item) => item.type === 'chunk');
    const described = await Promise.all(
      chunks.map(async (c) => [
        c.fileName,
        {
          isEntry: c.isEntry,
          imports: c.imports,
          dynamicImports: c.dynamicImports,
          integrity: await integrity(c.fileName),
          ...(c.isEntry && {
            stylesheets: Object.fromEntries(await Promise.all(stylesheets.map(async (file) => [file, await integrity(file)]))),
          }),
        },
      ]),
    );
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(Object.fromEntries(described), null, 2));
  },
});

/** Copies files into the output as they are (stylesheets that go beside the bundle). */
const copy = (files) => ({
  name: 'copy',
  async generateBundle() {
    for (const [from, fileName] of Object.entries(files)) {
      this.emitFile({ type: 'asset', fileName, source: await readFile(from, 'utf8') });
    }
  },
});

/**
 * Lit's css`` templates keep the source's comments and indentation, which the drop-in bundle
 * would ship to every page. This strips comments and runs of spaces inside them, keeping every
 * line break so that the source maps of the code around them stay right.
 */
const minifyCssTemplates = () => ({
  name: 'minify-css-templates',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    // TypeScript has already compiled the file here, and writes the tag as `css \``.
    const minified = code.replace(/\bcss\s*`([^`]*)`/g, (_, body) => {
      const css = body
        .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
        .replace(/[ \t]+/g, ' ')
        .replace(/ ?\n ?/g, '\n');
      return `css\`${css}\``;
    });
    return { code: minified, map: null };
  },
});

// Chunk names carry content hashes: without a clean start, every build would leave its old chunks
// in dist/ (and in the npm package).
rmSync('dist', { recursive: true, force: true });

const external = [
  /^tslib$/,
  /^lit(\/|$)/,
  /^@lit\//,
  /^idb(\/|$)/,
  /^html5-qrcode(\/|$)/,
  // <badge-verify>'s verification libraries and JSON-LD contexts
  /^@digitalbazaar\//,
  /^@digitalcredentials\//,
  /^did-context$/,
  /^jsonld-signatures$/,
];

export default [
  {
    input: Object.fromEntries(entries.map((e) => [e.name, e.source])),
    external,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [
      typescript({
        tsconfig: './tsconfig.build.json',
        outDir: 'dist',
        declaration: true,
        declarationDir: 'dist',
        sourceMap: true,
      }),
      copy({ 'src/themes/high-contrast.css': 'themes/high-contrast.css', 'src/themes/harbour-city.css': 'themes/harbour-city.css' }),
    ],
  },
  {
    input: { 'learning-city-widgets': 'src/cdn.ts' },
    // The entry file itself holds the initial code (the chunks loaded on demand import what they
    // share from it), so that the `integrity` hash on the page's script tag covers all of it.
    // Without this Rollup would make the entry a one-line re-export of a chunk the hash misses.
    preserveEntrySignatures: 'allow-extension',
    onwarn(warning, warn) {
      // html5-qrcode's ES build is compiled TypeScript with top-level `this` helpers: harmless.
      if (warning.code === 'THIS_IS_UNDEFINED' && warning.id?.includes('html5-qrcode')) return;
      warn(warning);
    },
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true }),
      commonjs(),
      minifyCssTemplates(),
      typescript({
        tsconfig: './tsconfig.build.json',
        outDir: 'dist/cdn',
        declaration: false,
        sourceMap: true,
      }),
      terser({ compress: { passes: 3, ecma: 2020 }, ecma: 2020, format: { comments: false } }),
      manifest(),
      copy({ 'src/cdn.css': 'learning-city-widgets.css' }),
    ],
  },
];
