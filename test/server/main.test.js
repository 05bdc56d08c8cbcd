import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { after, before, describe, it, mock } from 'node:test';
import { STRICT_CSP, startServer } from '../../server/main.js';
import { SEED } from '../../server/seed-data.js';

const dir = mkdtempSync(join(tmpdir(), 'learning-city-static-'));
let server;
let origin;

before(async () => {
  mkdirSync(join(dir, 'demo', 'sub'), { recursive: true });
  mkdirSync(join(dir, 'dist', 'cdn'), { recursive: true });
  writeFileSync(join(dir, 'demo', 'index.html'), '<!doctype html><title>Demo</title>');
  writeFileSync(join(dir, 'demo', 'demo.css'), 'body { margin: 0 }');
  writeFileSync(join(dir, 'demo', 'strict.html'), '<!doctype html><title>Strict</title>');
  writeFileSync(join(dir, 'demo', 'sub', 'index.html'), '<!doctype html><title>Sub</title>');
  writeFileSync(join(dir, 'dist', 'cdn', 'learning-city-widgets.js'), 'export {};');
  writeFileSync(join(dir, 'dist', 'cdn', 'learning-city-widgets.js.map'), '{}');
  writeFileSync(join(dir, 'secret.txt'), 'outside the served folders');
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'demo', 'link.txt'));
  const log = mock.method(console, 'log', () => {});
  server = await startServer({ port: 0, dbPath: ':memory:', demoDir: join(dir, 'demo'), distDir: join(dir, 'dist') });
  assert.match(log.mock.calls[0].arguments[0], /http:\/\/localhost:\d+\//);
  log.mock.restore();
  origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A raw request, so paths reach the server exactly as written (fetch would normalise `..`) and
 * bodies arrive as sent (fetch would decompress them).
 */
function raw(path, method = 'GET', headers = {}) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}${path}`, { method, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode, headers: res.headers, body, text: body.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('main server', () => {
  it('serves the demo at / with index.html for folders', async () => {
    const index = await raw('/');
    assert.equal(index.status, 200);
    assert.equal(index.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(index.headers['cache-control'], 'no-cache');
    assert.match(index.text, /<title>Demo<\/title>/);
    assert.equal((await raw('/demo.css')).headers['content-type'], 'text/css; charset=utf-8');
    assert.match((await raw('/sub/')).text, /<title>Sub<\/title>/);
    const redirect = await raw('/sub');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, '/sub/');
  });

  it('serves the strict demo page, and only that one, with the strict Content-Security-Policy', async () => {
    assert.equal((await raw('/strict.html')).headers['content-security-policy'], STRICT_CSP);
    assert.match(STRICT_CSP, /script-src 'self';.*require-trusted-types-for 'script'/);
    assert.equal((await raw('/')).headers['content-security-policy'], undefined);
  });

  it('draws a poster QR code as SVG, refusing an empty or overlong text', async () => {
    const qr = await raw(`/qr.svg?text=${encodeURIComponent('http://localhost:8080/activity.html?id=13965&code=VILNIUS-2022')}`);
    assert.equal(qr.status, 200);
    assert.equal(qr.headers['content-type'], 'image/svg+xml');
    assert.match(qr.text, /^<svg[^>]*viewBox="0 0 \d+ \d+"/);
    assert.equal((await raw('/qr.svg')).status, 400);
    assert.equal((await raw(`/qr.svg?text=${'a'.repeat(513)}`)).status, 400);
  });

  it('serves the built files under /dist/ with their content types', async () => {
    const bundle = await raw('/dist/cdn/learning-city-widgets.js');
    assert.equal(bundle.status, 200);
    assert.equal(bundle.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(bundle.text, 'export {};');
    assert.equal((await raw('/dist/cdn/learning-city-widgets.js.map')).headers['content-type'], 'application/json; charset=utf-8');
    assert.equal((await raw('/dist/cdn/learning-city-widgets.js', 'HEAD')).text, '');
  });

  it('sends text files compressed to clients that accept it, and the same bytes to those that do not', async () => {
    const path = '/dist/cdn/learning-city-widgets.js';
    const plain = await raw(path);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.headers.vary, 'Accept-Encoding');
    const br = await raw(path, 'GET', { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(Number(br.headers['content-length']), br.body.length);
    assert.equal(brotliDecompressSync(br.body).toString(), plain.text);
    const gzip = await raw(path, 'GET', { 'Accept-Encoding': 'br;q=0, gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gzip.body).toString(), plain.text);
    assert.equal((await raw(path, 'GET', { 'Accept-Encoding': 'identity' })).headers['content-encoding'], undefined);
    assert.equal((await raw(path, 'HEAD', { 'Accept-Encoding': 'br' })).text, '');
    // Images are not text: they go as they are.
    writeFileSync(join(dir, 'demo', 'photo.png'), 'not really a png');
    assert.equal((await raw('/photo.png', 'GET', { 'Accept-Encoding': 'br' })).headers['content-encoding'], undefined);
  });

  it('answers a revalidation with 304 until the file changes', async () => {
    const first = await raw('/demo.css', 'GET', { 'Accept-Encoding': 'gzip' });
    assert.match(first.headers.etag, /^W\/".+"$/);
    const again = await raw('/demo.css', 'GET', { 'If-None-Match': first.headers.etag, 'Accept-Encoding': 'gzip' });
    assert.equal(again.status, 304);
    assert.equal(again.text, '');
    writeFileSync(join(dir, 'demo', 'demo.css'), 'body { margin: 1rem }');
    const changed = await raw('/demo.css', 'GET', { 'If-None-Match': first.headers.etag, 'Accept-Encoding': 'gzip' });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.etag, first.headers.etag);
    assert.equal(gunzipSync(changed.body).toString(), 'body { margin: 1rem }');
  });

  it('serves the API under /api', async () => {
    const { status, text } = await raw(`/api/activities/${SEED.activityId}`);
    assert.equal(status, 200);
    assert.equal(JSON.parse(text).id, SEED.activityId);
  });

  it('refuses paths leading out of the served folders, and unknown files', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/dist/..%2f..%2fsecret.txt',
      '/dist/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/link.txt',
      '/index.html%00.css',
      '/missing.html',
    ]) {
      const { status, text } = await raw(path);
      assert.equal(status, 404, path);
      assert.doesNotMatch(text, /outside the served folders/, path);
    }
    assert.equal((await raw('/%E0%A4%A')).status, 400);
    assert.equal((await raw('/', 'POST')).status, 405);
  });

  it('serves the project’s own demo and dist folders by default', { skip: !existsSync('demo/index.html') }, async () => {
    const log = mock.method(console, 'log', () => {});
    const project = await startServer({ port: 0, dbPath: ':memory:' });
    log.mock.restore();
    try {
      const { port } = /** @type {import('node:net').AddressInfo} */ (project.address());
      const response = await fetch(`http://127.0.0.1:${port}/`);
      assert.equal(response.status, 200);
      assert.match(await response.text(), /learning-city/);
    } finally {
      project.closeAllConnections();
      await new Promise((resolve) => project.close(resolve));
    }
  });
});
