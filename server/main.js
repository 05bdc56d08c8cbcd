// `npm start`: one HTTP server for the badge API (/api), the built files (/dist/) and the demo
// site (/). Run directly, or call `startServer` from a script.
import { createReadStream, mkdirSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import QRCode from 'qrcode';
import { createApi } from './app.js';
import { isPostgres } from './db.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/** Text files are sent compressed, as a CDN sends them: the bundle is a third of its size in gzip. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg']);
const [brotliAsync, gzipAsync] = [promisify(brotliCompress), promisify(gzip)];
const COMPRESS = {
  br: (bytes) => brotliAsync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
  gzip: (bytes) => gzipAsync(bytes, { level: 9 }),
};

/**
 * The demo's strict page is served with the policy a cautious city website has, to show that
 * the kit needs no inline script or style and works with Trusted Types required.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'";
const STRICT_PAGES = new Set(['/strict.html']);

/**
 * @typedef {object} ServerOptions
 * @property {number} [port] `PORT`, else 8080; 0 picks a free port
 * @property {string} [dbPath] `DB_PATH` (an SQLite file or a `postgres://` URL), else `.data/learning-city.db` in the project
 * @property {string} [organiserToken] `ORGANISER_TOKEN`, else `demo-organiser-token`
 * @property {'*' | string[]} [corsOrigins] `CORS_ORIGINS` (comma-separated), else `*`
 * @property {boolean} [testControls] `TEST_CONTROLS=1`, else off
 * @property {string} [demoDir] served at `/`; the project's `demo/`
 * @property {string} [distDir] served at `/dist/`; the project's `dist/`
 */

/**
 * Starts the server and resolves once it is listening.
 * @param {ServerOptions} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export async function startServer({
  port = Number(process.env.PORT) || 8080,
  dbPath = process.env.DB_PATH || join(ROOT, '.data', 'learning-city.db'),
  organiserToken = process.env.ORGANISER_TOKEN || 'demo-organiser-token',
  corsOrigins = process.env.CORS_ORIGINS ? process.env.CORS_ORIGINS.split(',').map((origin) => origin.trim()) : '*',
  testControls = process.env.TEST_CONTROLS === '1',
  demoDir = join(ROOT, 'demo'),
  distDir = join(ROOT, 'dist'),
} = {}) {
  if (dbPath !== ':memory:' && !isPostgres(dbPath)) mkdirSync(dirname(resolve(dbPath)), { recursive: true });
  const api = createApi({ dbPath, organiserToken, corsOrigins, testControls, basePath: '/api' });
  await api.ready;

  const server = createServer(async (req, res) => {
    try {
      if (await api.handle(req, res)) return;
      const { pathname, searchParams } = new URL(req.url ?? '/', 'http://localhost');
      if (pathname === '/qr.svg') await serveQrCode(res, searchParams.get('text') ?? '');
      else if (pathname === '/dist' || pathname.startsWith('/dist/')) {
        // Served as a CDN would: any site may load the bundle (module scripts and SRI need CORS).
        await serveStatic(req, res, distDir, pathname.slice('/dist'.length), { 'Access-Control-Allow-Origin': '*' });
      }
      else await serveStatic(req, res, demoDir, pathname, STRICT_PAGES.has(pathname) ? { 'Content-Security-Policy': STRICT_CSP } : {});
    } catch (error) {
      console.error(error);
      if (!res.headersSent) sendText(res, 500, 'Internal server error');
      else res.destroy();
    }
  });
  server.on('close', () => api.close());
  await new Promise((resolveListening) => server.listen(port, () => resolveListening(undefined)));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Learning City widgets: http://localhost:${actualPort}/ (API at /api, built files at /dist/)`);
  return server;
}

function sendText(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
  res.end(text);
}

/** The demo posters' QR codes, drawn as SVG with the qrcode package. */
async function serveQrCode(res, text) {
  if (text.length === 0 || text.length > 512) return sendText(res, 400, 'text must be 1 to 512 characters');
  const svg = await QRCode.toString(text, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });
  res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-cache' });
  res.end(svg);
}

const isInside = (root, path) => path === root || path.startsWith(root + sep);

/**
 * Serves a file below `folder` for a URL path, with extra `headers`; directories serve their
 * index.html. Anything resolving outside the folder (`..`, encoded slashes, symbolic links) is a 404.
 */
async function serveStatic(req, res, folder, urlPath, headers = {}) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  let relative;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    return sendText(res, 400, 'Bad request');
  }
  const root = resolve(folder);
  let file = resolve(root, `.${sep}${relative}`);
  if (relative.includes('\0') || !isInside(root, file)) return sendText(res, 404, 'Not found');
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!urlPath.endsWith('/')) return sendText(res, 301, 'Moved', { Location: `${req.url?.split('?')[0]}/` });
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile() || !isInside(await realpath(root), await realpath(file))) return sendText(res, 404, 'Not found');
  // Revalidation instead of a fresh copy on every load: the tag changes whenever the file does.
  const etag = `W/"${info.size.toString(36)}-${Math.trunc(info.mtimeMs).toString(36)}"`;
  const type = extname(file).toLowerCase();
  const encoding = COMPRESSIBLE.has(type) ? acceptedEncoding(req.headers['accept-encoding']) : undefined;
  const common = {
    'Content-Type': CONTENT_TYPES[type] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
    ...(COMPRESSIBLE.has(type) ? { Vary: 'Accept-Encoding' } : {}),
    ...headers,
  };
  if (req.headers['if-none-match']?.split(',').some((tag) => tag.trim() === etag)) {
    res.writeHead(304, common);
    return res.end();
  }
  if (!encoding) {
    res.writeHead(200, { ...common, 'Content-Length': String(info.size) });
    if (req.method === 'HEAD') return res.end();
    return createReadStream(file).pipe(res);
  }
  const body = await compressedCopy(file, etag, encoding);
  res.writeHead(200, { ...common, 'Content-Encoding': encoding, 'Content-Length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** `br` or `gzip` when the request accepts it (brotli first: smaller), else nothing. */
function acceptedEncoding(header = '') {
  const accepted = new Set(
    header
      .split(',')
      .map((part) => part.trim().split(/\s*;\s*/))
      .filter(([, q]) => !q || Number(q.replace(/^q=/, '')) > 0)
      .map(([name]) => name.toLowerCase()),
  );
  return Object.keys(COMPRESS).find((encoding) => accepted.has(encoding));
}

/** Each file is compressed once per version (the served folders are small and change rarely). */
const compressedCopies = new Map();
async function compressedCopy(file, etag, encoding) {
  const key = `${encoding} ${file}`;
  const cached = compressedCopies.get(key);
  if (cached?.etag === etag) return cached.body;
  const body = await COMPRESS[encoding](await readFile(file));
  compressedCopies.set(key, { etag, body });
  return body;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startServer();
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}
