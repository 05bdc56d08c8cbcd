// Open Badges 3.0 over HTTP: signed credentials (JSON-LD, a readable page, or baked into the
// badge image), the issuer's key and controller documents, and the revocation status lists. The
// signing key and the lists' bits are kept in the database through the modules' small stores.
import { badgePage, prefersHtml } from './badge-page.js';
import { renderAsync } from '@resvg/resvg-js';
import { PNG_KEYWORD, bakePng, bakeSvg } from './baking.js';
import { IMAGE_CSP, loadBadge, mediaUrl } from './catalogue.js';
import { buildCredential, issuerDocument, issuerKeyPair, keyDocument, signCredential } from './credentials.js';
import { notFound } from './http.js';
import { revokeIndex, statusListCredential } from './status-list.js';

/** @typedef {import('./app.js').Context} Context */

const JSON_LD = 'application/ld+json; charset=utf-8';
/** The one signing key of the API; each issuer has its own key document over it. */
const KEY_ID = 'api';

/**
 * The signing key pair, made on first use. Of two servers making it at once, the one stored
 * first is the key, so it is always read back from the database.
 * @param {import('./db.js').Database} db
 */
async function signingKey(db) {
  /** @type {import('./credentials.js').KeyStore} */
  const store = {
    getKey: async () => {
      const row = await db.selectFrom('issuer_keys').select('document').where('id', '=', KEY_ID).executeTakeFirst();
      return row ? JSON.parse(row.document) : undefined;
    },
    putKey: async (document) => {
      await db
        .insertInto('issuer_keys')
        .values({ id: KEY_ID, document: JSON.stringify(document) })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    },
  };
  if (!(await store.getKey())) await issuerKeyPair(store);
  return issuerKeyPair(store);
}

/**
 * Gives a claim being issued its place in its issuer's status list; the caller is inside the
 * transaction that issues it. The counter's row update serialises concurrent issues.
 * @param {import('./db.js').Database} trx
 * @param {string} claimId
 * @param {string} badgeId
 */
export async function assignStatusEntry(trx, claimId, badgeId) {
  const { issuer_id: listId } = await trx.selectFrom('badges').select('issuer_id').where('id', '=', badgeId).executeTakeFirstOrThrow();
  await trx
    .insertInto('status_lists')
    .values({ list_id: listId, next_index: 0 })
    .onConflict((oc) => oc.column('list_id').doNothing())
    .execute();
  const { next_index: next } = await trx
    .updateTable('status_lists')
    .set((eb) => ({ next_index: eb('next_index', '+', 1) }))
    .where('list_id', '=', listId)
    .returning('next_index')
    .executeTakeFirstOrThrow();
  await trx.updateTable('claims').set({ status_list: listId, status_index: Number(next) - 1 }).where('id', '=', claimId).execute();
}

/**
 * Sets a claim's revocation bit; the caller is inside the transaction that revokes it. Clearing
 * the cached list first takes the list's row lock, so concurrent revocations keep each other's bits.
 * @param {import('./db.js').Database} trx
 * @param {{ status_list: string, status_index: number }} claim
 */
export async function revokeStatusEntry(trx, claim) {
  await trx.updateTable('status_lists').set({ credential: null }).where('list_id', '=', claim.status_list).execute();
  /** @type {import('./status-list.js').StatusStore} */
  const store = {
    getBits: async (listId) => {
      const row = await trx.selectFrom('status_lists').select('bits').where('list_id', '=', listId).executeTakeFirst();
      return row?.bits ?? undefined;
    },
    putBits: async (listId, bits) => {
      await trx.updateTable('status_lists').set({ bits: Buffer.from(bits) }).where('list_id', '=', listId).execute();
    },
  };
  await revokeIndex(store, claim.status_list, Number(claim.status_index));
}

/** An issued claim with what its credential is built from; undefined when there is none. */
const loadIssued = (db, claimId) =>
  db
    .selectFrom('claims as c')
    .innerJoin('assertions as a', 'a.claim_id', 'c.id')
    .select(['c.id', 'c.badge_id', 'c.recipient_salt', 'c.recipient_identity', 'c.status_list', 'c.status_index', 'c.credential'])
    .select(['a.issued_on', 'a.revoked_at'])
    .where('c.id', '=', claimId)
    .executeTakeFirst();

/**
 * The claim's signed credential with its badge: signed on first read (signing is slow) and kept.
 * @param {Context} ctx
 */
async function issuedCredential(ctx) {
  const claim = await loadIssued(ctx.db, ctx.params.id);
  if (!claim) throw notFound('This credential');
  const badge = await loadBadge(ctx.db, claim.badge_id);
  if (!badge) throw notFound('This credential');
  if (claim.credential) return { claim, badge, credential: JSON.parse(claim.credential) };
  const unsigned = buildCredential({
    base: ctx.base,
    claim: { id: claim.id, issuedOn: claim.issued_on, recipientSalt: claim.recipient_salt, recipientIdentity: claim.recipient_identity },
    badge: { ...badge, imageUrl: mediaUrl(ctx.base, badge.image) },
    issuer: { id: badge.issuer.id, name: badge.issuer.name, url: badge.issuer.url ?? undefined, imageUrl: mediaUrl(ctx.base, badge.issuer.logo) },
    status: { listId: claim.status_list, index: Number(claim.status_index) },
  });
  const credential = await signCredential(unsigned, { keyPair: await signingKey(ctx.db), base: ctx.base, issuerId: badge.issuer.id });
  await ctx.db.updateTable('claims').set({ credential: JSON.stringify(credential) }).where('id', '=', claim.id).where('credential', 'is', null).execute();
  return { claim, badge, credential };
}

