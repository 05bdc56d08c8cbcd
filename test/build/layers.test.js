// The one data path, as a rule on imports: elements reach data through the repository only, and
// what the device keeps (src/store) knows nothing of the repository or the elements above it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

/** Every TypeScript file under a folder of src/, with the module paths it imports (types too). */
function imports(folder) {
  return readdirSync(join('src', folder), { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => {
      const source = readFileSync(join('src', folder, file), 'utf8');
      // `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`.
      const paths = [...source.matchAll(/(?:^\s*(?:import|export)\b[^'";]*?from\s+|^\s*import\s+|\bimport\(\s*)['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      return { file: join('src', folder, file), paths };
    });
}

test('no element imports a store module: data comes through the repository', () => {
  const found = imports('components').flatMap(({ file, paths }) => paths.filter((p) => /(^|\/)store\//.test(p)).map((p) => `${file} → ${p}`));
  assert.deepEqual(found, []);
});

test('the store imports neither the repository nor any element', () => {
  const found = imports('store').flatMap(({ file, paths }) => paths.filter((p) => /(^|\/)(repository|components)\//.test(p)).map((p) => `${file} → ${p}`));
  assert.deepEqual(found, []);
});
