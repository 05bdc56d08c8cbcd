// `npm run start:api`: the badge API alone, as a city runs it for real, configured from the
// environment (README, "Run the badge API"). No demo pages, no test controls, no demo data.
import { createServer } from 'node:http';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { createApi } from './app.js';
import { ORGANISER_TOKENS } from './seed-data.js';

/** Tokens printed in this project's docs, tests and demo: never valid in production. */
const PUBLIC_TOKENS = new Set(['demo-organiser-token', 'test-organiser-token', 'bench', ...Object.values(ORGANISER_TOKENS)]);
const MIN_TOKEN_LENGTH = 32;
const MAX_UPLOAD_LIMIT = 100 * 1024 * 1024;

/**
 * @typedef {object} ProductionSettings
 * @property {import('./app.js').ApiOptions} api
 * @property {number} port
 * @property {string | undefined} host
 * @property {number} shutdownMs how long requests in flight may take to finish on SIGTERM
 * @property {string} logLevel
 */

/**
 * The settings from environment variables, or an Error listing every problem with them.
 * @param {Record<string, string | undefined>} env
 * @returns {ProductionSettings}
 */
export function productionSettings(env) {
  /** @type {string[]} */
  const problems = [];
  const list = (value) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

  const database = env.DATABASE_URL?.trim() ?? '';
  if (database === '') problems.push('DATABASE_URL is required: an SQLite file path or a postgres:// URL.');
  if (database === ':memory:') problems.push('DATABASE_URL must be a file or a postgres:// URL, not :memory:.');

  const tokens = list(env.ORGANISER_TOKENS);
  if (tokens.length === 0) problems.push('ORGANISER_TOKENS is required: one or more secret tokens, comma-separated.');
  if (tokens.some((token) => PUBLIC_TOKENS.has(token))) problems.push('ORGANISER_TOKENS contains a public demo token.');
  else if (tokens.some((token) => token.length < MIN_TOKEN_LENGTH)) {
    problems.push(`ORGANISER_TOKENS must each have at least ${MIN_TOKEN_LENGTH} characters (e.g. openssl rand -base64 32).`);
  }

  const publicUrl = parseUrl(env.PUBLIC_URL);
  if (!publicUrl) problems.push('PUBLIC_URL is required: the API’s public URL, e.g. https://badges.example.city/api.');
  else if (publicUrl.protocol !== 'https:' && !['localhost', '127.0.0.1', '[::1]'].includes(publicUrl.hostname)) {
    problems.push('PUBLIC_URL must use https (badge URLs are permanent and verifiers fetch them).');
  }

  const cors = env.CORS_ORIGINS?.trim() ?? '';
  const origins = list(cors);
  if (cors === '') problems.push('CORS_ORIGINS is required: the origins of the sites showing the widgets, comma-separated, or *.');
  else if (cors !== '*' && !origins.every((origin) => parseUrl(origin)?.origin === origin)) {
    problems.push('CORS_ORIGINS must list origins such as https://www.example.city (scheme and host, no path), or be *.');
  }

  const claimUrl = env.CLAIM_URL?.trim() ?? '';
  if (claimUrl !== '' && (!parseUrl(claimUrl.replaceAll(/\{\w+\}/g, 'x')) || !claimUrl.includes('{code}'))) {
    problems.push('CLAIM_URL must be the claim page as an absolute URL with {code}, e.g. https://www.example.city/badge?code={code}.');
  }

  const proxies = list(env.TRUST_PROXY);
  if (!proxies.every(isAddressOrRange)) problems.push('TRUST_PROXY must list IP addresses or CIDR ranges, e.g. 127.0.0.1,10.0.0.0/8.');

  const maxUploadBytes = wholeNumber(env.MAX_UPLOAD_BYTES, 5 * 1024 * 1024);
  if (!(maxUploadBytes >= 1024 && maxUploadBytes <= MAX_UPLOAD_LIMIT)) {
    problems.push(`MAX_UPLOAD_BYTES must be a whole number from 1024 to ${MAX_UPLOAD_LIMIT}.`);
  }
  const port = wholeNumber(env.PORT, 8080);
  if (!(port >= 0 && port <= 65535)) problems.push('PORT must be a port number.');
  const shutdownMs = wholeNumber(env.SHUTDOWN_TIMEOUT_MS, 10_000);
  if (!(shutdownMs >= 0)) problems.push('SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds.');

  if (problems.length > 0) throw new Error(`The badge API cannot start:\n- ${problems.join('\n- ')}`);
  const url = /** @type {URL} */ (publicUrl);
  return {
    api: {
      dbPath: database,
      organiserToken: tokens,
      seed: false,
      publicUrl: url.href.replace(/\/+$/, ''),
      basePath: url.pathname,
      corsOrigins: cors === '*' ? '*' : origins,
      trustProxy: proxies,
      maxUploadBytes,
      ...(claimUrl ? { claimUrl } : {}),
    },
    port,
    host: env.HOST?.trim() || undefined,
    shutdownMs,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
  };
}

