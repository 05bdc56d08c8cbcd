// Production mode: settings from the environment, /healthz, request logs, the visitor's address
// behind trusted proxies, graceful shutdown and the SQLite online backup.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { createApi } from '../../server/app.js';
import { backupSqlite } from '../../server/backup.js';
import { productionSettings, startProduction } from '../../server/production.js';
import { SEED } from '../../server/seed-data.js';
import { checkAnswersOf, lastingDatabase, postClaim, request, startApi, webinarClaim } from './helpers.js';

const TOKEN = 'a-long-organiser-token-for-the-tests-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'learning-city-production-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Settings a city would give; tests that start the server give their own database. */
const env = (overrides = {}) => ({
  DATABASE_URL: join(dir, 'settings.db'),
  ORGANISER_TOKENS: TOKEN,
  PUBLIC_URL: 'https://badges.example.city/api',
  CORS_ORIGINS: 'https://www.example.city',
  PORT: '0',
  HOST: '127.0.0.1',
  ...overrides,
});

/** A stream that keeps the JSON log lines it receives. */
function logCollector() {
  /** @type {any[]} */
  const lines = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, stream };
}

describe('production settings', () => {
  it('refuses to start without organiser tokens, with a demo token or with a short one', () => {
    assert.throws(() => productionSettings(env({ ORGANISER_TOKENS: '' })), /ORGANISER_TOKENS is required/);
    assert.throws(() => productionSettings(env({ ORGANISER_TOKENS: 'demo-organiser-token' })), /public demo token/);
    assert.throws(() => productionSettings(env({ ORGANISER_TOKENS: `${TOKEN},demo-organiser-vilnius` })), /public demo token/);
    assert.throws(() => productionSettings(env({ ORGANISER_TOKENS: `${TOKEN},short` })), /at least 32 characters/);
  });

  it('names every missing or malformed setting at once', () => {
    const error = /** @type {Error} */ (
      (() => {
        try {
          productionSettings({ PUBLIC_URL: 'http://badges.example.city/api', TRUST_PROXY: 'proxy.local', MAX_UPLOAD_BYTES: 'lots' });
        } catch (caught) {
          return caught;
        }
      })()
    );
    for (const name of ['DATABASE_URL', 'ORGANISER_TOKENS', 'PUBLIC_URL must use https', 'CORS_ORIGINS', 'TRUST_PROXY', 'MAX_UPLOAD_BYTES']) {
      assert.match(error.message, new RegExp(name), name);
    }
  });

  it('reads every setting into the API options, never with demo data or test controls', () => {
    const settings = productionSettings(
      env({
        ORGANISER_TOKENS: `${TOKEN}, ${TOKEN}-2`,
        DATABASE_URL: 'postgres://badges@db.internal/badges',
        CORS_ORIGINS: 'https://www.example.city,https://kaunas.example.city',
        TRUST_PROXY: '127.0.0.1, 10.0.0.0/8, ::1',
        MAX_UPLOAD_BYTES: '1048576',
        PORT: '9400',
      }),
    );
    assert.deepEqual(settings.api, {
      dbPath: 'postgres://badges@db.internal/badges',
      organiserToken: [TOKEN, `${TOKEN}-2`],
      seed: false,
      publicUrl: 'https://badges.example.city/api',
      basePath: '/api',
      corsOrigins: ['https://www.example.city', 'https://kaunas.example.city'],
      trustProxy: ['127.0.0.1', '10.0.0.0/8', '::1'],
      maxUploadBytes: 1048576,
    });
    assert.equal(settings.port, 9400);
    assert.equal(productionSettings(env({ CORS_ORIGINS: '*' })).api.corsOrigins, '*');
    assert.throws(() => productionSettings(env({ CORS_ORIGINS: 'https://www.example.city/page' })), /CORS_ORIGINS must list origins/);
    const claimUrl = 'https://www.example.city/badges/claim?badge={badgeId}&code={code}';
    assert.equal(productionSettings(env({ CLAIM_URL: claimUrl })).api.claimUrl, claimUrl);
    assert.throws(() => productionSettings(env({ CLAIM_URL: 'https://www.example.city/claim' })), /CLAIM_URL must be the claim page/);
    assert.throws(() => productionSettings(env({ CLAIM_URL: '/claim?code={code}' })), /CLAIM_URL must be the claim page/);
  });
});

