import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it, mock } from 'node:test';
import { createApi } from '../../server/app.js';
import { count } from '../../server/db.js';
import { SEED } from '../../server/seed-data.js';
import { postClaim, postJson, request, startApi, webinarClaim } from './helpers.js';

let server;
before(async () => {
  server = await startApi();
});
after(() => server.close());

describe('routing', () => {
  it('leaves paths outside the base path to the caller', async () => {
    const { status, text } = await request(`${server.origin}/index.html`);
    assert.equal(status, 418);
    assert.equal(text, 'not the api');
    assert.equal((await request(`${server.origin}/apiary`)).status, 418);
  });

  it('answers 404 for an unknown route and 405 with Allow for a wrong method', async () => {
    const unknown = await request(`${server.base}/nothing/here`);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'not_found');
    const wrongMethod = await request(`${server.base}/activities`, { method: 'DELETE' });
    assert.equal(wrongMethod.status, 405);
    assert.equal(wrongMethod.body.error.code, 'method_not_allowed');
    assert.equal(wrongMethod.headers.get('allow'), 'GET');
    assert.equal((await request(`${server.base}/claims`, { method: 'DELETE' })).status, 405);
  });

  it('answers 400 for a path that is not valid percent-encoding', async () => {
    const { status, body } = await request(`${server.base}/activities/%E0%A4%A`);
    assert.equal(status, 400);
    assert.equal(body.error.code, 'invalid_path');
  });

  it('mounts under any base path and builds absolute URLs from the request’s host and protocol', async () => {
    const other = await startApi({ basePath: '/badges-api/' });
    try {
      const { body } = await request(`${other.base}/activities/${SEED.activityId}`);
      assert.equal(body.imageUrl, `${other.origin}/badges-api/media/cover-vilnius.svg`);
      const proxied = await request(`${other.base}/activities/${SEED.activityId}`, {
        headers: { 'X-Forwarded-Proto': 'https' },
      });
      assert.equal(proxied.body.imageUrl, `https://${new URL(other.origin).host}/badges-api/media/cover-vilnius.svg`);
      assert.equal((await request(`${other.origin}/api/activities`)).status, 418);
    } finally {
      await other.close();
    }
  });

  it('needs an organiser token to be created', () => {
    assert.throws(() => createApi(/** @type {any} */ ({})), TypeError);
  });
});

describe('request bodies', () => {
  it('answers 400 invalid_json for malformed JSON', async () => {
    const { status, body } = await postJson(`${server.base}/claims`, '{"badgeId": ', { 'Idempotency-Key': randomUUID() });
    assert.equal(status, 400);
    assert.equal(body.error.code, 'invalid_json');
  });

  it('answers 413 for a JSON body over 64 KiB', async () => {
    const huge = JSON.stringify(webinarClaim({ padding: 'x'.repeat(100 * 1024) }));
    const { status, body } = await postJson(`${server.base}/claims`, huge, { 'Idempotency-Key': randomUUID() });
    assert.equal(status, 413);
    assert.equal(body.error.code, 'body_too_large');
  });

  it('answers 415 for a body that is not JSON', async () => {
    const { status, body } = await request(`${server.base}/claims`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify(webinarClaim()),
    });
    assert.equal(status, 415);
    assert.equal(body.error.code, 'unsupported_media_type');
  });

  it('accepts SQL metacharacters in text fields as plain text', async () => {
    const { status, body } = await postClaim(
      server.base,
      webinarClaim({ recipient: { name: "Robert'); DROP TABLE claims;--", email: 'bobby@example.org' }, code: "' OR 1=1 --" }),
    );
    assert.equal(status, 422);
    assert.equal(body.error.code, 'code_invalid');
    const ok = await postClaim(server.base, webinarClaim({ recipient: { name: "Robert'); DROP TABLE claims;--", email: 'bobby@example.org' } }));
    assert.equal(ok.status, 201);
    assert.ok((await count(server.db, 'claims')) >= 1);
  });
});

describe('unexpected errors', () => {
  it('answers 500 internal with a generic message and logs the error', async () => {
    const broken = await startApi();
    const logged = mock.method(console, 'error', () => {});
    try {
      await broken.db.destroy();
      const { status, body, text } = await request(`${broken.base}/activities/${SEED.activityId}`);
      assert.equal(status, 500);
      assert.deepEqual(body, { error: { code: 'internal', message: 'Something went wrong on the server.' } });
      assert.doesNotMatch(text, /sqlite|database|SELECT|at /i);
      assert.equal(logged.mock.callCount(), 1);
    } finally {
      logged.mock.restore();
      await broken.close();
    }
  });
});

describe('CORS', () => {
  it('allows every origin with *, exposing Retry-After and Content-Disposition', async () => {
    const { headers } = await request(`${server.base}/activities/${SEED.activityId}`, { headers: { Origin: 'https://city.example' } });
    assert.equal(headers.get('access-control-allow-origin'), '*');
    assert.equal(headers.get('access-control-expose-headers'), 'Retry-After, Content-Disposition');
  });

  it('echoes an allowed origin and gives a disallowed one no CORS headers', async () => {
    const listed = await startApi({ corsOrigins: ['https://vilnius.example'] });
    try {
      const allowed = await request(`${listed.base}/facets`, { headers: { Origin: 'https://vilnius.example' } });
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://vilnius.example');
      assert.match(allowed.headers.get('vary'), /Origin/);
      const denied = await request(`${listed.base}/facets`, { headers: { Origin: 'https://evil.example' } });
      assert.equal(denied.status, 200);
      assert.equal(denied.headers.get('access-control-allow-origin'), null);
      assert.equal(denied.headers.get('access-control-expose-headers'), null);
      const preflightDenied = await request(`${listed.base}/claims`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(preflightDenied.headers.get('access-control-allow-origin'), null);
      assert.equal(preflightDenied.headers.get('access-control-allow-methods'), null);
    } finally {
      await listed.close();
    }
  });

  it('answers a preflight with the methods and the headers the client sends', async () => {
    const { status, headers } = await request(`${server.base}/claims`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://city.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    });
    assert.equal(status, 204);
    assert.equal(headers.get('access-control-allow-origin'), '*');
    assert.equal(headers.get('access-control-allow-methods'), 'GET, POST, OPTIONS');
    assert.equal(headers.get('access-control-allow-headers'), 'Content-Type, Authorization, Idempotency-Key');
    assert.equal((await request(`${server.base}/nowhere`, { method: 'OPTIONS' })).status, 404);
  });
});
