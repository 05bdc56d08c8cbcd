// Checks the published surface against the build: every element has its entry, export,
// side-effect flag and manifest entry, and the drop-in bundle keeps the QR decoder on demand.
// Runs after `npm run build` (npm test builds first).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { entries } from '../../scripts/entries.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = entries.filter((e) => e.tag);

test('every element has an export, a side-effect flag and built files', () => {
  for (const { name, tag } of elements) {
    const target = pkg.exports[`./${tag}.js`];
    assert.deepEqual(target, { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` }, tag);
    assert.ok(pkg.sideEffects.includes(`./dist/${name}.js`), `${tag} is listed in sideEffects`);
    assert.ok(existsSync(target.default) && existsSync(target.types), `${tag} is built`);
  }
  assert.ok(existsSync(pkg.exports['.'].default) && existsSync(pkg.types));
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
