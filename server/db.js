// The database through Kysely: embedded SQLite (better-sqlite3) by default, PostgreSQL (pg) for a
// postgres:// URL. Opening runs the versioned migrations (migrations.js) and seeds an empty one.
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations.js';
import { seed } from './seed.js';

/** @typedef {import('kysely').Kysely<any>} Database */

/** Every table, children before parents, for emptying the database. */
const TABLES = [
  'organiser_tokens',
  'server_secrets',
  'issuer_keys',
  'status_lists',
  'evidence',
  'assertions',
  'claims',
  'claim_codes',
  'playlist_steps',
  'playlists',
  'activity_skills',
  'activities',
  'tasks',
  'badge_skills',
  'badges',
  'skills',
  'categories',
  'organisations',
  'media',
];

/** Names the schema had when it was versioned with SQLite's user_version, in that order. */
const USER_VERSION_MIGRATIONS = ['001_initial', '002_media_alt'];

/** Which kind each open database is. @type {WeakMap<Database, import('./migrations.js').Dialect>} */
const dialects = new WeakMap();

/** @param {string} location */
export const isPostgres = (location) => /^postgres(ql)?:\/\//i.test(location);

/**
 * PostgreSQL's 64-bit integers (counts, millisecond times) as numbers: they stay far below 2^53.
 * @type {import('pg').CustomTypesConfig}
 */
const pgTypes = {
  getTypeParser: (oid, format) => (oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format)),
};

/**
 * Opens the database, brings its schema up to date and, unless told not to, seeds an empty one
 * with the demo city.
 * @param {string} location an SQLite file, `:memory:`, or a `postgres://` URL
 * @param {{ seed?: boolean }} [options]
 * @returns {Promise<Database>}
 */
export async function openDatabase(location, { seed: seedEmpty = true } = {}) {
  const postgres = isPostgres(location);
  /** @type {Database} */
  const db = new Kysely({
    dialect: postgres
      ? new PostgresDialect({ pool: new pg.Pool({ connectionString: location, types: pgTypes, max: 10 }) })
      : new SqliteDialect({ database: openSqlite(location) }),
  });
  dialects.set(db, postgres ? 'postgres' : 'sqlite');
  try {
    await migrate(db, postgres ? 'postgres' : 'sqlite');
    if (seedEmpty && (await count(db, 'activities')) === 0) await db.transaction().execute((trx) => seed(trx));
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

function openSqlite(path) {
  const database = new SqliteDatabase(path);
  if (path !== ':memory:') database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return database;
}

/**
 * Applies the migrations the database has not had yet; refuses a database that has had
 * migrations this server does not know (a newer version's).
 * @param {Database} db
 * @param {import('./migrations.js').Dialect} dialect
 */
async function migrate(db, dialect) {
  if (dialect === 'sqlite') await adoptUserVersion(db);
  const known = migrations(dialect);
  const migrator = new Migrator({ db, provider: { getMigrations: async () => known } });
  const { error } = await migrator.migrateToLatest();
  if (!error) return;
  const applied = await db.selectFrom('kysely_migration').select('name').execute().catch(() => []);
  const unknown = applied.map((row) => row.name).filter((name) => !(name in known));
  if (unknown.length > 0) {
    throw new Error(`The database has migrations newer than this server knows (${unknown.join(', ')}).`);
  }
  throw error;
}

/**
 * A database file from before Kysely counted its migrations in PRAGMA user_version: record those
 * as applied, so only the newer ones run.
 * @param {Database} db
 */
async function adoptUserVersion(db) {
  const { rows } = await sql`PRAGMA user_version`.execute(db);
  const version = Number(/** @type {any} */ (rows[0])?.user_version ?? 0);
  if (version === 0) return;
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (tables.some((table) => table.name === 'kysely_migration')) return;
  if (version > USER_VERSION_MIGRATIONS.length) {
    throw new Error(`The database has schema version ${version}, newer than this server knows.`);
  }
  await db.transaction().execute(async (trx) => {
    await trx.schema
      .createTable('kysely_migration')
      .addColumn('name', 'varchar(255)', (c) => c.notNull().primaryKey())
      .addColumn('timestamp', 'varchar(255)', (c) => c.notNull())
      .execute();
    const timestamp = new Date().toISOString();
    await trx
      .insertInto('kysely_migration')
      .values(USER_VERSION_MIGRATIONS.slice(0, version).map((name) => ({ name, timestamp })))
      .execute();
  });
}

/**
 * The number of rows in a table.
 * @param {Database} db
 * @param {string} table
 * @returns {Promise<number>}
 */
export async function count(db, table) {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Empties every table and seeds again, in one transaction.
 * @param {Database} db
 */
export async function resetDatabase(db) {
  await db.transaction().execute(async (trx) => {
    if (dialects.get(db) === 'postgres') {
      // One statement that locks every table: a claim stored meanwhile waits for the new seed
      // instead of slipping in between two DELETEs.
      await sql`TRUNCATE ${sql.join(TABLES.map((table) => sql.table(table)))}`.execute(trx);
    } else {
      // SQLite runs one transaction at a time, so nothing slips in between.
      for (const table of TABLES) await trx.deleteFrom(table).execute();
    }
    await seed(trx);
  });
}

/**
 * Runs `work` in a transaction, again (up to three times in all) when PostgreSQL ends it to break a
 * deadlock with another transaction: nothing of it was kept, so running it again is safe. Claims
 * issued at the same instant take their issuer's status-list counter in turns, and PostgreSQL may
 * pick one of them to end.
 * @template T
 * @param {Database} db
 * @param {(trx: Database) => Promise<T>} work
 * @returns {Promise<T>}
 */
export async function inTransaction(db, work) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (attempt >= 3 || /** @type {{ code?: string }} */ (error)?.code !== '40P01') throw error;
    }
  }
}

/**
 * Whether an error is a unique-constraint violation, which tells a request that another one
 * stored the same thing first.
 * @param {unknown} error
 */
export function isUniqueViolation(error) {
  const code = /** @type {{ code?: string }} */ (error)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
