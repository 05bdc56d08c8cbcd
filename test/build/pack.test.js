// What `npm pack` puts in the package: everything the README tells users to import or link, and
// nothing else (no sources, tests, server, data or demo). Runs after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// --ignore-scripts: the build ran already; `prepack` would run it again.
const [{ files }] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const packed = new Set(files.map((f) => f.path));

/** The files an import specifier of the package resolves to, through `exports`. */
function resolve(specifier) {
  const subpath = `.${specifier.slice(pkg.name.length)}`;
  const wildcard = Object.keys(pkg.exports).find((key) => key.endsWith('*') && subpath.startsWith(key.slice(0, -1)));
  const target = wildcard ? pkg.exports[wildcard].replace('*', subpath.slice(wildcard.length - 1)) : pkg.exports[subpath];
  assert.ok(target, `${specifier} is not exported`);
  const paths = typeof target === 'string' ? [target] : Object.values(target);
  return paths.map((path) => path.replace(/^\.\//, ''));
}

test('the package holds every module, type and file the README names', () => {
  const readme = readFileSync('README.md', 'utf8');
  const specifiers = new Set([...readme.matchAll(/['"](learning-city-widgets(?:\/[\w./-]+)?)['"]/g)].map((m) => m[1]));
  for (const path of ['themes/high-contrast.css', 'cdn/learning-city-widgets.js', 'cdn/learning-city-widgets.css', 'custom-elements.json']) {
    specifiers.add(`${pkg.name}/${path}`);
  }
  assert.ok(specifiers.size > 10, 'the README names the entry points');
  for (const specifier of specifiers) {
    for (const path of resolve(specifier)) assert.ok(packed.has(path), `${specifier}: ${path} is not in the package`);
  }
  for (const field of ['main', 'types', 'customElements', 'web-types']) assert.ok(packed.has(pkg[field].replace(/^\.\//, '')), field);
  for (const chunk of Object.keys(JSON.parse(readFileSync('dist/cdn/manifest.json', 'utf8')))) {
    assert.ok(packed.has(`dist/cdn/${chunk}`), `the drop-in bundle's ${chunk}`);
  }
});

test('the package holds nothing but the build and its documents', () => {
  const documents = new Set(['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']);
  const strays = [...packed].filter((path) => !documents.has(path) && !path.startsWith('dist/'));
  assert.deepEqual(strays, []);
  assert.ok(packed.has('LICENSE'), 'the licence the package.json names');
  const unwanted = [...packed].filter((path) => /(^|\/)(test|tests|fixtures|server|demo|src|\.data)\/|\.test\.|\.(db|sqlite)$/.test(path));
  assert.deepEqual(unwanted, []);
});

test('the changelog has an entry for the version in package.json', () => {
  assert.match(pkg.version, /^\d+\.\d+\.\d+(-[\w.]+)?$/, 'a semver version');
  assert.match(readFileSync('CHANGELOG.md', 'utf8'), new RegExp(`^## ${pkg.version.replaceAll('.', '\\.')}\\b`, 'm'));
});
