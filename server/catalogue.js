// Read-only API: activities (one, a batch, a filtered cursor-paged list), facets, badges, images.
import { createHash } from 'node:crypto';
import { fold, prepared } from './db.js';
import { badRequest, notFound } from './http.js';

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

const MAX_BATCH = 100;
const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 20;
const MAX_PARAM_LENGTH = 200;

const ACTIVITY_SELECT = `
  SELECT a.*, o.name AS organiser_name, o.url AS organiser_url, o.logo AS organiser_logo, c.name AS category_name,
    m.alt AS image_alt
  FROM activities a
  JOIN organisations o ON o.id = a.organiser_id
  LEFT JOIN categories c ON c.id = a.category_id
  LEFT JOIN media m ON m.name = a.image`;

/** The list query in both orders; every filter is a bound parameter that may be null. */
const listSql = (direction) => {
  const after = direction === 'ASC' ? '>' : '<';
  return `${ACTIVITY_SELECT}
  WHERE (:organiser IS NULL OR a.organiser_id = :organiser)
    AND (:category IS NULL OR a.category_id = :category)
    AND (:skill IS NULL OR EXISTS (SELECT 1 FROM activity_skills x WHERE x.activity_id = a.id AND x.skill_id = :skill))
    AND (:q IS NULL OR instr(fold(a.title || ' ' || a.description || ' ' || o.name || ' ' || coalesce(a.location_name, '')), :q) > 0)
    AND (:whenFilter IS NULL OR (:whenFilter = 'upcoming' AND a.ends_ms > :now) OR (:whenFilter = 'past' AND a.ends_ms <= :now))
    AND (:afterStart IS NULL OR a.starts_ms ${after} :afterStart OR (a.starts_ms = :afterStart AND a.id ${after} :afterId))
  ORDER BY a.starts_ms ${direction}, a.id ${direction}
  LIMIT :limit`;
};
const LIST_ASCENDING = listSql('ASC');
const LIST_DESCENDING = listSql('DESC');

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
function compact(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null));
}

