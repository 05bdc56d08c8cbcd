import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createApi } from '../../server/app.js';
import { MIGRATIONS, openDatabase } from '../../server/db.js';
import { openApiDocument } from '../../server/openapi.js';
import { routes } from '../../server/routes.js';
import { activities, badges } from '../../server/seed-data.js';
import { ORGANISER_TOKEN, postClaim, request, startApi, webinarClaim } from './helpers.js';

describe('database file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'learning-city-db-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates once, seeds once, and keeps its data and version when opened again', async () => {
    const dbPath = join(dir, 'badges.db');
    const first = await startApi({ dbPath });
    assert.equal(first.api.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
    const claim = await postClaim(first.base, webinarClaim());
    assert.equal(claim.status, 201);
    await first.close();

    const second = createApi({ dbPath, organiserToken: ORGANISER_TOKEN });
    try {
      assert.equal(second.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
      const count = (table) => second.db.prepare(`SELECT COUNT(*) AS count FROM ${table}`).get().count;
      assert.equal(count('activities'), activities.length, 'not seeded twice');
      assert.equal(count('badges'), badges.length);
      assert.equal(count('claims'), 1, 'the claim survived');
    } finally {
      second.close();
    }
  });

  it('refuses a database from a newer schema', () => {
    const dbPath = join(dir, 'newer.db');
    const db = openDatabase(dbPath);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    assert.throws(() => openDatabase(dbPath), /newer/);
  });
});

describe('OpenAPI document', () => {
  it('describes every route the router knows, with its method', () => {
    const document = openApiDocument('http://localhost/api', { maxUploadBytes: 1024 });
    for (const route of routes) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      assert.ok(document.paths[path], `${path} is missing`);
      assert.ok(document.paths[path][route.method.toLowerCase()], `${route.method} ${path} is missing`);
    }
    const described = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    assert.equal(described.length, routes.length, 'and nothing the router does not know');
  });

  it('resolves every schema reference and is served with the request’s URL', async () => {
    const server = await startApi();
    try {
      const { status, body } = await request(`${server.base}/openapi.json`);
      assert.equal(status, 200);
      assert.equal(body.openapi, '3.1.0');
      assert.deepEqual(body.servers, [{ url: server.base }]);
      const refs = JSON.stringify(body).match(/#\/components\/schemas\/\w+/g) ?? [];
      for (const ref of new Set(refs)) assert.ok(body.components.schemas[ref.split('/').pop()], ref);
      for (const name of ['Activity', 'Badge', 'Task', 'Claim', 'Evidence', 'Error', 'Assertion', 'BadgeClass', 'Profile']) {
        assert.ok(body.components.schemas[name], name);
      }
    } finally {
      await server.close();
    }
  });
});
