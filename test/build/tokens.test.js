// Every `--lc-*` custom property an element reads is either a token the kit defines
// (src/styles/tokens.ts) or a component knob documented with `@cssprop`, so designers can find
// and set everything the kit reacts to.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
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

test('the token set has the three layers', () => {
  assert.ok(defined.has('--lc-color-blue-600'), 'a primitive');
  assert.ok(defined.has('--lc-color-accent') && defined.has('--lc-space-m'), 'semantic tokens');
  assert.ok([...documented].some((name) => name.startsWith('--lc-activity-card-')), 'component knobs');
});
