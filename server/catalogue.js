// Read-only API: activities (one, a batch, a filtered cursor-paged list), facets, badges, images.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { fold } from './migrations.js';
import { badRequest, hasNul, notFound } from './http.js';
import { LIMITS } from './limits.js';
import { QueryParameters } from './schemas.js';
import { queryParameter } from './validate.js';

/** @typedef {import('./app.js').Context} Context */

/**
 * @typedef {object} Skill
 * @property {string} id
 * @property {string} name
 * @property {string} [escoUri]
 */

/**
 * @typedef {object} Task
 * @property {string} id
 * @property {number} no
 * @property {'code' | 'file' | 'text' | 'questions'} kind
 * @property {'auto' | 'self' | 'organiser' | 'peer'} check
 * @property {string} description
 * @property {string[]} [questions]
 * @property {string[]} [accept]
 * @property {number} [maxBytes]
 */

/**
 * A badge as stored, with image and logo as media names (see `mediaUrl`).
 * @typedef {object} BadgeRecord
 * @property {string} id
 * @property {string} name
 * @property {string} description
 * @property {string} criteria
 * @property {string | null} image
 * @property {string | null} imageAlt what the image shows
 * @property {{ id: string, name: string, url: string | null, email: string | null, logo: string | null }} issuer
 * @property {Skill[]} skills
 * @property {Task[]} tasks
 */

const { queryParameter: MAX_PARAM_LENGTH } = LIMITS;

/**
 * Activities with what their cards show from other tables.
 * @param {import('./db.js').Database} db
 */
const selectActivities = (db) =>
  db
    .selectFrom('activities as a')
    .innerJoin('organisations as o', 'o.id', 'a.organiser_id')
    .leftJoin('categories as c', 'c.id', 'a.category_id')
    .leftJoin('media as m', 'm.name', 'a.image')
    .selectAll('a')
    .select(['o.name as organiser_name', 'o.url as organiser_url', 'o.logo as organiser_logo', 'c.name as category_name', 'm.alt as image_alt']);

/** A LIKE pattern matching `text` anywhere, with LIKE's wildcards in it taken literally. */
const containing = (text) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The absolute URL of a stored image, or undefined.
 * @param {string} base
 * @param {string | null} name
 */
export function mediaUrl(base, name) {
  return name ? `${base}/media/${encodeURIComponent(name)}` : undefined;
}

const skillJson = (row) => ({ id: row.id, name: row.name, ...(row.esco_uri ? { escoUri: row.esco_uri } : {}) });

/** Drops undefined and null fields so optional fields are absent rather than null. */
export function compact(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null));
}

/** Shapes activity rows (with their skills, read in one query) into API objects. */
async function activitiesJson(db, rows, base) {
  if (rows.length === 0) return [];
  const skills = await db
    .selectFrom('activity_skills as x')
    .innerJoin('skills as s', 's.id', 'x.skill_id')
    .select(['x.activity_id', 's.id', 's.name', 's.esco_uri'])
    .where('x.activity_id', 'in', rows.map((row) => row.id))
    .orderBy('x.position')
    .execute();
  return rows.map((row) =>
    compact({
      id: row.id,
      title: row.title,
      description: row.description,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      timeZone: row.time_zone,
      location: row.location_name
        ? compact({ name: row.location_name, address: row.location_address, lat: row.lat, lng: row.lng })
        : undefined,
      onlineUrl: row.online_url,
      imageUrl: mediaUrl(base, row.image),
      imageAlt: row.image ? row.image_alt : undefined,
      organiser: compact({
        id: row.organiser_id,
        name: row.organiser_name,
        url: row.organiser_url,
        logoUrl: mediaUrl(base, row.organiser_logo),
      }),
      category: row.category_id ? { id: row.category_id, name: row.category_name } : undefined,
      skills: skills.filter((skill) => skill.activity_id === row.id).map(skillJson),
      duration: row.duration,
      badgeId: row.badge_id,
      playlistCount: row.playlist_count,
      language: row.language,
      url: row.url,
    }),
  );
}

