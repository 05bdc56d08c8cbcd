// What a city's IT team does first: install the runtime packages only, in a clean copy of the
// project, then start the API with the production command.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freshDatabase, request } from './helpers.js';

/** The project's folder, whichever folder the runner was started from. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'learning-city-install-'));
after(() => rmSync(copy, { recursive: true, force: true }));

test('`npm ci --omit=dev` then `npm run start:api` serves the API', { timeout: 30 * 60_000 }, async () => {
  for (const path of ['package.json', 'package-lock.json', 'server']) cpSync(join(ROOT, path), join(copy, path), { recursive: true });
  // Packages come from npm's cache when they are there; better-sqlite3 builds its native module.
  execFileSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: copy, stdio: 'pipe' });
  // The suites' database: a new PostgreSQL database in that pass, else a new SQLite file.
  const database = await freshDatabase();
  after(() => database.drop());

  const api = spawn('npm', ['run', '--silent', 'start:api'], {
    cwd: copy,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: database.location === ':memory:' ? join(copy, 'data.db') : database.location,
      ORGANISER_TOKENS: 'an-organiser-token-of-at-least-32-characters',
      PUBLIC_URL: 'https://badges.example.city/api',
      CORS_ORIGINS: 'https://www.example.city',
      HOST: '127.0.0.1',
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    // Its own process group, so that the stop signal reaches npm and the API alike, as a
    // service manager's does.
    detached: true,
  });
  // Closed once npm and the API it started have both exited.
  const closed = new Promise((resolveClosed) => api.stdout.on('close', resolveClosed));
  let output = '';
  api.stdout.on('data', (chunk) => (output += chunk));
  const logged = () => output.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  try {
    const origin = await new Promise((resolveOrigin, reject) => {
      api.stdout.on('data', () => {
        const listening = logged().find((line) => line.origin);
        if (listening) resolveOrigin(listening.origin);
      });
      api.on('exit', () => reject(new Error(`The API exited: ${output}`)));
    });
    assert.equal((await request(`${origin}/healthz`)).status, 200);
    const list = await request(`${origin}/api/activities`);
    assert.equal(list.status, 200);
    assert.deepEqual(list.body, { items: [], nextCursor: null }, 'no demo data in production');
  } finally {
    process.kill(-(/** @type {number} */ (api.pid)), 'SIGTERM');
  }
  await closed;
  // The API finishes what it was doing and says so before it exits.
  assert.ok(logged().some((line) => line.msg === 'stopped'), `a graceful stop on SIGTERM: ${output}`);
});
