// The SQLite database: opening, versioned migrations (PRAGMA user_version) and reseeding.
import Database from 'better-sqlite3';
import { seed } from './seed.js';

/**
 * Migrations in order; migration `i` brings the schema from version `i` to `i + 1`. Append new
 * ones, never edit an applied one.
 * @type {((db: import('better-sqlite3').Database) => void)[]}
 */
export const MIGRATIONS = [
  (db) =>
    db.exec(`
      CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        url TEXT,
        email TEXT,
        logo TEXT
      );
      CREATE TABLE categories (id TEXT PRIMARY KEY, name TEXT NOT NULL);
      CREATE TABLE skills (id TEXT PRIMARY KEY, name TEXT NOT NULL, esco_uri TEXT);
      -- Generated images, served by name (e.g. cover-vilnius.svg).
      CREATE TABLE media (name TEXT PRIMARY KEY, type TEXT NOT NULL, body BLOB NOT NULL);

      CREATE TABLE badges (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        criteria TEXT NOT NULL,
        image TEXT REFERENCES media (name),
        issuer_id TEXT NOT NULL REFERENCES organisations (id)
      );
      CREATE TABLE badge_skills (
        badge_id TEXT NOT NULL REFERENCES badges (id),
        skill_id TEXT NOT NULL REFERENCES skills (id),
        position INTEGER NOT NULL,
        PRIMARY KEY (badge_id, skill_id)
      );
      CREATE TABLE tasks (
        badge_id TEXT NOT NULL REFERENCES badges (id),
        id TEXT NOT NULL,
        no INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('code', 'file', 'text', 'questions')),
        check_by TEXT NOT NULL CHECK (check_by IN ('auto', 'self', 'organiser', 'peer')),
        description TEXT NOT NULL,
        questions TEXT, -- JSON array of strings, for questions tasks
        accept TEXT,    -- JSON array of MIME types, for file tasks
        max_bytes INTEGER,
        PRIMARY KEY (badge_id, id)
      );

      CREATE TABLE activities (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        ends_at TEXT,
        starts_ms INTEGER NOT NULL,
        ends_ms INTEGER NOT NULL, -- the end, or the start when there is no end: for upcoming/past
        time_zone TEXT NOT NULL,
        location_name TEXT,
        location_address TEXT,
        lat REAL,
        lng REAL,
        online_url TEXT,
        image TEXT REFERENCES media (name),
        organiser_id TEXT NOT NULL REFERENCES organisations (id),
        category_id TEXT REFERENCES categories (id),
        duration TEXT,
        badge_id TEXT REFERENCES badges (id),
        playlist_count INTEGER NOT NULL DEFAULT 0,
        language TEXT NOT NULL,
        url TEXT
      );
      CREATE INDEX activities_by_start ON activities (starts_ms, id);
      CREATE INDEX activities_by_organiser ON activities (organiser_id);
      CREATE INDEX activities_by_category ON activities (category_id);
      CREATE TABLE activity_skills (
        activity_id TEXT NOT NULL REFERENCES activities (id),
        skill_id TEXT NOT NULL REFERENCES skills (id),
        position INTEGER NOT NULL,
        PRIMARY KEY (activity_id, skill_id)
      );
      CREATE INDEX activity_skills_by_skill ON activity_skills (skill_id);

      CREATE TABLE claim_codes (
        code TEXT PRIMARY KEY, -- upper case
        badge_id TEXT NOT NULL REFERENCES badges (id),
        single_use INTEGER NOT NULL,
        valid_from TEXT,
        valid_until TEXT,
        used_by TEXT -- the claim that used a single-use code
      );
      -- Recipients are kept only as a salted hash of their e-mail address (Open Badges identity).
      CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        badge_id TEXT NOT NULL REFERENCES badges (id),
        status TEXT NOT NULL CHECK (status IN ('issued', 'pending-review', 'rejected')),
        token TEXT NOT NULL,
        recipient_name TEXT NOT NULL,
        recipient_salt TEXT NOT NULL,
        recipient_identity TEXT NOT NULL,
        code TEXT,
        answers TEXT NOT NULL, -- JSON: { [taskId]: string[] }
        idempotency_key TEXT NOT NULL UNIQUE,
        request_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        decided_at TEXT,
        reason TEXT
      );
      CREATE TABLE assertions (
        id TEXT PRIMARY KEY,
        claim_id TEXT NOT NULL UNIQUE REFERENCES claims (id),
        issued_on TEXT NOT NULL,
        revoked_at TEXT,
        revocation_reason TEXT
      );
      CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        claim_id TEXT NOT NULL REFERENCES claims (id),
        task_id TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        size INTEGER NOT NULL,
        body BLOB NOT NULL,
        idempotency_key TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (claim_id, idempotency_key)
      );
    `),
  // Images describe themselves: the API answers imageAlt beside imageUrl.
  (db) => db.exec('ALTER TABLE media ADD COLUMN alt TEXT'),
];

/** Every table, children before parents, for emptying the database. */
const TABLES = [
  'evidence',
  'assertions',
  'claims',
  'claim_codes',
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

/**
 * Opens (creating if needed) the database, brings its schema up to date and seeds an empty one.
 * @param {string} path a file path or `:memory:`
 * @returns {import('better-sqlite3').Database}
 */
export function openDatabase(path) {
  const db = new Database(path);
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Case- and accent-insensitive text search that also folds non-ASCII letters (SQLite's lower() does not).
  db.function('fold', { deterministic: true }, (text) => fold(String(text ?? '')));
  migrate(db);
  const { count } = db.prepare('SELECT COUNT(*) AS count FROM activities').get();
  if (count === 0) db.transaction(() => seed(db))();
  return db;
}

/**
 * Lower case without accents: `Rinktinės` → `rinktines`.
 * @param {string} text
 */
export function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Applies the migrations the database has not had yet, each in its own transaction. */
function migrate(db) {
  const version = db.pragma('user_version', { simple: true });
  if (version > MIGRATIONS.length) {
    throw new Error(`The database has schema version ${version}, newer than this server knows (${MIGRATIONS.length}).`);
  }
  for (let next = version; next < MIGRATIONS.length; next++) {
    db.transaction(() => {
      MIGRATIONS[next](db);
      db.pragma(`user_version = ${next + 1}`);
    })();
  }
}

const statements = new WeakMap();

/**
 * A prepared statement, cached per database so each SQL text is compiled once.
 * @param {import('better-sqlite3').Database} db
 * @param {string} sql
 */
export function prepared(db, sql) {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/**
 * Empties every table and seeds again, in one transaction.
 * @param {import('better-sqlite3').Database} db
 */
export function resetDatabase(db) {
  db.transaction(() => {
    for (const table of TABLES) prepared(db, `DELETE FROM ${table}`).run();
    seed(db);
  })();
}
