// The badge API as a request handler that any node:http server (or dev-server middleware) can
// mount under a base path.
import { BlockList, isIPv4 } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { createClock } from './clock.js';
import { openDatabase } from './db.js';
import { HttpError, clientAddress, requestOrigin } from './http.js';
import { createAttemptLimiter } from './rate-limit.js';
import { createRouter } from './router.js';
import { routes } from './routes.js';
import { createTestControls } from './test-controls.js';

/**
 * @typedef {object} ApiOptions
 * @property {string | string[]} organiserToken server-wide bearer token (or tokens), which act for
 *   every organiser; each organiser's own token, which acts for its badges only, is kept in the
 *   database (`organiser_tokens`)
 * @property {string} [dbPath] SQLite file, `:memory:` (the default), or a `postgres://` URL
 * @property {boolean} [seed] fill an empty database with the demo city; true by default
 * @property {string} [basePath] URL path the API is mounted at; `/api` by default
 * @property {string} [publicUrl] the API's public URL, e.g. `https://badges.example.city/api`, used in
 *   every absolute URL it answers (badge and assertion URLs); by default taken from each request's
 *   Host and X-Forwarded-Proto
 * @property {string[]} [trustProxy] addresses or CIDR ranges of reverse proxies whose
 *   `X-Forwarded-For` names the visitor; none by default (the socket's address is the visitor's)
 * @property {import('pino').Logger} [logger] receives one structured line per request and any
 *   unexpected error; without one, unexpected errors go to the console
 * @property {'*' | string[]} [corsOrigins] origins allowed to call the API from a browser; `*` by default
 * @property {number} [maxUploadBytes] largest evidence file; 5 MiB by default
 * @property {{ max: number, windowMs: number }} [codeAttempts] failed claim codes allowed per client
 *   address and window before 429; 10 per 10 minutes by default
 * @property {boolean} [testControls] mount the `__test` routes (reset, stats, faults); never in production
 * @property {string} [verifyUrl] a page with `<badge-verify>`, which the readable badge pages link to;
 *   by default `/verify.html` on the API's host (the demo site of `npm start`)
 * @property {string} [claimUrl] the claim page a kiosk's QR code opens, as a template with `{code}`,
 *   `{badgeId}` and `{activityId}`; by default `/activity.html?id={activityId}&code={code}#claim`
 *   on the API's host (the demo site of `npm start`)
 * @property {() => number} [now] the clock, in milliseconds since the epoch; `Date.now` by default
 */

/** @typedef {Required<ApiOptions>} ResolvedOptions */

/**
 * What every handler receives.
 * @typedef {object} Context
 * @property {import('node:http').IncomingMessage} req
 * @property {Record<string, string>} params decoded path parameters
 * @property {URLSearchParams} query
 * @property {import('./db.js').Database} db
 * @property {string} base absolute URL of the API for this request, e.g. `http://localhost:8080/api`
 * @property {string} ip the visitor's address (see `trustProxy`), which failed claim codes count against
 * @property {ResolvedOptions} options
 * @property {import('./rate-limit.js').AttemptLimiter} limiter
 * @property {() => number} now the server's clock (faked by tests), milliseconds since the epoch
 */

/**
 * What a handler returns: an object body is sent as JSON, a string or Buffer as is.
 * @typedef {object} Result
 * @property {number} [status] 200 by default
 * @property {unknown} [body]
 * @property {string} [type] Content-Type; JSON by default
 * @property {Record<string, string>} [headers]
 */

/**
 * @typedef {object} Api
 * @property {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<boolean>} handle
 *   answers requests under the base path and returns true; returns false, leaving `res` alone, for any other path
 * @property {Promise<import('./db.js').Database>} ready the database once it is open and migrated
 *   (requests wait for it; a failure to open answers them 500 and rejects this)
 * @property {() => Promise<void>} health resolves when the database answers, rejects otherwise
 * @property {() => Promise<void>} close closes the database
 */

const JSON_TYPE = 'application/json; charset=utf-8';
const ALLOWED_HEADERS = 'Content-Type, Authorization, Idempotency-Key';
/** Answer headers a page's script may read: the wait after 429, an evidence file's name. */
const EXPOSED_HEADERS = 'Retry-After, Content-Disposition';

/**
 * @param {ApiOptions} options
 * @returns {Api}
 */
