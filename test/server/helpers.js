// Starts the API on an ephemeral port for a test file, with small helpers for its requests.
// With TEST_POSTGRES_URL set (scripts/test-server.mjs sets it), every API gets a new database in
// that PostgreSQL cluster instead of SQLite in memory.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { join } from 'node:path';
import pg from 'pg';
import { createApi } from '../../server/app.js';
import { assertDocumented } from './contract.js';
import { CODES, SEED } from '../../server/seed-data.js';

export const ORGANISER_TOKEN = 'test-organiser-token';

/** The admin URL of the PostgreSQL the suites run against, or undefined for SQLite. */
export const POSTGRES_URL = process.env.TEST_POSTGRES_URL;

/**
 * Runs `work` with a connection to the cluster as its admin.
 * @template T
 * @param {(client: pg.Client) => Promise<T>} work
 * @returns {Promise<T>}
 */
async function admin(work) {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Drops a test database once the connections to it have ended (for at most 5 s; then FORCE ends
 * what is left). A pool's `end()` resolves before its connections have closed: a connection that
 * FORCE ended meanwhile would tell its pool of an error nobody listens for, and dropping a
 * database still in use waits in steps of 100 ms for its connections to go.
 * @param {string} name
 */
function dropDatabase(name) {
  return admin(async (client) => {
    for (const end = Date.now() + 5_000; Date.now() < end; ) {
      const { rows } = await client.query('SELECT count(*)::int AS connections FROM pg_stat_activity WHERE datname = $1', [name]);
      if (rows[0].connections === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await client.query(`DROP DATABASE ${name} WITH (FORCE)`);
  });
}

/**
 * A new, empty database: SQLite in memory, or a new database in the test cluster, with `drop`
 * to remove it again.
 * @returns {Promise<{ location: string, drop: () => Promise<void> }>}
 */
export async function freshDatabase() {
  if (!POSTGRES_URL) return { location: ':memory:', drop: async () => {} };
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return { location: url.href, drop: () => dropDatabase(name) };
}

/**
 * A new database that outlives one API: a file in `dir` for SQLite, a database of its own in
 * PostgreSQL.
 * @param {string} dir
 * @param {string} name
 */
export function lastingDatabase(dir, name) {
  return POSTGRES_URL ? freshDatabase() : Promise.resolve({ location: join(dir, name), drop: async () => {} });
}

/**
 * An API on a fresh database (or the one given as `dbPath`), served by its own node:http server.
 * @param {Partial<import('../../server/app.js').ApiOptions>} [options]
 */
export async function startApi(options = {}) {
  const database = options.dbPath === undefined ? await freshDatabase() : { location: options.dbPath, drop: async () => {} };
  const api = createApi({ organiserToken: ORGANISER_TOKEN, ...options, dbPath: database.location });
  const db = await api.ready;
  const server = createServer(async (req, res) => {
    if (!(await api.handle(req, res))) {
      res.writeHead(418);
      res.end('not the api');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${address.port}`;
  const base = `${origin}${(options.basePath ?? '/api').replace(/\/+$/, '')}`;
  // Injected faults answer whatever a test asks for, so an API with test controls is not checked.
  if (!options.testControls) checkAnswersOf(base);
  return {
    api,
    db,
    origin,
    base,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await api.close();
      await database.drop();
    },
  };
}

/** Base URLs of the APIs whose answers are checked against the OpenAPI document. */
const checkedBases = new Set();

/**
 * Checks every answer `request` gets from the API at `base` against the OpenAPI document.
 * @param {string} base
 */
export function checkAnswersOf(base) {
  checkedBases.add(base);
}

/**
 * Any request, answering `{ status, body, text, headers }` with the body parsed when it is JSON.
 * An answer from a started API must be as its OpenAPI document says.
 * @param {string} url
 * @param {RequestInit} [init]
 */
export async function request(url, init = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  /** @type {any} */
  let body = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  const answer = { status: response.status, body, text, headers: response.headers };
  const base = [...checkedBases].find((candidate) => url.startsWith(`${candidate}/`));
  if (base) assertDocumented(init.method ?? 'GET', new URL(url).pathname.slice(new URL(base).pathname.length), answer);
  return answer;
}

/** A JSON POST. */
export function postJson(url, body, headers = {}) {
  return request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A claim for the UNESCO webinar badge that is issued at once. */
export function webinarClaim(overrides = {}) {
  return {
    badgeId: SEED.webinarBadgeId,
    recipient: { name: 'Ona Jonaitė', email: 'ona@example.org' },
    consent: true,
    code: CODES.webinarMultiUse,
    answers: { t2: ['Digital literacy: most services in our city are online now.'] },
    ...overrides,
  };
}

/** A claim for strategist-2022, which waits for the organiser (it has an organiser-checked file task). */
export function strategistClaim(overrides = {}) {
  return {
    badgeId: SEED.badgeId,
    recipient: { name: 'Giulia Rossi', email: 'giulia@example.org' },
    consent: true,
    answers: { t3: ['How other cities map skills.', 'Draft our own skills map.'] },
    ...overrides,
  };
}

/**
 * POST /claims with a fresh (or given) idempotency key.
 * @param {string} base
 * @param {unknown} body
 * @param {string} [key]
 */
export function postClaim(base, body, key = randomUUID()) {
  return postJson(`${base}/claims`, body, { 'Idempotency-Key': key });
}

/** @type {Record<string, string>} */
export const organiser = { Authorization: `Bearer ${ORGANISER_TOKEN}` };

/** @returns {Record<string, string>} */
export const bearer = (token) => ({ Authorization: `Bearer ${token}` });
