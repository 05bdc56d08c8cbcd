import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createApi } from '../../server/app.js';
import Database from 'better-sqlite3';
import { count, openDatabase } from '../../server/db.js';
import { migrations } from '../../server/migrations.js';
import { openApiDocument } from '../../server/openapi.js';
import { routes } from '../../server/routes.js';
import { activities, badges } from '../../server/seed-data.js';
import { ORGANISER_TOKEN, lastingDatabase, postClaim, request, startApi, webinarClaim } from './helpers.js';

describe('database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'learning-city-db-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const migrationCount = Object.keys(migrations('sqlite')).length;

  it('migrates once, seeds once, and keeps its data and migrations when opened again', async () => {
    const database = await lastingDatabase(dir, 'badges.db');
    try {
      const first = await startApi({ dbPath: database.location });
      const claim = await postClaim(first.base, webinarClaim());
      assert.equal(claim.status, 201);
      await first.close();

      const second = createApi({ dbPath: database.location, organiserToken: ORGANISER_TOKEN });
      try {
        const db = await second.ready;
        assert.equal(await count(db, 'kysely_migration'), migrationCount);
        assert.equal(await count(db, 'activities'), activities.length, 'not seeded twice');
        assert.equal(await count(db, 'badges'), badges.length);
        assert.equal(await count(db, 'claims'), 1, 'the claim survived');
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
    }
  });

  it('refuses a database that a newer server has migrated', async () => {
    const database = await lastingDatabase(dir, 'newer.db');
    try {
      const db = await openDatabase(database.location);
      await db.insertInto('kysely_migration').values({ name: '999_future', timestamp: new Date().toISOString() }).execute();
      await db.destroy();
      await assert.rejects(openDatabase(database.location), /newer than this server knows \(999_future\)/);
    } finally {
      await database.drop();
    }
  });

  it('takes over an SQLite file versioned with user_version and runs only the newer migrations', async () => {
    const dbPath = join(dir, 'user-version.db');
    const db = await openDatabase(dbPath);
    await db.destroy();
    // The file as the server before Kysely left it: two migrations, counted in user_version.
    const old = new Database(dbPath);
    old.exec('DROP TABLE kysely_migration; DROP TABLE kysely_migration_lock; ALTER TABLE activities DROP COLUMN search_text');
    // …and before Open Badges 3.0 (migration 004).
    old.exec('DROP TABLE issuer_keys; DROP TABLE status_lists; DROP INDEX claims_status_entry');
    for (const column of ['status_list', 'status_index', 'credential']) old.exec(`ALTER TABLE claims DROP COLUMN ${column}`);
    // …and before learning paths (migration 006), when playlistCount was written by hand.
    old.exec('DROP TABLE playlist_steps; DROP TABLE playlists; UPDATE activities SET playlist_count = 7');
    // …and before organisers (migration 005).
    old.exec('DROP TABLE organiser_tokens; DROP TABLE server_secrets; DROP INDEX claims_once; DROP INDEX claims_by_recipient; DROP INDEX claims_queue');
    for (const column of ['recipient_email', 'source', 'decided_by', 'once_key']) old.exec(`ALTER TABLE claims DROP COLUMN ${column}`);
    old.pragma('user_version = 2');
    old.close();

    const server = await startApi({ dbPath });
    try {
      assert.deepEqual((await server.db.selectFrom('kysely_migration').select('name').orderBy('name').execute()).map((row) => row.name), Object.keys(migrations('sqlite')));
      const { body } = await request(`${server.base}/activities?q=${encodeURIComponent('rinktines')}`);
      assert.ok(body.items.length > 0, 'search works on the rows that were already there');
      // An activity counts the playlists that hold it, and this file has none yet.
      assert.ok(body.items.every((activity) => activity.playlistCount === 0));
    } finally {
      await server.close();
    }
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
