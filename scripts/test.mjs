// `npm test`: every check and suite in order, then one line totalling them all:
// typecheck, build and size budget (one check each), the server suites on SQLite and on
// PostgreSQL, the build and end-to-end suites (node's test runner) and the browser suites (web-test-runner in headless Chromium). Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chromiumPath } from './browsers.mjs';
import { testServer } from './test-server.mjs';

const total = { passed: 0, failed: 0 };

function run(command, args, env = {}) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name, ok) {
  total[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? 'ok' : 'FAILED'}: ${name}`);
}

/** Adds a suite's counts; a runner that failed without writing them counts as one failure. */
function suite(name, ok, file) {
  const counts = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  if (!counts) return check(`${name} (the runner reported no results)`, false);
  total.passed += counts.passed;
  total.failed += counts.failed;
  if (!ok && counts.failed === 0) check(`${name} runner exit status`, false);
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
}

let chromium;
try {
  chromium = chromiumPath();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

rmSync('.test-results', { recursive: true, force: true });
const npx = 'npx';
check('typecheck', run(npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']));
check('build', run('npm', ['run', '--silent', 'build']));
check('size budget', run('node', ['scripts/size.mjs']));

// The server suites run twice, on SQLite and on a throwaway PostgreSQL; build and end-to-end once.
const server = testServer();
suite('server tests on SQLite', server.sqlite, '.test-results/server-sqlite.json');
suite('server tests on PostgreSQL', server.postgres, '.test-results/server-postgres.json');
suite(
  'build and end-to-end tests',
  run('node', [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs',
    '--test-reporter-destination=stdout',
    'test/build/',
    'test/types/',
    'test/e2e/',
  ]),
  '.test-results/server.json',
);
suite('browser tests', run(npx, ['web-test-runner'], { CHROME_PATH: chromium }), '.test-results/browser.json');

console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
