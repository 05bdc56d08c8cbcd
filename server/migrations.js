// The schema's versioned migrations, written once with Kysely's schema builder for both SQLite
// and PostgreSQL. Append new ones (names sort in order); never edit one that has been applied.
import { sql } from 'kysely';

/**
 * @typedef {'sqlite' | 'postgres'} Dialect
 * @typedef {{ up: (db: import('kysely').Kysely<any>) => Promise<void> }} Migration
 */

/**
 * Every migration by name, for one dialect (only binary data is typed differently).
 * @param {Dialect} dialect
 * @returns {Record<string, Migration>}
 */
export function migrations(dialect) {
  const binary = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    '001_initial': {
      async up(db) {
        const table = (name) => db.schema.createTable(name);
        await table('organisations')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('url', 'text')
          .addColumn('email', 'text')
          .addColumn('logo', 'text')
          .execute();
        await table('categories').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('name', 'text', (c) => c.notNull()).execute();
        await table('skills')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('esco_uri', 'text')
          .execute();
        // Generated images, served by name (e.g. cover-vilnius.svg).
        await table('media')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('body', binary, (c) => c.notNull())
          .execute();

        await table('badges')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('criteria', 'text', (c) => c.notNull())
          .addColumn('image', 'text', (c) => c.references('media.name'))
          .addColumn('issuer_id', 'text', (c) => c.notNull().references('organisations.id'))
          .execute();
        await table('badge_skills')
          .addColumn('badge_id', 'text', (c) => c.notNull().references('badges.id'))
          .addColumn('skill_id', 'text', (c) => c.notNull().references('skills.id'))
          .addColumn('position', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('badge_skills_pk', ['badge_id', 'skill_id'])
          .execute();
        await table('tasks')
          .addColumn('badge_id', 'text', (c) => c.notNull().references('badges.id'))
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('no', 'integer', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('code', 'file', 'text', 'questions')`))
          .addColumn('check_by', 'text', (c) => c.notNull().check(sql`check_by IN ('auto', 'self', 'organiser', 'peer')`))
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('questions', 'text') // JSON array of strings, for questions tasks
          .addColumn('accept', 'text') // JSON array of MIME types, for file tasks
          .addColumn('max_bytes', 'integer')
          .addPrimaryKeyConstraint('tasks_pk', ['badge_id', 'id'])
          .execute();

        await table('activities')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('starts_at', 'text', (c) => c.notNull())
          .addColumn('ends_at', 'text')
          .addColumn('starts_ms', 'bigint', (c) => c.notNull())
          // The end, or the start when there is no end: for upcoming/past.
          .addColumn('ends_ms', 'bigint', (c) => c.notNull())
          .addColumn('time_zone', 'text', (c) => c.notNull())
          .addColumn('location_name', 'text')
          .addColumn('location_address', 'text')
          .addColumn('lat', 'double precision')
          .addColumn('lng', 'double precision')
          .addColumn('online_url', 'text')
          .addColumn('image', 'text', (c) => c.references('media.name'))
          .addColumn('organiser_id', 'text', (c) => c.notNull().references('organisations.id'))
          .addColumn('category_id', 'text', (c) => c.references('categories.id'))
          .addColumn('duration', 'text')
          .addColumn('badge_id', 'text', (c) => c.references('badges.id'))
          .addColumn('playlist_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('language', 'text', (c) => c.notNull())
          .addColumn('url', 'text')
          .execute();
        await db.schema.createIndex('activities_by_start').on('activities').columns(['starts_ms', 'id']).execute();
        await db.schema.createIndex('activities_by_organiser').on('activities').column('organiser_id').execute();
        await db.schema.createIndex('activities_by_category').on('activities').column('category_id').execute();
        await table('activity_skills')
          .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
          .addColumn('skill_id', 'text', (c) => c.notNull().references('skills.id'))
          .addColumn('position', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('activity_skills_pk', ['activity_id', 'skill_id'])
          .execute();
        await db.schema.createIndex('activity_skills_by_skill').on('activity_skills').column('skill_id').execute();

        await table('claim_codes')
          .addColumn('code', 'text', (c) => c.primaryKey()) // upper case
          .addColumn('badge_id', 'text', (c) => c.notNull().references('badges.id'))
          .addColumn('single_use', 'integer', (c) => c.notNull())
          .addColumn('valid_from', 'text')
          .addColumn('valid_until', 'text')
          .addColumn('used_by', 'text') // the claim that used a single-use code
          .execute();
        // Recipients are kept only as a salted hash of their e-mail address (Open Badges identity).
        await table('claims')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('badge_id', 'text', (c) => c.notNull().references('badges.id'))
          .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('issued', 'pending-review', 'rejected')`))
          .addColumn('token', 'text', (c) => c.notNull())
          .addColumn('recipient_name', 'text', (c) => c.notNull())
          .addColumn('recipient_salt', 'text', (c) => c.notNull())
          .addColumn('recipient_identity', 'text', (c) => c.notNull())
          .addColumn('code', 'text')
          .addColumn('answers', 'text', (c) => c.notNull()) // JSON: { [taskId]: string[] }
          .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
          .addColumn('request_hash', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('decided_at', 'text')
          .addColumn('reason', 'text')
          .execute();
        await table('assertions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('claim_id', 'text', (c) => c.notNull().unique().references('claims.id'))
          .addColumn('issued_on', 'text', (c) => c.notNull())
          .addColumn('revoked_at', 'text')
          .addColumn('revocation_reason', 'text')
          .execute();
        await table('evidence')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('claim_id', 'text', (c) => c.notNull().references('claims.id'))
          .addColumn('task_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('size', 'integer', (c) => c.notNull())
          .addColumn('body', binary, (c) => c.notNull())
          .addColumn('idempotency_key', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addUniqueConstraint('evidence_claim_key', ['claim_id', 'idempotency_key'])
          .execute();
      },
    },
    // Images describe themselves: the API answers imageAlt beside imageUrl.
    '002_media_alt': {
      async up(db) {
        await db.schema.alterTable('media').addColumn('alt', 'text').execute();
      },
    },
    // Free-text search reads one folded column (lower case, no accents), which both databases
    // can match without an extension: title, description, organiser and place.
    '003_activity_search': {
      async up(db) {
        await db.schema.alterTable('activities').addColumn('search_text', 'text', (c) => c.notNull().defaultTo('')).execute();
        const rows = await db
          .selectFrom('activities as a')
          .innerJoin('organisations as o', 'o.id', 'a.organiser_id')
          .select(['a.id', 'a.title', 'a.description', 'a.location_name', 'o.name as organiser_name'])
          .execute();
        for (const row of rows) {
          await db.updateTable('activities').set({ search_text: searchText(row, row.organiser_name) }).where('id', '=', row.id).execute();
        }
      },
    },
    // Open Badges 3.0: the signing key, one revocation status list per issuer, and each issued
    // claim's place in its issuer's list (with its signed credential, kept once signed).
    '004_open_badges_3': {
      async up(db) {
        await db.schema
          .createTable('issuer_keys')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('document', 'text', (c) => c.notNull()) // JSON, with the secret key
          .execute();
        await db.schema
          .createTable('status_lists')
          .addColumn('list_id', 'text', (c) => c.primaryKey().references('organisations.id'))
          .addColumn('bits', binary)
          .addColumn('next_index', 'integer', (c) => c.notNull())
          .addColumn('credential', 'text') // JSON: the signed list, until the next revocation
          .execute();
        await db.schema.alterTable('claims').addColumn('status_list', 'text').execute();
        await db.schema.alterTable('claims').addColumn('status_index', 'integer').execute();
        await db.schema.alterTable('claims').addColumn('credential', 'text').execute();
        await db.schema.createIndex('claims_status_entry').on('claims').columns(['status_list', 'status_index']).unique().execute();
        // Claims issued before this migration take their places in order of issue.
        const issued = await db
          .selectFrom('assertions as a')
          .innerJoin('claims as c', 'c.id', 'a.claim_id')
          .innerJoin('badges as b', 'b.id', 'c.badge_id')
          .select(['c.id', 'b.issuer_id'])
          .orderBy('a.issued_on')
          .orderBy('c.id')
          .execute();
        /** @type {Map<string, number>} */
        const next = new Map();
        for (const { id, issuer_id } of issued) {
          const index = next.get(issuer_id) ?? 0;
          next.set(issuer_id, index + 1);
          await db.updateTable('claims').set({ status_list: issuer_id, status_index: index }).where('id', '=', id).execute();
        }
        for (const [listId, nextIndex] of next) await db.insertInto('status_lists').values({ list_id: listId, next_index: nextIndex }).execute();
      },
    },
    // Organisers: a token per organiser (kept as its SHA-256), a server secret for the kiosk's
    // rotating codes, and what reviewing needs of a claim: the recipient's e-mail address, how the
    // claim was made, who decided it, and a key that lets one e-mail address claim a badge once.
    '005_organisers': {
      async up(db) {
        await db.schema
          .createTable('organiser_tokens')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('server_secrets')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .execute();
        // Null for claims stored before e-mail addresses were kept.
        await db.schema.alterTable('claims').addColumn('recipient_email', 'text').execute();
        // `form` (POST /claims), `kiosk` (with a rotating code) or `organiser` (issued directly).
        await db.schema.alterTable('claims').addColumn('source', 'text').execute();
        await db.schema.alterTable('claims').addColumn('decided_by', 'text').execute();
        // The e-mail address for claims that may exist once per badge and address; null otherwise.
        await db.schema.alterTable('claims').addColumn('once_key', 'text').execute();
        await db.schema.createIndex('claims_once').on('claims').columns(['badge_id', 'once_key']).unique().execute();
        await db.schema.createIndex('claims_by_recipient').on('claims').columns(['badge_id', 'recipient_email']).execute();
        await db.schema.createIndex('claims_queue').on('claims').columns(['status', 'created_at', 'id']).execute();
      },
    },
    // Learning paths: a playlist's ordered steps (activities, required or optional) and its own
    // badge. An activity's playlist_count is from now on the number of playlists holding it.
    '006_playlists': {
      async up(db) {
        await db.schema
          .createTable('playlists')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('image', 'text', (c) => c.references('media.name'))
          .addColumn('organiser_id', 'text', (c) => c.notNull().references('organisations.id'))
          .addColumn('badge_id', 'text', (c) => c.notNull().unique().references('badges.id'))
          .addColumn('optional_needed', 'integer', (c) => c.notNull())
          .addColumn('language', 'text', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull()) // list order
          .execute();
        await db.schema
          .createTable('playlist_steps')
          .addColumn('playlist_id', 'text', (c) => c.notNull().references('playlists.id'))
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
          .addColumn('required', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('playlist_steps_pk', ['playlist_id', 'position'])
          .execute();
        await db.schema.createIndex('playlist_steps_by_activity').on('playlist_steps').column('activity_id').execute();
        await db
          .updateTable('activities')
          .set((eb) => ({
            playlist_count: eb
              .selectFrom('playlist_steps as s')
              .select((inner) => inner.fn.countAll().as('n'))
              .whereRef('s.activity_id', '=', 'activities.id'),
          }))
          .execute();
      },
    },
  };
}

/**
 * The folded text an activity is found by.
 * @param {{ title: string, description: string, location_name?: string | null }} activity
 * @param {string} organiserName
 */
export function searchText(activity, organiserName) {
  return fold(`${activity.title} ${activity.description} ${organiserName} ${activity.location_name ?? ''}`);
}

/**
 * Lower case without accents: `Rinktinės` → `rinktines`.
 * @param {string} text
 */
export function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
