// Learning paths (playlists): one, a batch, a list by activity or organiser, and the proof a
// claim for a path's own badge must carry: the visitor's claims for the path's steps.
import { createHash, timingSafeEqual } from 'node:crypto';
import { compact, decodeCursor, encodeCursor, filterFingerprint, mediaUrl } from './catalogue.js';
import { HttpError, invalid, notFound } from './http.js';
import { QueryParameters } from './schemas.js';
import { queryParameter } from './validate.js';

/** @typedef {import('./app.js').Context} Context */

/**
 * @typedef {object} Step
 * @property {string} activityId
 * @property {string} badgeId the activity's badge, which proves the step
 * @property {boolean} required
 */

/**
 * @typedef {object} Playlist
 * @property {string} id
 * @property {string} name
 * @property {string} description
 * @property {string} [imageUrl]
 * @property {string} [imageAlt]
 * @property {{ id: string, name: string, url?: string, logoUrl?: string }} organiser
 * @property {string} badgeId the path's own badge
 * @property {Step[]} steps in order
 * @property {number} optionalNeeded how many optional steps complete the path
 * @property {string} language BCP 47 of the content
 */

/**
 * Playlists with their organiser and image description.
 * @param {import('./db.js').Database} db
 */
const selectPlaylists = (db) =>
  db
    .selectFrom('playlists as p')
    .innerJoin('organisations as o', 'o.id', 'p.organiser_id')
    .leftJoin('media as m', 'm.name', 'p.image')
    .selectAll('p')
    .select(['o.name as organiser_name', 'o.url as organiser_url', 'o.logo as organiser_logo', 'm.alt as image_alt']);

/**
 * Shapes playlist rows (with their steps, read in one query) into API objects.
 * @returns {Promise<Playlist[]>}
 */
async function playlistsJson(db, rows, base) {
  if (rows.length === 0) return [];
  const steps = await db
    .selectFrom('playlist_steps as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select(['s.playlist_id', 's.activity_id', 's.required', 'a.badge_id'])
    .where('s.playlist_id', 'in', rows.map((row) => row.id))
    .orderBy('s.position')
    .execute();
  return rows.map((row) =>
    compact({
      id: row.id,
      name: row.name,
      description: row.description,
      imageUrl: mediaUrl(base, row.image),
      imageAlt: row.image ? row.image_alt : undefined,
      organiser: compact({ id: row.organiser_id, name: row.organiser_name, url: row.organiser_url, logoUrl: mediaUrl(base, row.organiser_logo) }),
      badgeId: row.badge_id,
      steps: steps
        .filter((step) => step.playlist_id === row.id)
        .map((step) => ({ activityId: step.activity_id, badgeId: step.badge_id, required: Boolean(step.required) })),
      optionalNeeded: row.optional_needed,
      language: row.language,
    }),
  );
}

/**
 * `GET /playlists/:id`
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getPlaylist(ctx) {
  const row = await selectPlaylists(ctx.db).where('p.id', '=', ctx.params.id).executeTakeFirst();
  if (!row) throw notFound('This playlist');
  return { body: (await playlistsJson(ctx.db, [row], ctx.base))[0] };
}

/**
 * `GET /playlists`: a batch by `ids`, or else the cursor-paged list by activity, badge and organiser.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export function listPlaylists(ctx) {
  return ctx.query.has('ids') ? playlistBatch(ctx) : playlistPage(ctx);
}

/** Playlists in the order asked, unknown ids left out. */
async function playlistBatch(ctx) {
  const ids = queryParameter(ctx.query, 'ids', QueryParameters.playlistIds);
  const rows = await selectPlaylists(ctx.db).where('p.id', 'in', ids).execute();
  const byId = new Map((await playlistsJson(ctx.db, rows, ctx.base)).map((playlist) => [playlist.id, playlist]));
  return { body: { items: ids.filter((id) => byId.has(id)).map((id) => byId.get(id)) } };
}

/**
 * Playlists in their curated order, filtered by an activity or a badge among their steps and by
 * organiser; the cursor continues after the last one of a page.
 */
async function playlistPage(ctx) {
  const filter = {
    activity: queryParameter(ctx.query, 'activity', QueryParameters.filter),
    organiser: queryParameter(ctx.query, 'organiser', QueryParameters.filter),
    badge: queryParameter(ctx.query, 'badge', QueryParameters.filter),
  };
  const limit = queryParameter(ctx.query, 'limit', QueryParameters.limit);
  const fingerprint = filterFingerprint(filter);
  const cursor = ctx.query.get('cursor') ? decodeCursor(ctx.query.get('cursor'), fingerprint) : undefined;
  let query = selectPlaylists(ctx.db);
  if (filter.organiser !== null) query = query.where('p.organiser_id', '=', filter.organiser);
  if (filter.activity !== null) {
    const activity = filter.activity;
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('playlist_steps as s').select('s.position').whereRef('s.playlist_id', '=', 'p.id').where('s.activity_id', '=', activity)),
    );
  }
  if (filter.badge !== null) {
    const badge = filter.badge;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('playlist_steps as s')
          .innerJoin('activities as a', 'a.id', 's.activity_id')
          .select('s.position')
          .whereRef('s.playlist_id', '=', 'p.id')
          .where('a.badge_id', '=', badge),
      ),
    );
  }
  if (cursor) {
    query = query.where((eb) => eb.or([eb('p.position', '>', cursor.s), eb.and([eb('p.position', '=', cursor.s), eb('p.id', '>', cursor.i)])]));
  }
  const rows = await query.orderBy('p.position').orderBy('p.id').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    body: {
      items: await playlistsJson(ctx.db, page, ctx.base),
      nextCursor: rows.length > limit && last ? encodeCursor({ s: last.position, i: last.id, f: fingerprint }) : null,
    },
  };
}