describe('the production server', () => {
  let running;
  let database;
  const log = logCollector();

  before(async () => {
    database = await lastingDatabase(dir, 'badges.db');
    // The city's data is already in its database (here: the demo city, written once).
    const seeded = createApi({ dbPath: database.location, organiserToken: TOKEN });
    await seeded.ready;
    await seeded.close();
    running = await startProduction(env({ DATABASE_URL: database.location, TRUST_PROXY: '127.0.0.1' }), { logStream: log.stream });
    checkAnswersOf(`${running.origin}/api`);
  });
  after(async () => {
    await running.stop();
    await database.drop();
  });

  it('answers /healthz while the database answers', async () => {
    const { status, body, headers } = await request(`${running.origin}/healthz`);
    assert.equal(status, 200);
    assert.deepEqual(body, { status: 'ok' });
    assert.equal(headers.get('cache-control'), 'no-store');
    assert.equal((await request(`${running.origin}/index.html`)).status, 404, 'no demo pages');
    assert.equal((await request(`${running.origin}/api/__test/stats`)).status, 404, 'no test controls');
  });

  it('builds badge URLs on PUBLIC_URL, whatever Host the request came with', async () => {
    const claim = await postClaim(`${running.origin}/api`, webinarClaim());
    assert.equal(claim.status, 201);
    assert.match(claim.body.assertionUrl, /^https:\/\/badges\.example\.city\/api\/assertions\/[\w-]+$/);
    const badge = await request(`${running.origin}/api/badges/${SEED.webinarBadgeId}`);
    assert.equal(badge.body.imageUrl, `https://badges.example.city/api/media/badge-${SEED.webinarBadgeId}.svg`);
  });

  it('logs one JSON line per request, without e-mail addresses or tokens', async () => {
    const email = 'logged-person@example.org';
    const claim = await postClaim(`${running.origin}/api`, webinarClaim({ recipient: { name: 'Log Test', email } }));
    await request(`${running.origin}/api/claims/${claim.body.id}`, { headers: { Authorization: `Bearer ${claim.body.token}` } });
    await request(`${running.origin}/api/activities?q=${encodeURIComponent(email)}`);
    const requests = log.lines.filter((line) => line.msg === 'request');
    const get = requests.find((line) => line.path === `/api/claims/${claim.body.id}`);
    assert.equal(get.method, 'GET');
    assert.equal(get.status, 200);
    assert.equal(typeof get.ms, 'number');
    assert.ok(requests.some((line) => line.path === '/api/claims' && line.status === 201));
    const text = JSON.stringify(log.lines);
    assert.doesNotMatch(text, /logged-person/);
    assert.ok(!text.includes(claim.body.token), 'no claim token');
    assert.ok(!text.includes(TOKEN), 'no organiser token');
  });

  it('counts wrong codes against the visitor named by a trusted proxy, not against everyone', async () => {
    const wrong = (forwardedFor) => wrongCode(`${running.origin}/api`, forwardedFor);
    for (let i = 0; i < 10; i++) assert.equal((await wrong('203.0.113.5')).status, 422);
    assert.equal((await wrong('203.0.113.5')).status, 429);
    // A visitor cannot escape by adding an address of their own in front: the proxy appends the real one.
    assert.equal((await wrong('198.51.100.1, 203.0.113.5')).status, 429);
    assert.equal((await wrong('203.0.113.6')).status, 422, 'another visitor is not locked out');
  });
});

/** A claim with a wrong code, sent with the given X-Forwarded-For. */
function wrongCode(base, forwardedFor) {
  return request(`${base}/claims`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), 'X-Forwarded-For': forwardedFor },
    body: JSON.stringify(webinarClaim({ code: 'NOT-A-CODE' })),
  });
}

describe('the visitor’s address', () => {
  it('is the socket’s when no proxy is trusted, whatever X-Forwarded-For says', async () => {
    const server = await startApi({ codeAttempts: { max: 1, windowMs: 60_000 } });
    try {
      assert.equal((await wrongCode(server.base, '203.0.113.7')).status, 422);
      assert.equal((await wrongCode(server.base, '203.0.113.8')).status, 429, 'the header does not buy a fresh bucket');
    } finally {
      await server.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight, then refuses new connections and closes the database', async () => {
    const database = await lastingDatabase(dir, 'shutdown.db');
    const running = await startProduction(env({ DATABASE_URL: database.location }), { logStream: logCollector().stream });
    const body = JSON.stringify({ reason: 'Sent while the server stops.' });
    // A request whose body is still arriving when the server is told to stop.
    const answer = new Promise((resolveAnswer, reject) => {
      const req = httpRequest(`${running.origin}/api/assertions/none/revoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length), Authorization: `Bearer ${TOKEN}` },
      });
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => resolveAnswer(res.statusCode));
      });
      req.on('error', reject);
      req.write(body.slice(0, 5));
      setTimeout(() => req.end(body.slice(5)), 300);
    });
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
    const stopped = running.stop();
    assert.equal(await answer, 404, 'the request in flight got its answer');
    await assert.rejects(fetch(`${running.origin}/healthz`), 'no new connections');
    await stopped;
    await database.drop();
  });
});

describe('online backup', () => {
  it('copies the SQLite database while the API is serving from it', async () => {
    const dbPath = join(dir, 'live.db');
    const server = await startApi({ dbPath });
    try {
      assert.equal((await postClaim(server.base, webinarClaim())).status, 201);
      const target = join(dir, 'live-backup.db');
      assert.ok((await backupSqlite(dbPath, target)) > 0);
      const copy = new Database(target, { readonly: true });
      assert.equal(copy.prepare('SELECT COUNT(*) AS count FROM claims').get().count, 1);
      copy.close();
      await assert.rejects(backupSqlite(dbPath, target), /already exists/);
      await assert.rejects(backupSqlite('postgres://db/badges', join(dir, 'pg.db')), /pg_dump/);
    } finally {
      await server.close();
    }
  });
});