/**
 * The readable page of an assertion or credential (`Accept: text/html`).
 * @param {Context} ctx
 * @param {{ badge: Awaited<ReturnType<typeof loadBadge>>, issuedOn: string, revoked: boolean, documentUrl: string }} shown
 * @param {number} [status]
 * @returns {import('./app.js').Result}
 */
export function badgePageResult(ctx, { badge, issuedOn, revoked, documentUrl }, status = 200) {
  const page = badgePage({
    name: badge.name,
    description: badge.description,
    imageUrl: mediaUrl(ctx.base, badge.image),
    imageAlt: badge.imageAlt ?? undefined,
    criteria: badge.criteria,
    issuer: { name: badge.issuer.name, url: badge.issuer.url ?? undefined },
    issuedOn,
    revoked,
    documentUrl,
    verifyUrl: ctx.options.verifyUrl || new URL('/verify.html', ctx.base).href,
  });
  return { status, body: page.body, type: page.headers['Content-Type'], headers: page.headers };
}

/**
 * `GET /credentials/:id`: the claim's `OpenBadgeCredential`, or its page to a browser.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getCredential(ctx) {
  const { claim, badge, credential } = await issuedCredential(ctx);
  if (prefersHtml(ctx.req.headers.accept)) {
    return badgePageResult(ctx, { badge, issuedOn: claim.issued_on, revoked: Boolean(claim.revoked_at), documentUrl: credential.id });
  }
  return { type: JSON_LD, body: credential, headers: { Vary: 'Accept' } };
}

/** The width badge images are rasterised to for PNG. */
const PNG_WIDTH = 512;

/** The claim's credential with its badge's image (SVG, as every badge image is); 404 without one. */
async function credentialWithSvg(ctx) {
  const { badge, credential } = await issuedCredential(ctx);
  const image = badge.image
    ? await ctx.db.selectFrom('media').select(['type', 'body']).where('name', '=', badge.image).executeTakeFirst()
    : undefined;
  if (image?.type !== 'image/svg+xml') throw notFound('An image of this badge');
  return { credential, svg: Buffer.from(image.body).toString('utf8') };
}

/**
 * `GET /credentials/:id/badge.svg`: the badge image with the credential baked in.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getBakedSvg(ctx) {
  const { credential, svg } = await credentialWithSvg(ctx);
  return { type: 'image/svg+xml', body: bakeSvg(svg, { credential }), headers: { 'Content-Security-Policy': IMAGE_CSP } };
}

/**
 * `GET /credentials/:id/badge.png`: the badge image, rasterised, with the credential baked in.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getBakedPng(ctx) {
  const { credential, svg } = await credentialWithSvg(ctx);
  // Rendered off the main thread, so other requests are answered meanwhile.
  const png = (await renderAsync(svg, { fitTo: { mode: 'width', value: PNG_WIDTH } })).asPng();
  return { type: 'image/png', body: bakePng(png, PNG_KEYWORD.credential, JSON.stringify(credential)) };
}

/** The organisation named in the path (404 otherwise). */
async function requireIssuer(ctx) {
  const row = await ctx.db.selectFrom('organisations').select('id').where('id', '=', ctx.params.id).executeTakeFirst();
  if (!row) throw notFound('This issuer');
  return row.id;
}

/**
 * `GET /issuers/:id/profile`: the issuer's controller document, listing its key.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getIssuerProfile(ctx) {
  return { type: JSON_LD, body: issuerDocument(ctx.base, await requireIssuer(ctx)) };
}

/**
 * `GET /issuers/:id/key`: the issuer's public Multikey.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getIssuerKey(ctx) {
  const issuerId = await requireIssuer(ctx);
  return { type: JSON_LD, body: await keyDocument(await signingKey(ctx.db), ctx.base, issuerId) };
}

/**
 * `GET /credentials/status/:id`: the issuer's signed status list, kept until the next revocation.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getStatusList(ctx) {
  const row = await ctx.db.selectFrom('status_lists').select(['list_id', 'bits', 'credential']).where('list_id', '=', ctx.params.id).executeTakeFirst();
  if (!row) throw notFound('This status list');
  if (row.credential) return { type: JSON_LD, body: JSON.parse(row.credential) };
  const credential = await statusListCredential(
    { getBits: async () => row.bits ?? undefined, putBits: async () => {} },
    { listId: row.list_id, validFrom: new Date().toISOString(), keyPair: await signingKey(ctx.db), base: ctx.base, issuerId: row.list_id },
  );
  // Kept only while the bits are still the ones it was signed from: a revocation meanwhile wins.
  await ctx.db
    .updateTable('status_lists')
    .set({ credential: JSON.stringify(credential) })
    .where('list_id', '=', row.list_id)
    .where((eb) => (row.bits ? eb('bits', '=', row.bits) : eb('bits', 'is', null)))
    .execute();
  return { type: JSON_LD, body: credential };
}