function parseUrl(text) {
  try {
    const url = new URL(String(text ?? '').trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A whole number from an environment variable, the fallback when unset, NaN when malformed. */
function wholeNumber(text, fallback) {
  if (text === undefined || text.trim() === '') return fallback;
  return /^\d+$/.test(text.trim()) ? Number(text) : NaN;
}

function isAddressOrRange(entry) {
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

/**
 * @typedef {object} ProductionServer
 * @property {import('node:http').Server} server
 * @property {string} origin where it listens, e.g. `http://127.0.0.1:8080`
 * @property {() => Promise<void>} stop stops taking connections, lets requests in flight finish
 *   (for at most `shutdownMs`), then closes the database
 */

/**
 * Starts the API from environment variables, with `GET /healthz` beside it.
 * @param {Record<string, string | undefined>} env
 * @param {{ logStream?: import('pino').DestinationStream }} [options] where the JSON log lines go;
 *   standard output by default
 * @returns {Promise<ProductionServer>}
 */
export async function startProduction(env, { logStream } = {}) {
  const settings = productionSettings(env);
  // Written at once, so that no line is lost when the process exits after a stop.
  const logger = pino({ level: settings.logLevel }, logStream ?? pino.destination({ dest: 1, sync: true }));
  const api = createApi({ ...settings.api, logger });
  await api.ready;

  let stopping;
  const server = createServer(async (req, res) => {
    // An answer finished while the server stops leaves its connection idle: it is closed then, as
    // the stop closed those idle before, rather than held open for its keep-alive time (a client
    // keeps it 4 to 5 s), which would hold up the stop.
    res.once('finish', () => stopping && server.closeIdleConnections());
    try {
      if (await api.handle(req, res)) return;
      if (new URL(req.url ?? '/', 'http://localhost').pathname === '/healthz') return await healthz(res, api, logger);
      res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: { code: 'not_found', message: 'There is no such API endpoint.' } }));
    } catch (error) {
      logger.error({ err: error }, 'unexpected error');
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    }
  });
  await new Promise((resolveListening) => server.listen(settings.port, settings.host, () => resolveListening(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${host}:${address.port}`;
  logger.info({ origin, publicUrl: settings.api.publicUrl }, 'badge API listening');

  const stop = () => {
    stopping ??= new Promise((resolveStopped) => {
      logger.info('shutting down: finishing requests in flight');
      // Requests that outlive the timeout are cut off, so a stuck client cannot hold up a deploy.
      const timer = setTimeout(() => server.closeAllConnections(), settings.shutdownMs);
      server.close(async () => {
        clearTimeout(timer);
        await api.close();
        logger.info('stopped');
        resolveStopped(undefined);
      });
      server.closeIdleConnections();
    });
    return stopping;
  };
  return { server, origin, stop };
}

/** `GET /healthz`: 200 while the database answers, 503 otherwise (for load balancers and orchestrators). */
async function healthz(res, api, logger) {
  let ok = true;
  try {
    await api.health();
  } catch (error) {
    logger.error({ err: error }, 'health check failed');
    ok = false;
  }
  res.writeHead(ok ? 200 : 503, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ status: ok ? 'ok' : 'unavailable' }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let running;
  try {
    running = await startProduction(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => running.stop().then(() => process.exit(0)));
}