/** Shapes activity rows (with their skills, read in one query) into API objects. */
function activitiesJson(db, rows, base) {
  const skills = prepared(
    db,
    `SELECT x.activity_id, s.id, s.name, s.esco_uri FROM activity_skills x JOIN skills s ON s.id = x.skill_id
     WHERE x.activity_id IN (SELECT value FROM json_each(?)) ORDER BY x.position`,
  ).all(JSON.stringify(rows.map((row) => row.id)));
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
 * @returns {import('./app.js').Result}
 */
export function getActivity(ctx) {
  const row = prepared(ctx.db, `${ACTIVITY_SELECT} WHERE a.id = ?`).get(ctx.params.id);
  if (!row) throw notFound('This activity');
  return { body: activitiesJson(ctx.db, [row], ctx.base)[0] };
}

/**
 * `GET /activities`: a batch by `ids`, or else the filtered, cursor-paged list.
 * @param {Context} ctx
 * @returns {import('./app.js').Result}
 */
export function listActivities(ctx) {
  return ctx.query.has('ids') ? activityBatch(ctx) : activityPage(ctx);
}

/** The distinct ids of a batch read, in the order asked. */
function idsParam(query, what) {
  const ids = [...new Set((query.get('ids') ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
  if (ids.length === 0 || ids.length > MAX_BATCH) {
    throw badRequest('invalid_ids', `ids must list 1 to ${MAX_BATCH} ${what} ids, separated by commas.`, 'ids');
  }
  return ids;
}

/** Activities in the order asked, unknown ids left out. */
function activityBatch(ctx) {
  const ids = idsParam(ctx.query, 'activity');
  const rows = prepared(ctx.db, `${ACTIVITY_SELECT} WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids));
  const byId = new Map(activitiesJson(ctx.db, rows, ctx.base).map((activity) => [activity.id, activity]));
  return { body: { items: ids.filter((id) => byId.has(id)).map((id) => byId.get(id)) } };
}

function activityPage(ctx) {
  const filter = {
    organiser: textParam(ctx.query, 'organiser'),
    skill: textParam(ctx.query, 'skill'),
    category: textParam(ctx.query, 'category'),
    whenFilter: whenParam(ctx.query),
    q: textParam(ctx.query, 'q'),
  };
  const limit = limitParam(ctx.query);
  const fingerprint = createHash('sha256').update(JSON.stringify(filter)).digest('base64url').slice(0, 16);
  const cursor = ctx.query.get('cursor') ? decodeCursor(ctx.query.get('cursor'), fingerprint) : undefined;
  const rows = prepared(ctx.db, filter.whenFilter === 'past' ? LIST_DESCENDING : LIST_ASCENDING).all({
    ...filter,
    q: filter.q === null ? null : fold(filter.q),
    now: Date.now(),
    afterStart: cursor?.s ?? null,
    afterId: cursor?.i ?? null,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    body: {
      items: activitiesJson(ctx.db, page, ctx.base),
      nextCursor: rows.length > limit && last ? encodeCursor({ s: last.starts_ms, i: last.id, f: fingerprint }) : null,
    },
  };
}

/** An optional free-text or id parameter: trimmed, null when absent or empty. */
function textParam(query, name) {
  const value = query.get(name)?.trim();
  if (!value) return null;
  if (value.length > MAX_PARAM_LENGTH) throw badRequest(`invalid_${name}`, `${name} is too long.`, name);
  return value;
}

function whenParam(query) {
  const value = textParam(query, 'when');
  if (value !== null && value !== 'upcoming' && value !== 'past') {
    throw badRequest('invalid_when', 'when must be upcoming or past.', 'when');
  }
  return value;
}

function limitParam(query) {
  const raw = query.get('limit');
  if (raw === null || raw === '') return DEFAULT_LIMIT;
  const limit = Number(raw);
  if (!/^\d+$/.test(raw) || limit < 1 || limit > MAX_LIMIT) {
    throw badRequest('invalid_limit', `limit must be a whole number from 1 to ${MAX_LIMIT}.`, 'limit');
  }
  return limit;
}

/** Cursors are opaque to clients: base64url JSON of the last row's sort key and the filters it belongs to. */
function encodeCursor(position) {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decodeCursor(text, fingerprint) {
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
    position.f === fingerprint;
  if (!valid) throw badRequest('invalid_cursor', 'This cursor is not valid for this list; start again without it.', 'cursor');
  return position;
}

/**
 * `GET /facets`: the organisers, skills and categories that activities use, for filter controls.
 * @param {Context} ctx
 * @returns {import('./app.js').Result}
 */
export function getFacets(ctx) {
  const list = (sql) => prepared(ctx.db, sql).all();
  return {
    body: {
      organisers: list('SELECT id, name FROM organisations WHERE id IN (SELECT organiser_id FROM activities) ORDER BY name'),
      skills: list('SELECT id, name FROM skills WHERE id IN (SELECT skill_id FROM activity_skills) ORDER BY name COLLATE NOCASE'),
      categories: list('SELECT id, name FROM categories WHERE id IN (SELECT category_id FROM activities) ORDER BY name'),
    },
  };
}

/**
 * A badge with its issuer, skills and tasks, or undefined.
 * @param {import('better-sqlite3').Database} db
 * @param {string} id
 * @returns {BadgeRecord | undefined}
 */
export function loadBadge(db, id) {
  const row = prepared(
    db,
    `SELECT b.*, o.name AS issuer_name, o.url AS issuer_url, o.email AS issuer_email, o.logo AS issuer_logo, m.alt AS image_alt
     FROM badges b JOIN organisations o ON o.id = b.issuer_id LEFT JOIN media m ON m.name = b.image WHERE b.id = ?`,
  ).get(id);
  if (!row) return undefined;
  const skills = prepared(
    db,
    'SELECT s.id, s.name, s.esco_uri FROM badge_skills x JOIN skills s ON s.id = x.skill_id WHERE x.badge_id = ? ORDER BY x.position',
  ).all(id);
  const tasks = prepared(db, 'SELECT * FROM tasks WHERE badge_id = ? ORDER BY no').all(id);
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
 * @returns {import('./app.js').Result}
 */
export function getBadge(ctx) {
  const badge = loadBadge(ctx.db, ctx.params.id);
  if (!badge) throw notFound('This badge');
  return { body: badgeJson(ctx, badge) };
}

/**
 * `GET /badges?ids=`: badges in the order asked, unknown ids left out.
 * @param {Context} ctx
 * @returns {import('./app.js').Result}
 */
export function listBadges(ctx) {
  const badges = idsParam(ctx.query, 'badge').map((id) => loadBadge(ctx.db, id));
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

/**
 * `GET /media/:name`: a generated image.
 * @param {Context} ctx
 * @returns {import('./app.js').Result}
 */
export function getMedia(ctx) {
  const row = prepared(ctx.db, 'SELECT type, body FROM media WHERE name = ?').get(ctx.params.name);
  if (!row) throw notFound('This image');
  return {
    body: row.body,
    type: row.type,
    headers: {
      'Cache-Control': 'public, max-age=86400',
      // SVG is a document type: never let one run script, even when opened directly.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  };
}
