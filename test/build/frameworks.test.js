// The generated framework types and editor data (scripts/framework-types.mjs) against small
// React, Preact, Solid, Vue and Svelte usages: type checks only, no framework runs. Each usage
// also holds wrong uses marked `@ts-expect-error`, so types that accept anything fail the check.
// Runs after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elements } from '../../scripts/framework-types.mjs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const json = (path) => JSON.parse(readFileSync(path, 'utf8'));

test('React 19, Preact, Solid, Vue and Svelte usages type-check against the published types', () => {
  const tsc = 'node_modules/typescript/bin/tsc';
  try {
    execFileSync(process.execPath, [tsc, '-p', 'test/build/fixtures/frameworks/tsconfig.json'], { encoding: 'utf8' });
  } catch (error) {
    assert.fail(`the framework usages do not type-check:\n${error.stdout}`);
  }
});

test('VS Code and JetBrains editors get every element, attribute, event, part and CSS property', () => {
  const html = json('dist/vscode.html-custom-data.json');
  const css = json('dist/vscode.css-custom-data.json');
  const webTypes = json('dist/web-types.json').contributions.html.elements;
  for (const { entry, declaration } of elements(manifest)) {
    const tag = html.tags.find((t) => t.name === entry.tag);
    const ide = webTypes.find((e) => e.name === entry.tag);
    assert.ok(tag && ide, entry.tag);
    for (const attribute of declaration.attributes ?? []) {
      assert.ok(tag.attributes.some((a) => a.name === attribute.name && a.description), `${entry.tag} ${attribute.name}`);
      assert.ok(ide.attributes.some((a) => a.name === attribute.name), `${entry.tag} ${attribute.name}`);
    }
    for (const event of declaration.events ?? []) assert.ok(ide.events.some((e) => e.name === event.name && e.type), `${entry.tag} ${event.name}`);
    for (const part of declaration.cssParts ?? []) {
      assert.ok(css.pseudoElements.some((p) => p.name === `::part(${part.name})`), `${entry.tag} ::part(${part.name})`);
    }
    for (const property of declaration.cssProperties ?? []) assert.ok(css.properties.some((p) => p.name === property.name), property.name);
  }
  const variant = html.tags.find((t) => t.name === 'activity-card').attributes.find((a) => a.name === 'variant');
  assert.deepEqual(variant.values, [{ name: 'full' }, { name: 'compact' }]);
});