/**
 * Why a proof claim does not count, by reason code:
 * `unknown` (no such claim, or the token is not its own), `other_recipient`, `not_issued`,
 * `revoked`, `duplicate` (listed before) and `not_a_step` (its badge proves no step of the path).
 */
export const PROOF_PROBLEMS = ['unknown', 'other_recipient', 'not_issued', 'revoked', 'duplicate', 'not_a_step'];

/** A refused path claim: 422 `playlist_incomplete` with the steps still missing and the proofs that did not count. */
class PlaylistIncomplete extends HttpError {
  /**
   * @param {string} message
   * @param {Step[]} missing
   * @param {number} optionalMissing optional steps still needed
   * @param {{ claimId: string, problem: string }[]} refused
   */
  constructor(message, missing, optionalMissing, refused) {
    super(422, 'playlist_incomplete', message, { field: 'proofClaims' });
    this.details = { missing, optionalMissing, refused };
  }

  toBody() {
    const body = super.toBody();
    return { error: { ...body.error, ...this.details } };
  }
}

/** Compares a token with a claim's own without telling through timing how close it came. */
function sameToken(given, expected) {
  const digest = (value) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Checks the proof of a claim for a learning path's badge: every required step and enough optional
 * steps must be covered by issued, unrevoked claims of the same recipient, each sent with its own
 * token. Refuses `proofClaims` for a badge that belongs to no path. Throws 422
 * `playlist_incomplete` listing the steps still missing and why proofs did not count.
 * @param {import('./db.js').Database} db
 * @param {{ badge: { id: string }, email: string, proofs?: { claimId: string, token: string }[] }} submission the validated claim
 */
export async function provePath(db, submission) {
  const { proofs } = submission;
  const row = await selectPlaylists(db).where('p.badge_id', '=', submission.badge.id).executeTakeFirst();
  if (!row) {
    if (proofs !== undefined) throw invalid('proof_claims_invalid', 'Only the badge of a learning path takes proofClaims.', 'proofClaims');
    return;
  }
  const [playlist] = await playlistsJson(db, [row], '');
  const stepBadges = new Set(playlist.steps.map((step) => step.badgeId));
  const claims = (proofs ?? []).length === 0
    ? []
    : await db
        .selectFrom('claims as c')
        .leftJoin('assertions as a', 'a.claim_id', 'c.id')
        .select(['c.id', 'c.badge_id', 'c.status', 'c.token', 'c.recipient_salt', 'c.recipient_identity', 'a.revoked_at'])
        .where('c.id', 'in', (proofs ?? []).map((proof) => proof.claimId))
        .execute();
  const byId = new Map(claims.map((claim) => [claim.id, claim]));

  /** @type {Set<string>} */
  const proven = new Set();
  /** @type {Set<string>} */
  const seen = new Set();
  /** @type {{ claimId: string, problem: string }[]} */
  const refused = [];
  for (const proof of proofs ?? []) {
    const claim = byId.get(proof.claimId);
    const problem = !claim || !sameToken(proof.token, claim.token)
      ? 'unknown'
      : seen.has(claim.id)
        ? 'duplicate'
        : claim.recipient_identity !== `sha256$${createHash('sha256').update(submission.email + claim.recipient_salt).digest('hex')}`
          ? 'other_recipient'
          : claim.revoked_at
            ? 'revoked'
            : claim.status !== 'issued'
              ? 'not_issued'
              : !stepBadges.has(claim.badge_id)
                ? 'not_a_step'
                : undefined;
    if (claim) seen.add(claim.id);
    if (problem) refused.push({ claimId: proof.claimId, problem });
    else proven.add(claim.badge_id);
  }

  const missingRequired = playlist.steps.filter((step) => step.required && !proven.has(step.badgeId));
  const optional = playlist.steps.filter((step) => !step.required);
  const optionalMissing = Math.max(0, playlist.optionalNeeded - optional.filter((step) => proven.has(step.badgeId)).length);
  if (missingRequired.length === 0 && optionalMissing === 0) return;
  const missing = [...missingRequired, ...(optionalMissing > 0 ? optional.filter((step) => !proven.has(step.badgeId)) : [])];
  const parts = [
    ...(missingRequired.length > 0 ? [`${missingRequired.length} required step${missingRequired.length === 1 ? '' : 's'}`] : []),
    ...(optionalMissing > 0 ? [`${optionalMissing} more optional step${optionalMissing === 1 ? '' : 's'}`] : []),
  ];
  throw new PlaylistIncomplete(`This learning path is not complete yet: it still needs ${parts.join(' and ')}.`, missing, optionalMissing, refused);
}