/**
 * `GET /activities/:id`
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getActivity(ctx) {
  const row = await selectActivities(ctx.db).where('a.id', '=', ctx.params.id).executeTakeFirst();
  if (!row) throw notFound('This activity');
  return { body: (await activitiesJson(ctx.db, [row], ctx.base))[0] };
}

/**
 * `GET /activities`: a batch by `ids`, or else the filtered, cursor-paged list.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export function listActivities(ctx) {
  return ctx.query.has('ids') ? activityBatch(ctx) : activityPage(ctx);
}

/** Activities in the order asked, unknown ids left out. */
async function activityBatch(ctx) {
  const ids = queryParameter(ctx.query, 'ids', QueryParameters.activityIds);
  const rows = await selectActivities(ctx.db).where('a.id', 'in', ids).execute();
  const byId = new Map((await activitiesJson(ctx.db, rows, ctx.base)).map((activity) => [activity.id, activity]));
  return { body: { items: ids.filter((id) => byId.has(id)).map((id) => byId.get(id)) } };
}

async function activityPage(ctx) {
  const filter = {
    organiser: queryParameter(ctx.query, 'organiser', QueryParameters.filter),
    skill: queryParameter(ctx.query, 'skill', QueryParameters.filter),
    category: queryParameter(ctx.query, 'category', QueryParameters.filter),
    whenFilter: queryParameter(ctx.query, 'when', QueryParameters.when),
    q: queryParameter(ctx.query, 'q', QueryParameters.filter),
  };
  const limit = queryParameter(ctx.query, 'limit', QueryParameters.limit);
  const fingerprint = filterFingerprint(filter);
  const cursor = ctx.query.get('cursor') ? decodeCursor(ctx.query.get('cursor'), fingerprint) : undefined;
  // Past activities list the latest first; the cursor continues after the last row in that order.
  const direction = filter.whenFilter === 'past' ? 'desc' : 'asc';
  const after = direction === 'asc' ? '>' : '<';
  const now = Date.now();
  let query = selectActivities(ctx.db);
  if (filter.organiser !== null) query = query.where('a.organiser_id', '=', filter.organiser);
  if (filter.category !== null) query = query.where('a.category_id', '=', filter.category);
  if (filter.skill !== null) {
    const skill = filter.skill;
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('activity_skills as x').select('x.skill_id').whereRef('x.activity_id', '=', 'a.id').where('x.skill_id', '=', skill)),
    );
  }
  if (filter.q !== null) query = query.where(sql`a.search_text LIKE ${containing(fold(filter.q))} ESCAPE '\\'`);
  if (filter.whenFilter === 'upcoming') query = query.where('a.ends_ms', '>', now);
  if (filter.whenFilter === 'past') query = query.where('a.ends_ms', '<=', now);
  if (cursor) {
    query = query.where((eb) =>
      eb.or([eb('a.starts_ms', after, cursor.s), eb.and([eb('a.starts_ms', '=', cursor.s), eb('a.id', after, cursor.i)])]),
    );
  }
  const rows = await query.orderBy('a.starts_ms', direction).orderBy('a.id', direction).limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    body: {
      items: await activitiesJson(ctx.db, page, ctx.base),
      nextCursor: rows.length > limit && last ? encodeCursor({ s: last.starts_ms, i: last.id, f: fingerprint }) : null,
    },
  };
}

/** What a cursor remembers of the filters it was made for, so it is refused with others. */
export function filterFingerprint(filter) {
  return createHash('sha256').update(JSON.stringify(filter)).digest('base64url').slice(0, 16);
}

/** Cursors are opaque to clients: base64url JSON of the last row's sort key and the filters it belongs to. */
export function encodeCursor(position) {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor(text, fingerprint) {
  let position;
  try {
    position = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    position = undefined;
  }
  const valid =
    Number.isSafeInteger(position?.s) &&
    typeof position.i === 'string' &&
    position.i.length <= MAX_PARAM_LENGTH &&
    !hasNul(position.i) &&
    position.f === fingerprint;
  if (!valid) throw badRequest('invalid_cursor', 'This cursor is not valid for this list; start again without it.', 'cursor');
  return position;
}

/**
 * `GET /facets`: the organisers, skills and categories that activities use, for filter controls.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getFacets(ctx) {
  /** The rows of `table` that `column` of `user` refers to, sorted by `key` of their name. */
  const used = async (table, user, column, key = (name) => name) => {
    const rows = await ctx.db
      .selectFrom(table)
      .select(['id', 'name'])
      .where('id', 'in', (eb) => eb.selectFrom(user).select(column))
      .execute();
    // Sorted here, so the order is the same on every database whatever its collation.
    return rows.sort((a, b) => (key(a.name) < key(b.name) ? -1 : key(a.name) > key(b.name) ? 1 : 0));
  };
  return {
    body: {
      organisers: await used('organisations', 'activities', 'organiser_id'),
      skills: await used('skills', 'activity_skills', 'skill_id', (name) => name.replace(/[A-Z]/g, (c) => c.toLowerCase())),
      categories: await used('categories', 'activities', 'category_id'),
    },
  };
}

