// The README's element reference must be what scripts/docs.mjs generates from the build's
// custom-elements.json: edit the components' JSDoc, then `npm run docs`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { withReference, withTokens } from '../../scripts/docs.mjs';

test('the README reference is generated from custom-elements.json and up to date', () => {
  const readme = readFileSync('README.md', 'utf8');
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  assert.ok(readme === withReference(readme, manifest), 'README.md is stale: run `npm run docs`');
});

test('THEMING.md lists every token as src/styles/tokens.ts declares it', () => {
  const theming = readFileSync('THEMING.md', 'utf8');
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  assert.ok(theming === withTokens(theming, readFileSync('src/styles/tokens.ts', 'utf8'), manifest), 'THEMING.md is stale: run `npm run docs`');
  assert.match(theming, /`--lc-color-accent` \| `var\(--lc-color-blue-600\)` \| `var\(--lc-color-blue-300\)`/);
});

test('the reference documents every element, attribute, event, part and CSS property', () => {
  const readme = readFileSync('README.md', 'utf8');
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  for (const d of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
    assert.ok(readme.includes(`### \`<${d.tagName}>\``), d.tagName);
    for (const item of [...(d.attributes ?? []), ...(d.events ?? []), ...(d.cssParts ?? []), ...(d.cssProperties ?? [])]) {
      assert.ok(item.description, `${d.tagName}: ${item.name} has no description in its JSDoc`);
    }
  }
});
