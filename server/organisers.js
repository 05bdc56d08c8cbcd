// Organisers: whom a bearer token acts for. A token in `organiser_tokens` acts for its
// organisation only, which owns the claims of the badges it issues; a server-wide token (the
// `organiserToken` option) acts for every organiser.
import { createHash } from 'node:crypto';
import { HttpError, assertToken, bearerToken } from './http.js';

/** @typedef {import('./app.js').Context} Context */

/**
 * @typedef {object} Organiser
 * @property {string | null} organisationId null for a server-wide token
 * @property {string} name whom decisions are shown as made by
 */

/** Who decisions made with a server-wide token are shown as made by. */
export const SERVER_WIDE_ORGANISER = 'The badge service administrator';

/**
 * Tokens are kept only as their SHA-256, so a copy of the database gives no one access.
 * @param {string} token
 */
export const hashToken = (token) => createHash('sha256').update(token).digest('hex');

/**
 * The organiser the request's bearer token (or `token`) acts for: 401 without a token, 403 for
 * one that is no organiser's.
 * @param {Context} ctx
 * @param {string} [token]
 * @returns {Promise<Organiser>}
 */
export async function organiserOf(ctx, token = bearerToken(ctx.req)) {
  const row = await ctx.db
    .selectFrom('organiser_tokens as t')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .select(['o.id', 'o.name'])
    .where('t.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (row) return { organisationId: row.id, name: row.name };
  assertToken(token, ctx.options.organiserToken);
  return { organisationId: null, name: SERVER_WIDE_ORGANISER };
}

/**
 * Refuses (403) an organiser acting on another organiser's badge or claim.
 * @param {Organiser} organiser
 * @param {string} issuerId the organisation that issues the badge
 */
export function assertOrganises(organiser, issuerId) {
  if (organiser.organisationId !== null && organiser.organisationId !== issuerId) {
    throw new HttpError(403, 'forbidden', 'This organiser token does not give access to another organiser’s badges and claims.');
  }
}
