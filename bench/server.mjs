// The bench's own server, on loopback: the bench pages (built from the API's data on request),
// the build under /dist/, the peer bundles under /out/, the photo-like QR code drawer under
// /bench/photo.mjs, and the reference API under /api.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createApi } from '../server/app.js';
import { renderPage } from './pages/render.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.mjs': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp' };

function serveFile(res, root, path) {
  const file = normalize(join(root, path));
  if (!file.startsWith(normalize(root)) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  // Like a CDN: the files may be cached, so that a warm load is a warm load for every variant.
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' });
  createReadStream(file).pipe(res);
}

/** Starts the server on a free port; resolves `{ origin, api, close }`. */
export async function startBenchServer({ outDir }) {
  const api = createApi({ dbPath: ':memory:', organiserToken: 'bench', testControls: true, basePath: '/api' });
  const server = createServer(async (req, res) => {
    try {
      if (await api.handle(req, res)) return;
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname.startsWith('/dist/')) return serveFile(res, 'dist', url.pathname.slice(5));
      if (url.pathname.startsWith('/out/')) return serveFile(res, outDir, url.pathname.slice(4));
      if (url.pathname === '/bench/photo.mjs') return serveFile(res, 'bench', 'photo.mjs'); // the photo-like QR codes
      const html = await renderPage(url, origin);
      if (html === undefined) return res.writeHead(404).end('not found');
      res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'max-age=3600' }).end(html);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end('error');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** API data requests since the last reset (images from /media are the page's, not data). */
    dataRequests: async () => {
      const { requests } = await (await fetch(`${origin}/api/__test/stats`)).json();
      return Object.entries(requests).reduce((sum, [route, n]) => sum + (route.includes('/media') ? 0 : n), 0);
    },
    reset: () => fetch(`${origin}/api/__test/reset`, { method: 'POST' }),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => { api.close?.(); resolve(); }); }),
  };
}
