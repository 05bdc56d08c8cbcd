// Checks the published surface against the build: every element has its entry, export,
// side-effect flag and manifest entry, and the drop-in bundle keeps the QR decoder on demand.
// Runs after `npm run build` (npm test builds first).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { entries } from '../../scripts/entries.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = entries.filter((e) => e.tag);

test('every element has an export, a side-effect flag and built files', () => {
  for (const { name, tag } of elements) {
    const target = pkg.exports[`./${tag}.js`];
    // The types of an element's entry bring the typed event map as well (generated, see
    // scripts/framework-types.mjs).
    assert.deepEqual(target, { types: `./dist/types/${tag}.d.ts`, default: `./dist/${name}.js` }, tag);
    assert.ok(pkg.sideEffects.includes(`./dist/${name}.js`), `${tag} is listed in sideEffects`);
    assert.ok(existsSync(target.default) && existsSync(target.types), `${tag} is built`);
  }
  assert.ok(existsSync(pkg.exports['.'].default) && existsSync(pkg.types));
});

test('every other entry point has its export and built files', () => {
  for (const { name, subpath } of entries.filter((e) => e.subpath)) {
    assert.deepEqual(pkg.exports[`./${subpath}`], { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` }, subpath);
    assert.ok(existsSync(`dist/${name}.js`) && existsSync(`dist/${name}.d.ts`), `${subpath} is built`);
  }
});

test('every path package.json points at is built', () => {
  const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
  const paths = [pkg.main, pkg.types, pkg.customElements, pkg['web-types'], ...targets(pkg.exports)];
  for (const path of paths.filter((p) => !p.includes('*'))) assert.ok(existsSync(path), path);
});

test('custom-elements.json describes the published files, with typed events', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  assert.doesNotMatch(JSON.stringify(manifest), /"\/?src\//, 'no path into src/, which is not published');
  for (const module of manifest.modules) assert.ok(existsSync(module.path), module.path);
  for (const { name, tag } of elements) {
    const entry = manifest.modules.find((m) => m.path === `dist/${name}.js`);
    assert.ok(entry?.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag), `${tag}: its entry defines it`);
  }
  const events = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.events ?? []);
  assert.ok(events.length > 0);
  for (const event of events) assert.match(event.type?.text ?? '', /^CustomEvent<.+>$/, event.name);
});

test('npm users get dependencies as imports, not copies', () => {
  const card = readFileSync('dist/components/activity-card/activity-card.component.js', 'utf8');
  assert.match(card, /from 'lit'/);
  assert.doesNotMatch(card, /class ReactiveElement/);
});

test('custom-elements.json documents every element', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
  for (const { tag } of elements) assert.ok(tags.includes(tag), `${tag} is in custom-elements.json`);
});

test('the drop-in bundle loads html5-qrcode only on demand', () => {
  const manifest = JSON.parse(readFileSync('dist/cdn/manifest.json', 'utf8'));
  const entry = Object.keys(manifest).find((file) => manifest[file].isEntry);
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    manifest[file].imports.forEach(visit);
  };
  visit(entry);
  const initialCode = [...initial].map((file) => readFileSync(`dist/cdn/${file}`, 'utf8')).join('\n');
  assert.doesNotMatch(initialCode, /Html5Qrcode|zxing/i, 'no QR decoder in the initial load');
});

test('the drop-in bundle’s entry file holds its whole initial load, so its integrity hash covers it', () => {
  const manifest = JSON.parse(readFileSync('dist/cdn/manifest.json', 'utf8'));
  assert.deepEqual(manifest['learning-city-widgets.js'].imports, [], 'the entry imports no chunk up front');
  assert.ok(manifest['learning-city-widgets.js'].dynamicImports.length > 0, 'the rest loads on demand');
});

test('the drop-in bundle’s manifest holds the integrity hash of every file as written', () => {
  const manifest = JSON.parse(readFileSync('dist/cdn/manifest.json', 'utf8'));
  const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(`dist/cdn/${file}`)).digest('base64')}`;
  const files = Object.keys(manifest);
  assert.ok(files.length > 20, 'every chunk is listed');
  for (const file of files) assert.equal(manifest[file].integrity, sri(file), file);
  assert.deepEqual(
    manifest['learning-city-widgets.js'].stylesheets,
    { 'learning-city-widgets.css': sri('learning-city-widgets.css') },
    'the stylesheet beside the entry',
  );
});
