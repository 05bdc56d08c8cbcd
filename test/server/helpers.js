// Starts the API on an ephemeral port for a test file, with small helpers for its requests.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createApi } from '../../server/app.js';
import { CODES, SEED } from '../../server/seed-data.js';

export const ORGANISER_TOKEN = 'test-organiser-token';

/**
 * An API on a fresh in-memory database, served by its own node:http server.
 * @param {Partial<import('../../server/app.js').ApiOptions>} [options]
 */
export async function startApi(options = {}) {
  const api = createApi({ dbPath: ':memory:', organiserToken: ORGANISER_TOKEN, ...options });
  const server = createServer(async (req, res) => {
    if (!(await api.handle(req, res))) {
      res.writeHead(418);
      res.end('not the api');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    api,
    origin,
    base: `${origin}${(options.basePath ?? '/api').replace(/\/+$/, '')}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          api.close();
          resolve(undefined);
        });
      }),
  };
}

/**
 * Any request, answering `{ status, body, text, headers }` with the body parsed when it is JSON.
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
  return { status: response.status, body, text, headers: response.headers };
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