/**
 * A badge with its issuer, skills and tasks, or undefined.
 * @param {import('./db.js').Database} db
 * @param {string} id
 * @returns {Promise<BadgeRecord | undefined>}
 */
export async function loadBadge(db, id) {
  const row = await db
    .selectFrom('badges as b')
    .innerJoin('organisations as o', 'o.id', 'b.issuer_id')
    .leftJoin('media as m', 'm.name', 'b.image')
    .selectAll('b')
    .select(['o.name as issuer_name', 'o.url as issuer_url', 'o.email as issuer_email', 'o.logo as issuer_logo', 'm.alt as image_alt'])
    .where('b.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const skills = await db
    .selectFrom('badge_skills as x')
    .innerJoin('skills as s', 's.id', 'x.skill_id')
    .select(['s.id', 's.name', 's.esco_uri'])
    .where('x.badge_id', '=', id)
    .orderBy('x.position')
    .execute();
  const tasks = await db.selectFrom('tasks').selectAll().where('badge_id', '=', id).orderBy('no').execute();
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    criteria: row.criteria,
    image: row.image,
    imageAlt: row.image_alt,
    issuer: { id: row.issuer_id, name: row.issuer_name, url: row.issuer_url, email: row.issuer_email, logo: row.issuer_logo },
    skills: skills.map(skillJson),
    tasks: tasks.map((task) =>
      compact({
        id: task.id,
        no: task.no,
        kind: task.kind,
        check: task.check_by,
        description: task.description,
        questions: task.questions ? JSON.parse(task.questions) : undefined,
        accept: task.accept ? JSON.parse(task.accept) : undefined,
        maxBytes: task.max_bytes,
      }),
    ),
  };
}

/**
 * The largest file a file task accepts on this server.
 * @param {Task} task
 * @param {number} maxUploadBytes
 */
export function fileLimit(task, maxUploadBytes) {
  return Math.min(task.maxBytes ?? maxUploadBytes, maxUploadBytes);
}

/**
 * `GET /badges/:id`
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getBadge(ctx) {
  const badge = await loadBadge(ctx.db, ctx.params.id);
  if (!badge) throw notFound('This badge');
  return { body: badgeJson(ctx, badge) };
}

/**
 * `GET /badges?ids=`: badges in the order asked, unknown ids left out.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function listBadges(ctx) {
  const badges = await Promise.all(queryParameter(ctx.query, 'ids', QueryParameters.badgeIds).map((id) => loadBadge(ctx.db, id)));
  return { body: { items: badges.filter((badge) => badge !== undefined).map((badge) => badgeJson(ctx, badge)) } };
}

/** A badge as the public API shows it. */
function badgeJson(ctx, badge) {
  return compact({
    id: badge.id,
    name: badge.name,
    description: badge.description,
    imageUrl: mediaUrl(ctx.base, badge.image),
    imageAlt: badge.image ? badge.imageAlt : undefined,
    criteria: badge.criteria,
    skills: badge.skills,
    issuer: compact({ id: badge.issuer.id, name: badge.issuer.name, url: badge.issuer.url }),
    tasks: badge.tasks.map((task) =>
    task.kind === 'file' ? { ...task, maxBytes: fileLimit(task, ctx.options.maxUploadBytes) } : task,
    ),
  });
}

/** SVG is a document type: never let one run script, even when opened directly. */
export const IMAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * `GET /media/:name`: a generated image.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getMedia(ctx) {
  const row = await ctx.db.selectFrom('media').select(['type', 'body']).where('name', '=', ctx.params.name).executeTakeFirst();
  if (!row) throw notFound('This image');
  return {
    body: row.body,
    type: row.type,
    headers: {
      'Cache-Control': 'public, max-age=86400',
      'Content-Security-Policy': IMAGE_CSP,
    },
  };
}
