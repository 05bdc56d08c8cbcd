// Open Badges 2.0 hosted verification: Assertion, BadgeClass and Profile documents (JSON-LD),
// and revocation.
import { prefersHtml } from './badge-page.js';
import { loadBadge, mediaUrl } from './catalogue.js';
import { badgePageResult, revokeStatusEntry } from './credential-routes.js';
import { HttpError, notFound, readJson } from './http.js';
import { assertOrganises, organiserOf } from './organisers.js';
import { Revocation } from './schemas.js';
import { bodyChecker, checkedAfterLookup } from './validate.js';

/** @typedef {import('./app.js').Context} Context */

const CONTEXT = 'https://w3id.org/openbadges/v2';
const checkRevocation = bodyChecker(Revocation);
const JSON_LD = 'application/ld+json; charset=utf-8';

/** An assertion with what it tells of its claim. */
const loadAssertion = (db, id) =>
  db
    .selectFrom('assertions as a')
    .innerJoin('claims as c', 'c.id', 'a.claim_id')
    .innerJoin('badges as b', 'b.id', 'c.badge_id')
    .selectAll('a')
    .select(['c.badge_id', 'b.issuer_id', 'c.recipient_salt', 'c.recipient_identity', 'c.answers', 'c.status_list', 'c.status_index'])
    .where('a.id', '=', id)
    .executeTakeFirst();

const assertionUrl = (base, id) => `${base}/assertions/${encodeURIComponent(id)}`;
const badgeClassUrl = (base, id) => `${base}/badges/${encodeURIComponent(id)}/badgeclass`;
const issuerUrl = (base, id) => `${base}/issuers/${encodeURIComponent(id)}`;

/** The 410 answer for a revoked assertion, in the shape Open Badges verifiers expect. */
function revokedResult(base, row) {
  return {
    status: 410,
    type: JSON_LD,
    body: {
      error: { code: 'revoked', message: 'This badge was revoked by its issuer.' },
      id: assertionUrl(base, row.id),
      revoked: true,
      ...(row.revocation_reason ? { revocationReason: row.revocation_reason } : {}),
    },
  };
}

/**
 * `GET /assertions/:id`
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getAssertion(ctx) {
  const row = await loadAssertion(ctx.db, ctx.params.id);
  if (!row) throw notFound('This assertion');
  if (prefersHtml(ctx.req.headers.accept)) {
    const badge = await loadBadge(ctx.db, row.badge_id);
    if (!badge) throw notFound('This assertion');
    const shown = { badge, issuedOn: row.issued_on, revoked: Boolean(row.revoked_at), documentUrl: assertionUrl(ctx.base, row.id) };
    return badgePageResult(ctx, shown, row.revoked_at ? 410 : 200);
  }
  if (row.revoked_at) return revokedResult(ctx.base, row);
  const badge = await loadBadge(ctx.db, row.badge_id);
  const tasks = new Map((badge?.tasks ?? []).map((task) => [task.id, task]));
  /** @type {Record<string, string[]>} */
  const answers = JSON.parse(row.answers);
  const files = await ctx.db.selectFrom('evidence').select(['task_id', 'name']).where('claim_id', '=', row.claim_id).orderBy('created_at').execute();
  const evidence = [
    ...Object.entries(answers).map(([taskId, list]) => {
      const questions = tasks.get(taskId)?.questions;
      return {
        type: 'Evidence',
        name: `Task ${tasks.get(taskId)?.no ?? taskId}`,
        narrative: questions ? questions.map((question, i) => `**${question}**\n\n${list[i]}`).join('\n\n') : list.join('\n\n'),
      };
    }),
    ...files.map((file) => ({ type: 'Evidence', name: file.name, description: `File for task ${tasks.get(file.task_id)?.no ?? file.task_id}` })),
  ];
  return {
    type: JSON_LD,
    headers: { Vary: 'Accept' },
    body: {
      '@context': CONTEXT,
      type: 'Assertion',
      id: assertionUrl(ctx.base, row.id),
      recipient: { type: 'email', hashed: true, salt: row.recipient_salt, identity: row.recipient_identity },
      badge: badgeClassUrl(ctx.base, row.badge_id),
      verification: { type: 'hosted' },
      issuedOn: row.issued_on,
      ...(badge?.image ? { image: mediaUrl(ctx.base, badge.image) } : {}),
      ...(evidence.length > 0 ? { evidence } : {}),
    },
  };
}

/**
 * `POST /assertions/:id/revoke` (organiser)
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function revokeAssertion(ctx) {
  const organiser = await organiserOf(ctx);
  /** @type {() => { reason: string }} */
  const fields = checkedAfterLookup(checkRevocation, await readJson(ctx.req));
  const row = await loadAssertion(ctx.db, ctx.params.id);
  if (!row) throw notFound('This assertion');
  assertOrganises(organiser, row.issuer_id);
  const reason = fields().reason.trim();
  await revokeIssued(ctx.db, row.id, reason);
  return { body: { id: assertionUrl(ctx.base, row.id), revoked: true, revocationReason: reason } };
}

/**
 * Revokes an issued claim in both Open Badges versions at once: the 2.0 assertion and the 3.0
 * status list bit; 409 when it is already revoked.
 * @param {import('./db.js').Database} db
 * @param {string} assertionId
 * @param {string | undefined} reason
 */
export async function revokeIssued(db, assertionId, reason) {
  await db.transaction().execute(async (trx) => {
    // Revoked only while not yet revoked, so the first reason given stays.
    const { numUpdatedRows } = await trx
      .updateTable('assertions')
      .set({ revoked_at: new Date().toISOString(), revocation_reason: reason ?? null })
      .where('id', '=', assertionId)
      .where('revoked_at', 'is', null)
      .executeTakeFirstOrThrow();
    if (numUpdatedRows === 0n) throw new HttpError(409, 'already_revoked', 'This badge is already revoked.');
    await revokeStatusEntry(trx, await loadAssertion(trx, assertionId));
  });
}

/**
 * `GET /badges/:id/badgeclass`
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getBadgeClass(ctx) {
  const badge = await loadBadge(ctx.db, ctx.params.id);
  if (!badge) throw notFound('This badge');
  const tasks = badge.tasks.map((task) => `${task.no}. ${task.description}`).join('\n');
  return {
    type: JSON_LD,
    body: {
      '@context': CONTEXT,
      type: 'BadgeClass',
      id: badgeClassUrl(ctx.base, badge.id),
      name: badge.name,
      description: badge.description,
      image: mediaUrl(ctx.base, badge.image),
      criteria: { narrative: `${badge.criteria}\n\n${tasks}` },
      issuer: issuerUrl(ctx.base, badge.issuer.id),
      alignment: badge.skills
        .filter((skill) => skill.escoUri)
        .map((skill) => ({ targetName: skill.name, targetUrl: skill.escoUri, targetFramework: 'ESCO' })),
      tags: badge.skills.map((skill) => skill.name),
    },
  };
}

/**
 * `GET /issuers/:id`: the issuer's Profile.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getIssuer(ctx) {
  const row = await ctx.db.selectFrom('organisations').selectAll().where('id', '=', ctx.params.id).executeTakeFirst();
  if (!row) throw notFound('This issuer');
  return {
    type: JSON_LD,
    body: {
      '@context': CONTEXT,
      type: 'Profile',
      id: issuerUrl(ctx.base, row.id),
      name: row.name,
      url: row.url,
      email: row.email,
      ...(row.logo ? { image: mediaUrl(ctx.base, row.logo) } : {}),
    },
  };
}
