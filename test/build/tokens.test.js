// Every `--lc-*` custom property an element reads is either a token the kit defines
// (src/styles/tokens.ts) or a component knob documented with `@cssprop`, so designers can find
// and set everything the kit reacts to.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.(ts|css)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

const files = sources('src').map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const defined = new Set([...readFileSync('src/styles/tokens.ts', 'utf8').matchAll(/(--lc-[\w-]+)\s*:/g)].map((m) => m[1]));
const documented = new Set(files.flatMap(({ text }) => [...text.matchAll(/@cssprop\s+\[?(--lc-[\w-]+)/g)].map((m) => m[1])));

test('every --lc-* property read in src/ is a defined token or a documented knob', () => {
  const unknown = files.flatMap(({ file, text }) =>
    [...text.matchAll(/var\(\s*(--lc-[\w-]+)/g)]
      .map((m) => m[1])
      .filter((name) => !defined.has(name) && !documented.has(name))
      .map((name) => `${file}: ${name}`),
  );
  assert.deepEqual([...new Set(unknown)], []);
});

test('every semantic token says what it is for (THEMING.md shows it)', () => {
  const tokens = readFileSync('src/styles/tokens.ts', 'utf8');
  const block = (name) => tokens.slice(tokens.indexOf(`const ${name} =`), tokens.indexOf('`;', tokens.indexOf(`const ${name} =`)));
  const semantic = block('light') + block('shape');
  const silent = [...semantic.matchAll(/^\s*(--lc-[\w-]+):[^;]+;(.*)$/gm)].filter((m) => !/\/\*.+\*\//.test(m[2])).map((m) => m[1]);
  assert.deepEqual(silent, []);
});

test('the presets set only tokens and knobs the kit reads', () => {
  for (const file of readdirSync('src/themes')) {
    const text = readFileSync(join('src/themes', file), 'utf8');
    const set = [...text.matchAll(/(--lc-[\w-]+)\s*:/g)].map((m) => m[1]);
    assert.ok(set.length > 0, file);
    assert.deepEqual(set.filter((name) => !defined.has(name) && !documented.has(name)), [], file);
  }
});

test('the token set has the three layers', () => {
  assert.ok(defined.has('--lc-color-blue-600'), 'a primitive');
  assert.ok(defined.has('--lc-color-accent') && defined.has('--lc-space-m'), 'semantic tokens');
  assert.ok([...documented].some((name) => name.startsWith('--lc-activity-card-')), 'component knobs');
});
