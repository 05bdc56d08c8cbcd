// The reference server's throughput on loopback, with autocannon. `measureApi` measures a running
// server (the bench's own, on SQLite in memory); `measureApiOnDatabases` starts the API on each
// database a city would run (an SQLite file, a throwaway PostgreSQL) and measures the same runs
// plus 50 claims sent at the same instant. `node bench/api.mjs [seconds]` prints that comparison.
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../server/app.js';
import { startPostgres } from '../scripts/postgres.mjs';

const run = (options) => new Promise((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));

/** A new claim for digital-step, which has one self-checked text task: it is issued at once. */
const newClaim = (key) =>
  JSON.stringify({ badgeId: 'digital-step', recipient: { name: 'Bench', email: `${key}@example.org` }, consent: true, answers: { t1: ['I planned my budget in a spreadsheet.'] } });

/**
 * @param {{ origin: string, reset: () => Promise<unknown> }} server with the API under /api and test controls
 * @param {{ seconds: number }} settings
 */
export async function measureApi(server, { seconds }) {
  await server.reset();
  const ids = '13965,gnlc-future-skills,13958,14210,14388,15102,15140,15177,15190,14501';
  const targets = {
    'GET /activities/{id}': { url: `${server.origin}/api/activities/13965` },
    'GET /activities?ids= (10)': { url: `${server.origin}/api/activities?ids=${encodeURIComponent(ids)}` },
    'POST /claims': {
      url: `${server.origin}/api/claims`,
      method: 'POST',
      // Every claim is a new one: its own idempotency key and e-mail address.
      requests: [{
        setupRequest: (req) => {
          const key = randomUUID();
          return { ...req, headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: newClaim(key) };
        },
      }],
    },
  };
  const result = {};
  for (const [name, options] of Object.entries(targets)) {
    const r = await run({ connections: 10, duration: seconds, ...options });
    result[name] = { requestsPerSecond: r.requests.average, latencyP50: r.latency.p50, latencyP99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
  }
  return result;
}

/**
 * 50 new claims sent at the same instant: how long until all are answered, and how many were issued.
 * @param {string} origin
 */
async function concurrentClaims(origin) {
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: 50 }, () => {
      const key = randomUUID();
      return fetch(`${origin}/api/claims`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: newClaim(key) });
    }),
  );
  return { ms: Math.round(performance.now() - started), created: answers.filter((answer) => answer.status === 201).length };
}

/** The API alone on a free loopback port, with test controls for `reset`. */
async function startApiServer(dbPath) {
  const api = createApi({ dbPath, organiserToken: 'bench', testControls: true });
  await api.ready;
  const server = createServer((req, res) => api.handle(req, res).then((handled) => handled || res.writeHead(404).end()));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  return {
    origin,
    reset: () => fetch(`${origin}/api/__test/reset`, { method: 'POST' }),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await api.close();
    },
  };
}

/**
 * The same runs on an SQLite file and on PostgreSQL.
 * @param {{ seconds: number }} settings
 * @returns {Promise<Record<'SQLite' | 'PostgreSQL', Record<string, unknown>>>}
 */
export async function measureApiOnDatabases(settings) {
  const dir = mkdtempSync(join(tmpdir(), 'learning-city-bench-'));
  const postgres = startPostgres();
  try {
    const results = {};
    for (const [name, dbPath] of [['SQLite', join(dir, 'bench.db')], ['PostgreSQL', postgres.url]]) {
      const server = await startApiServer(dbPath);
      try {
        results[name] = await measureApi(server, settings);
        await server.reset();
        results[name]['50 claims at once'] = await concurrentClaims(server.origin);
      } finally {
        await server.close();
      }
    }
    return results;
  } finally {
    postgres.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The comparison as a Markdown table. */
export function apiTable(results) {
  const [sqlite, postgres] = [results.SQLite, results.PostgreSQL];
  const rows = Object.keys(sqlite)
    .filter((name) => name !== '50 claims at once')
    .map((name) => {
      const cell = (r) => `${Math.round(r[name].requestsPerSecond)} req/s, p50 ${r[name].latencyP50} ms, p99 ${r[name].latencyP99} ms${r[name].non2xx || r[name].errors ? `, ${r[name].non2xx} non-2xx, ${r[name].errors} errors` : ''}`;
      return `| ${name} | ${cell(sqlite)} | ${cell(postgres)} |`;
    });
  const burst = (r) => `${r['50 claims at once'].created}/50 issued in ${r['50 claims at once'].ms} ms`;
  return ['| run (10 connections) | SQLite file | PostgreSQL |', '| --- | --- | --- |', ...rows, `| 50 claims at once | ${burst(sqlite)} | ${burst(postgres)} |`].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await measureApiOnDatabases({ seconds: Number(process.argv[2]) || 5 });
  console.log(apiTable(results));
}
