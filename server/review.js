// The organiser's side of claims: the review queue with each claim's recipient, answers and
// evidence, the evidence files themselves, and issuing a badge directly to a list of people.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { decodeCursor, encodeCursor, loadBadge } from './catalogue.js';
import { claimJson, existingClaimId, issue, loadClaim, recipientColumns, recipientOf, selectClaims } from './claims.js';
import { isUniqueViolation } from './db.js';
import { sanitiseFileName } from './files.js';
import { badRequest, bearerToken, notFound, readJson, safeEqual } from './http.js';
import { LIMITS } from './limits.js';
import { assertOrganises, organiserOf } from './organisers.js';
import { IssueRequest, QueryParameters } from './schemas.js';
import { bodyChecker, queryParameter, refusal } from './validate.js';

/** @typedef {import('./app.js').Context} Context */

/** Types an evidence file is answered with; anything else stored is sent as an opaque download. */
const SAFE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain']);
/** Types a browser may show in place: raster images, which run no script. */
const INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/**
 * The badge that the `badge` or `activity` filter names (an activity stands for its badge), or
 * null without a filter: 404 when unknown, 403 when another organiser's.
 * @param {Context} ctx
 * @param {import('./organisers.js').Organiser} organiser
 * @returns {Promise<string | null>}
 */
async function filterBadge(ctx, organiser) {
  const badgeId = queryParameter(ctx.query, 'badge', QueryParameters.filter);
  const activityId = queryParameter(ctx.query, 'activity', QueryParameters.filter);
  let id = badgeId;
  if (activityId !== null) {
    const activity = await ctx.db.selectFrom('activities').select('badge_id').where('id', '=', activityId).executeTakeFirst();
    if (!activity) throw notFound('This activity');
    if (!activity.badge_id) throw notFound('A badge for this activity');
    if (badgeId !== null && badgeId !== activity.badge_id) {
      throw badRequest('invalid_activity', 'This activity gives another badge than the one asked for.', 'activity');
    }
    id = activity.badge_id;
  }
  if (id === null) return null;
  const badge = await ctx.db.selectFrom('badges').select('issuer_id').where('id', '=', id).executeTakeFirst();
  if (!badge) throw notFound('This badge');
  assertOrganises(organiser, badge.issuer_id);
  return id;
}

/**
 * `GET /claims` (organiser): the claims of the organiser's badges in one state, oldest first,
 * cursor-paged, each with what the organiser needs to decide it.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function listClaims(ctx) {
  const organiser = await organiserOf(ctx);
  const status = queryParameter(ctx.query, 'status', QueryParameters.claimStatus);
  const badgeId = await filterBadge(ctx, organiser);
  const limit = queryParameter(ctx.query, 'limit', QueryParameters.limit);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ status, badgeId, organiser: organiser.organisationId }))
    .digest('base64url')
    .slice(0, 16);
  const cursor = ctx.query.get('cursor') ? decodeCursor(ctx.query.get('cursor'), fingerprint) : undefined;

  /** @param {import('kysely').SelectQueryBuilder<any, any, any>} query */
  const filtered = (query) => {
    let q = query;
    if (organiser.organisationId !== null) q = q.where('b.issuer_id', '=', organiser.organisationId);
    if (badgeId !== null) q = q.where('c.badge_id', '=', badgeId);
    if (status === 'revoked') return q.where('a.revoked_at', 'is not', null);
    q = q.where('c.status', '=', status);
    return status === 'issued' ? q.where('a.revoked_at', 'is', null) : q;
  };
  let query = filtered(selectClaims(ctx.db));
  if (cursor) {
    const at = new Date(cursor.s).toISOString();
    query = query.where((eb) => eb.or([eb('c.created_at', '>', at), eb.and([eb('c.created_at', '=', at), eb('c.id', '>', cursor.i)])]));
  }
  const rows = await query.orderBy('c.created_at').orderBy('c.id').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const { total } = await filtered(
    ctx.db
      .selectFrom('claims as c')
      .innerJoin('badges as b', 'b.id', 'c.badge_id')
      .leftJoin('assertions as a', 'a.claim_id', 'c.id')
      .select((eb) => eb.fn.countAll().as('total')),
  ).executeTakeFirstOrThrow();
  const files =
    page.length === 0
      ? []
      : await ctx.db
          .selectFrom('evidence')
          .select(['id', 'claim_id', 'task_id', 'name', 'type', 'size'])
          .where('claim_id', 'in', page.map((row) => row.id))
          .orderBy('created_at')
          .orderBy('id')
          .execute();
  const last = page.at(-1);
  return {
    body: {
      items: page.map((row) => ({
        ...claimJson(row, ctx.base),
        recipient: { name: row.recipient_name, email: row.recipient_email ?? null },
        answers: JSON.parse(row.answers),
        evidence: files
          .filter((file) => file.claim_id === row.id)
          .map((file) => ({
            id: file.id,
            taskId: file.task_id,
            name: file.name,
            type: file.type,
            size: Number(file.size),
            url: `${ctx.base}/claims/${encodeURIComponent(row.id)}/evidence/${encodeURIComponent(file.id)}`,
          })),
      })),
      nextCursor: rows.length > limit && last ? encodeCursor({ s: Date.parse(last.created_at), i: last.id, f: fingerprint }) : null,
      total: Number(total),
    },
  };
}

