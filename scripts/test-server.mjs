// `npm run test:server`: every server suite twice, on SQLite and then on a throwaway PostgreSQL
// (scripts/postgres.mjs), each pass keeping its counts in .test-results/<name>.json for
// `npm test`'s total. The clean-install suite builds native modules, so it runs in one pass only:
// the PostgreSQL one, which also proves the pg driver ships with the runtime packages.
//
// That suite spends a minute or more compiling better-sqlite3 (one C file, on one core), so it
// does not wait for its turn: it starts first, in a process of its own, and runs beside both
// passes; its output is printed when it has ended, after theirs, and its counts are added to the
// PostgreSQL pass's. It runs from a folder of its own so that the counts its runner writes
// (.test-results/server.json under the working folder) are not the other passes'.
//
// Exits non-zero when either pass fails.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPostgres } from './postgres.mjs';

const DIR = 'test/server';
const INSTALL = join(DIR, 'install.test.js');
/** Where scripts/node-count-reporter.mjs writes a run's counts, under the runner's working folder. */
const COUNTS = '.test-results/server.json';
const suites = readdirSync(DIR)
  .filter((name) => name.endsWith('.test.js'))
  .map((name) => join(DIR, name));

const REPORTERS = [
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  `--test-reporter=${resolve('scripts/node-count-reporter.mjs')}`,
  '--test-reporter-destination=stdout',
];

const labelOf = (env) => (env.TEST_POSTGRES_URL ? 'PostgreSQL' : 'SQLite');

/**
 * Runs the given suites with node's test runner, its output going straight to ours; resolves
 * whether they all passed.
 * @param {string} name the counts file's name
 * @param {string[]} files
 * @param {Record<string, string>} [env]
 */
export async function runServerSuites(name, files, env = {}) {
  const label = labelOf(env);
  console.log(`\n> server suites on ${label}: node --test ${files.length} files`);
  const started = Date.now();
  rmSync(COUNTS, { force: true });
  const runner = spawn('node', ['--test', ...REPORTERS, ...files], { stdio: 'inherit', env: { ...process.env, ...env } });
  const [status] = await new Promise((resolveExit) => runner.on('close', (...ended) => resolveExit(ended)));
  if (existsSync(COUNTS)) renameSync(COUNTS, `.test-results/${name}.json`);
  console.log(`server suites on ${label}: ${Math.round((Date.now() - started) / 1000)} s`);
  return status === 0;
}

/**
 * Starts the given suites in the background, from a temporary working folder, keeping their
 * output. `finish()` waits for them, prints their output and adds their counts to those of the
 * counts file `name`; it resolves whether they all passed.
 * @param {string} name
 * @param {string[]} files
 * @param {Record<string, string>} [env]
 */
export function startServerSuites(name, files, env = {}) {
  const label = labelOf(env);
  const started = Date.now();
  const cwd = mkdtempSync(join(tmpdir(), 'learning-city-suites-'));
  const runner = spawn('node', ['--test', ...REPORTERS, ...files.map((file) => resolve(file))], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  runner.stdout.on('data', (chunk) => (output += chunk));
  runner.stderr.on('data', (chunk) => (output += chunk));
  const ended = new Promise((resolveExit) => runner.on('close', (status) => resolveExit(status)));
  return {
    async finish() {
      const status = await ended;
      console.log(`\n> server suites on ${label}, run beside the others: node --test ${files.join(' ')}`);
      process.stdout.write(output);
      const own = join(cwd, COUNTS);
      const counts = existsSync(own)
        ? JSON.parse(readFileSync(own, 'utf8'))
        : { passed: 0, failed: 1, skipped: 0, failures: [{ file: files.join(' '), test: 'the runner reported no results' }] };
      rmSync(cwd, { recursive: true, force: true });
      // Added to the pass's counts; written alone when that pass left none (its runner failed).
      const file = `.test-results/${name}.json`;
      const pass = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0 };
      const merged = {
        passed: pass.passed + counts.passed,
        failed: pass.failed + counts.failed,
        skipped: (pass.skipped ?? 0) + (counts.skipped ?? 0),
        failures: [...(pass.failures ?? []), ...(counts.failures ?? [])],
      };
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(merged, null, 2));
      console.log(`server suites on ${label}, run beside the others: ${Math.round((Date.now() - started) / 1000)} s`);
      return status === 0;
    },
  };
}

/**
 * Both passes, with the clean-install suite beside them; resolves whether each passed. Without a
 * PostgreSQL that starts, the SQLite pass still runs.
 * @returns {Promise<{ sqlite: boolean, postgres: boolean }>}
 */
export async function runBothPasses() {
  const others = suites.filter((file) => file !== INSTALL);
  let postgres;
  try {
    postgres = startPostgres();
  } catch (error) {
    console.error(error.message);
    return { sqlite: await runServerSuites('server-sqlite', others), postgres: false };
  }
  try {
    const env = { TEST_POSTGRES_URL: postgres.url };
    const install = startServerSuites('server-postgres', [INSTALL], env);
    let sqlite = false;
    let onPostgres = false;
    let installed = false;
    try {
      sqlite = await runServerSuites('server-sqlite', others);
      onPostgres = await runServerSuites('server-postgres', others, env);
    } finally {
      // Waited for whatever happened to the passes: it uses the cluster.
      installed = await install.finish();
    }
    return { sqlite, postgres: onPostgres && installed };
  } finally {
    postgres.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { sqlite, postgres } = await runBothPasses();
  process.exit(sqlite && postgres ? 0 : 1);
}
