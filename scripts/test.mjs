// `npm test`: every check and suite in order, then one line totalling them all:
// typecheck, build and size budget (one check each), the server suites on SQLite and on
// PostgreSQL, the build and end-to-end suites (node's test runner; the end-to-end ones in every
// engine) and the browser suites (web-test-runner), once in each engine: Chromium, Firefox and WebKit
// (LC_ENGINES=chromium,firefox runs fewer). Each engine's count and time are printed before the
// total. Installs the browsers a fresh machine lacks. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { browserPaths } from './browsers.mjs';
import { runBothPasses } from './test-server.mjs';

const total = { passed: 0, failed: 0 };
/** Every failed test by suite, printed again at the end where a long log's reader looks first. */
const failedTests = [];

function run(command, args, env = {}) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) console.log(`${command} ${result.signal ? `was ended by ${result.signal}` : `exited with ${result.status}`}`);
  return result.status === 0;
}

function check(name, ok) {
  total[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? 'ok' : 'FAILED'}: ${name}`);
}

/** Adds a suite's counts; a runner that failed without writing them counts as one failure. */
function suite(name, ok, file) {
  const counts = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  if (!counts) {
    check(`${name} (the runner reported no results)`, false);
    return undefined;
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  for (const failure of counts.failures ?? []) failedTests.push({ suite: name, ...failure });
  if (!ok && counts.failed === 0) check(`${name} runner exit status`, false);
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
  return counts;
}

const ENGINES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };
const engines = (process.env.LC_ENGINES ?? Object.keys(ENGINES).join(',')).split(',').filter(Boolean);
for (const engine of engines) {
  if (!(engine in ENGINES)) {
    console.error(`LC_ENGINES: no engine ${engine} (there are ${Object.keys(ENGINES).join(', ')}).`);
    process.exit(1);
  }
}

try {
  browserPaths(); // installs the browsers and drivers a fresh machine lacks
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
// A run that breaks down counts as failed; the suites it did not finish report no results.
const server = await runBothPasses().catch((error) => {
  console.error(error);
  return { sqlite: false, postgres: false };
});
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
// The browser suites, one engine after another (each run starts its own browsers and dev server).
const perEngine = [];
for (const engine of engines) {
  const started = Date.now();
  const results = `.test-results/browser-${engine}.json`;
  let ok = run(npx, ['web-test-runner'], { LC_ENGINE: engine });
  // A runner that stopped before it could write any result (once, WebKit's, with no error said)
  // runs the engine's suites once more. A failed test is never run again: its results exist.
  if (!existsSync(results)) {
    console.log(`\nThe ${ENGINES[engine]} runner stopped without results; running its suites once more.`);
    ok = run(npx, ['web-test-runner'], { LC_ENGINE: engine });
  }
  // Test files whose browser was lost while they ran (the run went on in a new one) run once
  // more, on their own; their second results stand in for the first.
  const first = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : undefined;
  const lost = first?.failures.filter((failure) => failure.interrupted) ?? [];
  if (lost.length > 0) {
    console.log(`\nThe browser was lost while ${lost.map((f) => f.file).join(', ')} ran; running ${lost.length === 1 ? 'it' : 'them'} once more.`);
    rmSync(results);
    const again = run(npx, ['web-test-runner'], { LC_ENGINE: engine, LC_FILES: lost.map((f) => f.file).join(',') });
    const second = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : { passed: 0, failed: lost.length, failures: lost };
    writeFileSync(
      results,
      JSON.stringify({
        ...first,
        passed: first.passed + second.passed,
        failed: first.failed - lost.length + second.failed,
        failures: [...first.failures.filter((failure) => !failure.interrupted), ...second.failures],
      }),
    );
    ok = again && first.failed === lost.length;
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  const counts = suite(`browser tests in ${ENGINES[engine]}`, ok, results);
  perEngine.push({ engine: ENGINES[engine], counts, seconds });
}

console.log('\nBrowser suites by engine:');
for (const { engine, counts, seconds } of perEngine) {
  const time = `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  console.log(`  ${engine}: ${counts ? `${counts.passed} passed, ${counts.failed} failed` : 'no results'} in ${time}`);
}
if (failedTests.length > 0) {
  console.log('\nFailed tests:');
  for (const { suite, file, test, error } of failedTests) {
    console.log(`  ${suite}: ${file ?? ''} > ${test}\n    ${String(error ?? '').split('\n')[0].slice(0, 300)}`);
  }
}
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
