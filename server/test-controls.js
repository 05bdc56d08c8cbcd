// Controls for browser tests against the real server, mounted only with `testControls: true`:
// reset to the seed, count requests per route, answer chosen requests with faults, fake the
// server's clock, and set the kiosk secret so that a kiosk's codes are known beforehand.
import { count, resetDatabase } from './db.js';
import { badRequest, invalid, readJson } from './http.js';
import { setKioskSecret } from './kiosk.js';
import { createRouter } from './router.js';
import { text } from './schemas.js';
import { bodyChecker, checked } from './validate.js';

/**
 * @typedef {object} Fault
 * @property {string} method an HTTP method or `*`
 * @property {string} path a route pattern such as `/activities/:id`, or `*`
 * @property {number} status
 * @property {number} [retryAfter] seconds, sent as `Retry-After`
 * @property {number} [delayMs] wait before answering
 * @property {string} [body] raw text answered instead of a JSON error
 * @property {number} times how many matching requests it still applies to
 */

/** @param {number} minimum @param {number} maximum */
const whole = (minimum, maximum) => ({ type: 'integer', minimum, maximum });

/** The body of `POST /__test/faults`. */
const checkFault = bodyChecker({
  type: 'object',
  required: ['method', 'path', 'status'],
  properties: {
    method: text(10),
    path: text(200),
    status: whole(100, 599),
    times: { ...whole(1, 1000), default: 1 },
    retryAfter: whole(0, 3600),
    delayMs: whole(0, 60_000),
    body: { type: 'string', 'x-error': { message: 'body must be a string.' } },
  },
});

/** The body of `POST /__test/kiosk-secret`. */
const checkKioskSecret = bodyChecker({
  type: 'object',
  required: ['secret'],
  properties: { secret: { type: 'string', 'x-error': { message: 'secret must be at least 16 bytes in base64.' } } },
});

/** The body of `POST /__test/clock`. */
const checkClock = bodyChecker({
  type: 'object',
  properties: {
    now: { type: 'string', 'x-error': { message: 'now must be an ISO 8601 date and time.' } },
    advanceMs: whole(0, 366 * 24 * 3600 * 1000),
  },
});

/**
 * @typedef {object} TestControls
 * @property {(method: string, path: string) => import('./router.js').RouteMatch} route the control routes
 * @property {(key: string, headers: import('node:http').IncomingHttpHeaders) => void} count records one request
 *   to a route (`GET /activities/:id`) and the credential headers it carried
 * @property {(method: string, pattern: string) => Fault | undefined} takeFault the next fault for a request, used up
 */

/**
 * @param {{ db: import('./db.js').Database, limiter: import('./rate-limit.js').AttemptLimiter, clock: import('./clock.js').Clock }} deps
 * @returns {TestControls}
 */
export function createTestControls({ db, limiter, clock }) {
  const clockBody = () => ({ body: { now: new Date(clock.now()).toISOString(), frozen: clock.frozen() } });

  /** @type {Map<string, number>} */
  let requests = new Map();
  /** @type {Fault[]} */
  let faults = [];
  /** The credential headers of the last request to each route, so tests can see what a client sends. */
  let credentials = new Map();

  const route = createRouter([
    {
      method: 'POST',
      path: '/__test/reset',
      handler: async () => {
        await resetDatabase(db);
        limiter.clear();
        clock.real();
        requests = new Map();
        faults = [];
        credentials = new Map();
        return { body: { reset: true } };
      },
    },
    {
      method: 'GET',
      path: '/__test/stats',
      handler: async () => {
        const total = [...requests.values()].reduce((sum, n) => sum + n, 0);
        const body = {
          requests: Object.fromEntries(requests),
          total,
          claims: await count(db, 'claims'),
          evidence: await count(db, 'evidence'),
          credentials: Object.fromEntries(credentials),
        };
        return { body };
      },
    },
    {
      method: 'POST',
      path: '/__test/faults',
      handler: async (ctx) => {
        /** @type {Fault} */
        const { method, path, status, times, retryAfter, delayMs, body } = checked(checkFault, await readJson(ctx.req));
        const given = Object.entries({ retryAfter, delayMs, body }).filter(([, value]) => value !== undefined);
        const fault = { method: method.trim().toUpperCase(), path: path.trim(), status, times, ...Object.fromEntries(given) };
        faults.push(fault);
        return { status: 201, body: fault };
      },
    },
    {
      method: 'DELETE',
      path: '/__test/faults',
      handler: () => {
        faults = [];
        return { body: { cleared: true } };
      },
    },
    {
      // `{ now: ISO }` stops the clock there; `{ advanceMs }` moves it forward, stopped or not.
      method: 'POST',
      path: '/__test/clock',
      handler: async (ctx) => {
        /** @type {{ now?: string, advanceMs?: number }} */
        const body = checked(checkClock, await readJson(ctx.req));
        if (body.now !== undefined) {
          const ms = Date.parse(body.now);
          if (Number.isNaN(ms)) throw invalid('now_invalid', 'now must be an ISO 8601 date and time.', 'now');
          clock.freeze(ms);
        }
        if (body.advanceMs !== undefined) clock.advance(body.advanceMs);
        if (body.now === undefined && body.advanceMs === undefined) throw badRequest('clock_invalid', 'Send now, advanceMs or both.');
        return clockBody();
      },
    },
    {
      method: 'DELETE',
      path: '/__test/clock',
      handler: () => {
        clock.real();
        return clockBody();
      },
    },
    {
      // `{ secret }`: at least 16 bytes in base64. Until the next reset, which makes a new one.
      method: 'POST',
      path: '/__test/kiosk-secret',
      handler: async (ctx) => {
        /** @type {{ secret: string }} */
        const { secret } = checked(checkKioskSecret, await readJson(ctx.req));
        const bytes = Buffer.from(secret, 'base64');
        if (bytes.length < 16 || bytes.toString('base64') !== secret) {
          throw invalid('secret_invalid', 'secret must be at least 16 bytes in base64.', 'secret');
        }
        await setKioskSecret(db, bytes);
        return { body: { set: true } };
      },
    },
  ]);

  return {
    route,
    count(key, headers) {
      requests.set(key, (requests.get(key) ?? 0) + 1);
      const { authorization = null, 'x-api-key': apiKey = null } = headers;
      credentials.set(key, { authorization, apiKey });
    },
    takeFault(method, pattern) {
      const fault = faults.find(
        (candidate) => (candidate.method === '*' || candidate.method === method) && (candidate.path === '*' || candidate.path === pattern),
      );
      if (!fault) return undefined;
      fault.times -= 1;
      if (fault.times === 0) faults = faults.filter((other) => other !== fault);
      return { ...fault };
    },
  };
}
