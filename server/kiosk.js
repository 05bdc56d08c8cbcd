// Rotating claim codes for a kiosk screen at the event: a code belongs to one badge and one
// period of `period` seconds, and is an HMAC of both under a server secret, so it cannot be
// derived without the server. The current and the previous period's codes are accepted; an
// older one is recognised as expired, so a photo of the screen stops working within two periods.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { loadBadge } from './catalogue.js';
import { HttpError, notFound } from './http.js';
import { KIOSK_PERIOD } from './limits.js';
import { assertOrganises, organiserOf } from './organisers.js';
import { QueryParameters } from './schemas.js';
import { queryParameter } from './validate.js';

/** @typedef {import('./app.js').Context} Context */

/** Crockford's base 32: no I, L, O or U, which are easily misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const MAC_CHARS = 8;
/** A code names its period's index modulo this, so an expired code is told from a wrong one. */
const SEQUENCES = 10_000;
/** `<period>-<sequence>-<mac>`, e.g. `30-4821-7KQ3M9ZD`. */
const KIOSK_CODE = /^(\d{2,4})-(\d{4})-([0-9A-Z]{8})$/;

/** The server's kiosk secret, made on first use and shared by every instance through the database. */
async function kioskSecret(db) {
  const read = () => db.selectFrom('server_secrets').select('value').where('name', '=', 'kiosk').executeTakeFirst();
  let row = await read();
  if (!row) {
    await db
      .insertInto('server_secrets')
      .values({ name: 'kiosk', value: randomBytes(32).toString('base64') })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    row = await read();
  }
  return Buffer.from(/** @type {{ value: string }} */ (row).value, 'base64');
}

/** The HMAC part of a code, 40 bits in base 32. */
function mac(secret, badgeId, period, index) {
  const digest = createHmac('sha256', secret).update(`kiosk\n${badgeId}\n${period}\n${index}`).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let text = '';
  for (let i = 0; i < MAC_CHARS; i++) text = ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)] + text;
  return text;
}

const codeFor = (secret, badgeId, period, index) =>
  `${period}-${String(index % SEQUENCES).padStart(4, '0')}-${mac(secret, badgeId, period, index)}`;

/** The period index a moment falls in. */
const periodIndex = (ms, period) => Math.floor(ms / (period * 1000));

/**
 * The code a kiosk shows for a badge at a moment, under a secret.
 * @param {Buffer} secret
 * @param {string} badgeId
 * @param {number} period seconds
 * @param {number} ms the moment, milliseconds since the epoch
 */
export const kioskCode = (secret, badgeId, period, ms) => codeFor(secret, badgeId, period, periodIndex(ms, period));

/** The claim page a kiosk's QR code opens when the server is given none (`claimUrl`). */
const CLAIM_URL = '/activity.html?id={activityId}&code={code}#claim';

/**
 * The claim URL a kiosk's QR code holds: `template` (relative ones resolved against the API's
 * `base`) with `{code}`, `{badgeId}` and `{activityId}` filled in.
 * @param {string} base absolute URL of the API
 * @param {{ code: string, badgeId: string, activityId: string }} values
 * @param {string} [template]
 */
export function kioskClaimUrl(base, { code, badgeId, activityId }, template = CLAIM_URL) {
  return new URL(
    template
      .replaceAll('{code}', encodeURIComponent(code))
      .replaceAll('{badgeId}', encodeURIComponent(badgeId))
      .replaceAll('{activityId}', encodeURIComponent(activityId)),
    base,
  ).href;
}

/**
 * Replaces the server's kiosk secret, for tests that must know the codes beforehand; every code
 * shown before stops working.
 * @param {import('./db.js').Database} db
 * @param {Buffer} secret
 */
export async function setKioskSecret(db, secret) {
  const value = secret.toString('base64');
  await db
    .insertInto('server_secrets')
    .values({ name: 'kiosk', value })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value }))
    .execute();
}

/**
 * Checks a code that has the kiosk's form: `undefined` when it is not one (another kind of code),
 * else `ok`, `expired` (a real code of an older period) or `invalid`.
 * @param {import('./db.js').Database} db
 * @param {string} badgeId
 * @param {string} code upper case
 * @param {number} now
 * @returns {Promise<'ok' | 'expired' | 'invalid' | undefined>}
 */
export async function checkKioskCode(db, badgeId, code, now) {
  const parts = KIOSK_CODE.exec(code);
  if (!parts) return undefined;
  const period = Number(parts[1]);
  if (period < KIOSK_PERIOD.min || period > KIOSK_PERIOD.max) return 'invalid';
  // Typed by hand, O is read as 0 and I or L as 1.
  const given = Buffer.from(parts[3].replace(/O/g, '0').replace(/[IL]/g, '1'));
  const current = periodIndex(now, period);
  // The latest period, up to now, whose sequence number the code names.
  const index = current - ((((current - Number(parts[2])) % SEQUENCES) + SEQUENCES) % SEQUENCES);
  const expected = Buffer.from(mac(await kioskSecret(db), badgeId, period, index));
  if (!timingSafeEqual(given, expected)) return 'invalid';
  return index >= current - 1 ? 'ok' : 'expired';
}

/**
 * `GET /badges/:id/kiosk` (organiser): the code to show now, the claim URL for its QR code, when
 * to show the next one, and how many have claimed with the kiosk so far.
 * @param {Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getKiosk(ctx) {
  const organiser = await organiserOf(ctx);
  const period = queryParameter(ctx.query, 'period', QueryParameters.period);
  const badge = await loadBadge(ctx.db, ctx.params.id);
  if (!badge) throw notFound('This badge');
  assertOrganises(organiser, badge.issuer.id);
  if (!badge.tasks.some((task) => task.kind === 'code')) {
    throw new HttpError(409, 'no_code_task', 'This badge has no code task, so a code shown at the event would prove nothing.');
  }
  const now = ctx.now();
  const code = kioskCode(await kioskSecret(ctx.db), badge.id, period, now);
  const validUntil = (periodIndex(now, period) + 1) * period * 1000;
  const activity = await ctx.db.selectFrom('activities').select('id').where('badge_id', '=', badge.id).orderBy('starts_ms').orderBy('id').executeTakeFirst();
  const { claimed } = await ctx.db
    .selectFrom('claims')
    .select((eb) => eb.fn.countAll().as('claimed'))
    .where('badge_id', '=', badge.id)
    .where('source', '=', 'kiosk')
    .where('status', '!=', 'rejected')
    .executeTakeFirstOrThrow();
  const url = kioskClaimUrl(ctx.base, { code, badgeId: badge.id, activityId: activity?.id ?? '' }, ctx.options.claimUrl || undefined);
  return {
    body: {
      badgeId: badge.id,
      code,
      period,
      url,
      validUntil: new Date(validUntil).toISOString(),
      now: new Date(now).toISOString(),
      claimed: Number(claimed),
    },
  };
}
