// Open Badges 2.0 hosted verification: Assertion, BadgeClass and Profile documents (JSON-LD),
// and revocation.
import { loadBadge, mediaUrl } from './catalogue.js';
import { prepared } from './db.js';
import { HttpError, notFound, readJson, requireBearer } from './http.js';
import { requireObject, requireText } from './validate.js';

/** @typedef {import('./app.js').Context} Context */

const CONTEXT = 'https://w3id.org/openbadges/v2';
const JSON_LD = 'application/ld+json; charset=utf-8';
const MAX_REASON = 1000;

const ASSERTION_SELECT = `
  SELECT a.*, c.badge_id, c.recipient_salt, c.recipient_identity, c.answers
  FROM assertions a JOIN claims c ON c.id = a.claim_id`;

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
      revocationReason: row.revocation_reason,
    },
  };
}

/**
 * `GET /assertions/:id`
 * @param {Context} ctx
 * @returns {import('./app.js').Result}
 */
export function getAssertion(ctx) {
  const row = prepared(ctx.db, `${ASSERTION_SELECT} WHERE a.id = ?`).get(ctx.params.id);
  if (!row) throw notFound('This assertion');
  if (row.revoked_at) return revokedResult(ctx.base, row);
  const badge = loadBadge(ctx.db, row.badge_id);
  const tasks = new Map((badge?.tasks ?? []).map((task) => [task.id, task]));
  /** @type {Record<string, string[]>} */
  const answers = JSON.parse(row.answers);
  const files = prepared(ctx.db, 'SELECT task_id, name FROM evidence WHERE claim_id = ? ORDER BY created_at').all(row.claim_id);
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
  requireBearer(ctx.req, ctx.options.organiserToken);
  const body = requireObject(await readJson(ctx.req));
  const row = prepared(ctx.db, `${ASSERTION_SELECT} WHERE a.id = ?`).get(ctx.params.id);
  if (!row) throw notFound('This assertion');
  const reason = requireText(body.reason, 'reason', 'reason_required', MAX_REASON);
  if (row.revoked_at) throw new HttpError(409, 'already_revoked', 'This assertion is already revoked.');
  ctx.db.transaction(() => {
    prepared(ctx.db, 'UPDATE assertions SET revoked_at = ?, revocation_reason = ? WHERE id = ?').run(new Date().toISOString(), reason, row.id);
  })();
  return { body: { id: assertionUrl(ctx.base, row.id), revoked: true, revocationReason: reason } };
}

/**
 * `GET /badges/:id/badgeclass`
 * @param {Context} ctx
 * @returns {import('./app.js').Result}
 */
export function getBadgeClass(ctx) {
  const badge = loadBadge(ctx.db, ctx.params.id);
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
 * @returns {import('./app.js').Result}
 */
export function getIssuer(ctx) {
  const row = prepared(ctx.db, 'SELECT * FROM organisations WHERE id = ?').get(ctx.params.id);
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