export function createApi(options) {
  const tokens = [options?.organiserToken ?? []].flat();
  if (tokens.length === 0 || !tokens.every((token) => typeof token === 'string' && token !== '')) {
    throw new TypeError('createApi needs an organiserToken.');
  }
  // Options given as undefined take their defaults too.
  const given = /** @type {ApiOptions} */ (Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)));
  /** @type {ResolvedOptions} */
  const settings = {
    dbPath: ':memory:',
    basePath: '/api',
    corsOrigins: '*',
    maxUploadBytes: 5 * 1024 * 1024,
    testControls: false,
    seed: true,
    publicUrl: '',
    trustProxy: [],
    logger: undefined,
    verifyUrl: '',
    claimUrl: '',
    now: Date.now,
    ...given,
    codeAttempts: { max: 10, windowMs: 10 * 60 * 1000, ...given.codeAttempts },
  };
  const basePath = settings.basePath.replace(/\/+$/, '');
  const ready = openDatabase(settings.dbPath, { seed: settings.seed });
  // Whoever uses the API meets a failure to open through `ready` or a request, not as an unhandled rejection.
  ready.catch(() => {});
  const publicUrl = settings.publicUrl.replace(/\/+$/, '');
  const trustedProxies = proxyList(settings.trustProxy);
  const limiter = createAttemptLimiter(settings.codeAttempts);
  const clock = createClock(settings.now);
  const route = createRouter(routes);
  const testControls = settings.testControls ? ready.then((db) => createTestControls({ db, limiter, clock })) : Promise.resolve(undefined);

  /** The path below the base path, or undefined when the request is not for the API. */
  function apiPath(pathname) {
    if (pathname === basePath || pathname === `${basePath}/`) return '/';
    return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined;
  }

  /** CORS headers for the request's origin: none for an origin that is not allowed. */
  function corsHeaders(origin) {
    if (settings.corsOrigins === '*') return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSED_HEADERS };
    const allowed = typeof origin === 'string' && settings.corsOrigins.includes(origin);
    return allowed
      ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED_HEADERS, Vary: 'Origin' }
      : { Vary: 'Origin' };
  }

  /** @returns {Promise<Result>} */
  async function dispatch(req, url, path) {
    const db = await ready;
    const controls = await testControls;
    const method = req.method ?? 'GET';
    /** @type {(match: import('./router.js').RouteMatch) => Context} */
    const context = (match) => ({
      req,
      params: match.params,
      query: url.searchParams,
      db,
      base: publicUrl || requestOrigin(req) + basePath,
      ip: clientAddress(req, trustedProxies),
      options: settings,
      limiter,
      now: clock.now,
    });

    if (controls && path.startsWith('/__test/')) {
      const match = controls.route(method, path);
      if (!match.route) throw notFoundOrNotAllowed(match);
      return match.route.handler(context(match));
    }

    const match = route(method, path);
    controls?.count(`${method} ${match.pattern}`, req.headers);
    if (method === 'OPTIONS' && match.allowed.length > 0) return preflight(req, match.allowed);
    const fault = controls?.takeFault(method, match.pattern);
    if (fault) {
      const answer = await faultResult(fault);
      if (answer) return answer;
    }
    if (!match.route) throw notFoundOrNotAllowed(match);
    return match.route.handler(context(match));
  }

  function preflight(req, allowed) {
    const allowedOrigin = settings.corsOrigins === '*' || settings.corsOrigins.includes(String(req.headers.origin));
    return {
      status: 204,
      headers: allowedOrigin
        ? {
            'Access-Control-Allow-Methods': [...allowed, 'OPTIONS'].join(', '),
            'Access-Control-Allow-Headers': ALLOWED_HEADERS,
            'Access-Control-Max-Age': '600',
          }
        : {},
    };
  }

  async function handle(req, res) {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = apiPath(url.pathname);
    if (path === undefined) return false;
    const headers = {
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...corsHeaders(req.headers.origin),
    };
    let result;
    try {
      result = await dispatch(req, url, path);
    } catch (error) {
      result = errorResult(error, settings.logger);
    }
    send(res, result, headers);
    // The path without its query (search text is the visitor's own) and no headers: no tokens or
    // e-mail addresses reach the log.
    settings.logger?.info(
      { method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(performance.now() - started), ip: clientAddress(req, trustedProxies) },
      'request',
    );
    return true;
  }

  async function health() {
    await sql`SELECT 1`.execute(await ready);
  }

  async function close() {
    await ready.then((db) => db.destroy(), () => undefined);
  }

  return { handle, ready, health, close };
}

/**
 * The trusted proxies as a BlockList, or undefined when there are none.
 * @param {string[]} entries addresses or CIDR ranges
 */
function proxyList(entries) {
  if (entries.length === 0) return undefined;
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    const type = isIPv4(address) ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

function notFoundOrNotAllowed(match) {
  return match.allowed.length > 0
    ? new HttpError(405, 'method_not_allowed', 'This method is not allowed here.', { headers: { Allow: match.allowed.join(', ') } })
    : new HttpError(404, 'not_found', 'There is no such API endpoint.');
}

/**
 * The answer for an injected fault, after its delay; undefined for a delay-only fault (a status
 * below 400 without a body), which lets the request be answered normally.
 * @param {import('./test-controls.js').Fault} fault
 * @returns {Promise<Result | undefined>}
 */
async function faultResult(fault) {
  if (fault.delayMs) await sleep(fault.delayMs);
  const headers = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
  if (fault.body !== undefined) return { status: fault.status, body: fault.body, type: JSON_TYPE, headers };
  if (fault.status < 400) return undefined;
  const code = fault.status === 429 ? 'rate_limited' : 'fault_injected';
  return { status: fault.status, body: { error: { code, message: `Injected fault (${fault.status}).` } }, headers };
}

/**
 * @param {unknown} error
 * @param {import('pino').Logger} [logger]
 * @returns {Result}
 */
function errorResult(error, logger) {
  if (error instanceof HttpError) return { status: error.status, body: error.toBody(), headers: error.headers };
  // Unexpected: log it for the operator, tell the client nothing about it.
  if (logger) logger.error({ err: error }, 'unexpected error');
  else console.error(error);
  return { status: 500, body: { error: { code: 'internal', message: 'Something went wrong on the server.' } } };
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {Result} result
 * @param {Record<string, string>} common headers of every answer
 */
function send(res, { status = 200, body, type, headers = {} }, common) {
  if (body === undefined) {
    res.writeHead(status, { ...common, ...headers });
    res.end();
    return;
  }
  const payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...common,
    'Content-Type': type ?? JSON_TYPE,
    'Content-Length': String(Buffer.byteLength(payload)),
    ...headers,
  });
  res.end(payload);
}
