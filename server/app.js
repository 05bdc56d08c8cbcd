// The badge API as a request handler that any node:http server (or dev-server middleware) can
// mount under a base path.
import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase } from './db.js';
import { HttpError, requestOrigin } from './http.js';
import { createAttemptLimiter } from './rate-limit.js';
import { createRouter } from './router.js';
import { routes } from './routes.js';
import { createTestControls } from './test-controls.js';

/**
 * @typedef {object} ApiOptions
 * @property {string} organiserToken bearer token for reviewing claims and revoking assertions
 * @property {string} [dbPath] SQLite file, or `:memory:` (the default)
 * @property {string} [basePath] URL path the API is mounted at; `/api` by default
 * @property {'*' | string[]} [corsOrigins] origins allowed to call the API from a browser; `*` by default
 * @property {number} [maxUploadBytes] largest evidence file; 5 MiB by default
 * @property {{ max: number, windowMs: number }} [codeAttempts] failed claim codes allowed per client
 *   address and window before 429; 10 per 10 minutes by default
 * @property {boolean} [testControls] mount the `__test` routes (reset, stats, faults); never in production
 */

/** @typedef {Required<ApiOptions>} ResolvedOptions */

/**
 * What every handler receives.
 * @typedef {object} Context
 * @property {import('node:http').IncomingMessage} req
 * @property {Record<string, string>} params decoded path parameters
 * @property {URLSearchParams} query
 * @property {import('better-sqlite3').Database} db
 * @property {string} base absolute URL of the API for this request, e.g. `http://localhost:8080/api`
 * @property {string} ip the client's address (the socket's: forwarding headers are not trusted)
 * @property {ResolvedOptions} options
 * @property {import('./rate-limit.js').AttemptLimiter} limiter
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
 * @property {import('better-sqlite3').Database} db
 * @property {() => void} close
 */

const JSON_TYPE = 'application/json; charset=utf-8';
const ALLOWED_HEADERS = 'Content-Type, Authorization, Idempotency-Key';

/**
 * @param {ApiOptions} options
 * @returns {Api}
 */
export function createApi(options) {
  if (typeof options?.organiserToken !== 'string' || options.organiserToken === '') {
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
    ...given,
    codeAttempts: { max: 10, windowMs: 10 * 60 * 1000, ...given.codeAttempts },
  };
  const basePath = settings.basePath.replace(/\/+$/, '');
  const db = openDatabase(settings.dbPath);
  const limiter = createAttemptLimiter(settings.codeAttempts);
  const route = createRouter(routes);
  const controls = settings.testControls ? createTestControls({ db, limiter }) : undefined;

  /** The path below the base path, or undefined when the request is not for the API. */
  function apiPath(pathname) {
    if (pathname === basePath || pathname === `${basePath}/`) return '/';
    return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined;
  }

  /** CORS headers for the request's origin: none for an origin that is not allowed. */
  function corsHeaders(origin) {
    if (settings.corsOrigins === '*') return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After' };
    const allowed = typeof origin === 'string' && settings.corsOrigins.includes(origin);
    return allowed
      ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After', Vary: 'Origin' }
      : { Vary: 'Origin' };
  }

  /** @returns {Promise<Result>} */
  async function dispatch(req, url, path) {
    const method = req.method ?? 'GET';
    /** @type {(match: import('./router.js').RouteMatch) => Context} */
    const context = (match) => ({
      req,
      params: match.params,
      query: url.searchParams,
      db,
      base: requestOrigin(req) + basePath,
      ip: req.socket?.remoteAddress ?? 'unknown',
      options: settings,
      limiter,
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
      result = errorResult(error);
    }
    send(res, result, headers);
    return true;
  }

  return { handle, db, close: () => db.close() };
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

/** @returns {Result} */
function errorResult(error) {
  if (error instanceof HttpError) return { status: error.status, body: error.toBody(), headers: error.headers };
  // Unexpected: log it for the operator, tell the client nothing about it.
  console.error(error);
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
