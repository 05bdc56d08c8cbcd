// `npm run test:server`: every server suite twice, on SQLite and then on a throwaway PostgreSQL
// (scripts/postgres.mjs), each pass keeping its counts in .test-results/<name>.json for
// `npm test`'s total. The clean-install suite builds native modules, so it runs in one pass only:
// the PostgreSQL one, which also proves the pg driver ships with the runtime packages.
// Exits non-zero when either pass fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startPostgres } from './postgres.mjs';

const DIR = 'test/server';
const INSTALL = join(DIR, 'install.test.js');
/** Where scripts/node-count-reporter.mjs writes a run's counts. */
const COUNTS = '.test-results/server.json';
const suites = readdirSync(DIR)
  .filter((name) => name.endsWith('.test.js'))
  .map((name) => join(DIR, name));

/**
 * Runs the given suites with node's test runner; true when they all pass.
 * @param {string} name the counts file's name
 * @param {string[]} files
 * @param {Record<string, string>} [env]
 */
export function runServerSuites(name, files, env = {}) {
  const label = env.TEST_POSTGRES_URL ? 'PostgreSQL' : 'SQLite';
  console.log(`\n> server suites on ${label}: node --test ${files.length} files`);
  const started = Date.now();
  rmSync(COUNTS, { force: true });
  const result = spawnSync(
    'node',
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-count-reporter.mjs',
      '--test-reporter-destination=stdout',
      ...files,
    ],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  if (existsSync(COUNTS)) renameSync(COUNTS, `.test-results/${name}.json`);
  console.log(`server suites on ${label}: ${Math.round((Date.now() - started) / 1000)} s`);
  return result.status === 0;
}

/**
 * Both passes; resolves whether both passed.
 * @returns {{ sqlite: boolean, postgres: boolean }}
 */
export function testServer() {
  const sqlite = runServerSuites('server-sqlite', suites.filter((file) => file !== INSTALL));
  const postgres = startPostgres();
  try {
    return { sqlite, postgres: runServerSuites('server-postgres', suites, { TEST_POSTGRES_URL: postgres.url }) };
  } finally {
    postgres.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { sqlite, postgres } = testServer();
  process.exit(sqlite && postgres ? 0 : 1);
}