/**
 * A `Content-Disposition` value that no file name can break out of: an ASCII fallback with
 * anything unusual replaced, and the name itself percent-encoded (RFC 6266, RFC 8187).
 * @param {'inline' | 'attachment'} kind
 * @param {string} name
 */
export function contentDisposition(kind, name) {
  const clean = sanitiseFileName(name);
  const ascii = clean.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * `GET /claims/:id/evidence/:evidenceId`: the file, for its claim's token or the organiser. It is
 * answered as the type recognised at upload, shown in place only when it is a raster image, and
 * sandboxed, so no file can run script on the API's origin.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getEvidence(ctx) {
  const token = bearerToken(ctx.req);
  const claim = await loadClaim(ctx.db, ctx.params.id);
  if (!claim) throw notFound('This claim');
  if (!safeEqual(token, claim.token)) assertOrganises(await organiserOf(ctx, token), claim.issuer_id);
  const file = await ctx.db
    .selectFrom('evidence')
    .select(['name', 'type', 'body'])
    .where('id', '=', ctx.params.evidenceId)
    .where('claim_id', '=', claim.id)
    .executeTakeFirst();
  if (!file) throw notFound('This file');
  const type = SAFE_TYPES.has(file.type) ? file.type : 'application/octet-stream';
  return {
    body: Buffer.from(file.body),
    type: type === 'text/plain' ? 'text/plain; charset=utf-8' : type,
    headers: {
      'Content-Disposition': contentDisposition(INLINE_TYPES.has(type) ? 'inline' : 'attachment', file.name),
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  };
}

/** The largest body of `POST /badges/:id/issue`: 500 recipients with long names and addresses. */
const MAX_ISSUE_BYTES = LIMITS.recipients * (LIMITS.name + LIMITS.email + 64);

const checkIssue = bodyChecker(IssueRequest);

/**
 * `POST /badges/:id/issue` (organiser): issues the badge to each recipient listed, reporting for
 * each whether it was issued, already given (or awaited) by an existing claim, or invalid.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function issueBadge(ctx) {
  const organiser = await organiserOf(ctx);
  const body = await readJson(ctx.req, MAX_ISSUE_BYTES);
  // A problem with the list refuses the request; one with a recipient is reported in its item.
  const problems = checkIssue(body);
  const ofList = problems.find((problem) => problem.path.length < 2);
  if (ofList && ofList.field === undefined) throw refusal(ofList);
  const badge = await loadBadge(ctx.db, ctx.params.id);
  if (!badge) throw notFound('This badge');
  assertOrganises(organiser, badge.issuer.id);
  if (ofList) throw refusal(ofList);
  /** @type {Map<unknown, import('./validate.js').Problem>} the first problem of each invalid recipient, by index */
  const invalidItems = new Map();
  for (const problem of problems) if (!invalidItems.has(problem.path[1])) invalidItems.set(problem.path[1], problem);
  /** @type {unknown[]} */
  const recipients = /** @type {{ recipients: unknown[] }} */ (body).recipients;
  /** @type {Map<string, string>} claim ids by e-mail address, of this request's recipients */
  const seen = new Map();
  const items = [];
  for (const [i, value] of recipients.entries()) {
    const problem = invalidItems.get(i);
    if (problem) {
      const given = /** @type {{ email?: unknown } | null} */ (value)?.email;
      items.push({ email: typeof given === 'string' ? given.trim() : '', status: 'invalid', error: refusal(problem).toBody().error });
      continue;
    }
    const recipient = recipientOf(/** @type {{ name: string, email: string }} */ (value));
    const earlier = seen.get(recipient.email) ?? (await existingClaimId(ctx.db, badge.id, recipient.email));
    const result = earlier ? { id: earlier, issued: false } : await issueTo(ctx, badge.id, recipient, organiser.name);
    seen.set(recipient.email, result.id);
    items.push({ email: recipient.email, status: result.issued ? 'issued' : 'duplicate', claimId: result.id });
  }
  return { body: { items } };
}

/**
 * Stores an issued claim for one recipient; a claim stored meanwhile for the same address (by
 * another organiser's request or a kiosk claim) wins, and is answered instead.
 * @returns {Promise<{ id: string, issued: boolean }>}
 */
async function issueTo(ctx, badgeId, recipient, decidedBy) {
  const id = randomUUID();
  const now = new Date().toISOString();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('claims')
        .values({
          id,
          badge_id: badgeId,
          status: 'issued',
          token: randomBytes(32).toString('base64url'),
          ...recipientColumns(recipient),
          answers: '{}',
          idempotency_key: `issue:${id}`,
          request_hash: '',
          created_at: now,
          decided_at: now,
          decided_by: decidedBy,
          source: 'organiser',
          once_key: recipient.email,
        })
        .execute();
      await issue(trx, id, badgeId, now);
    });
  } catch (error) {
    const winner = isUniqueViolation(error) ? await existingClaimId(ctx.db, badgeId, recipient.email) : undefined;
    if (!winner) throw error;
    return { id: winner, issued: false };
  }
  return { id, issued: true };
}
