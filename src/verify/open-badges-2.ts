// Open Badges 2.0 hosted verification: the assertion as its issuer serves it now (so a revoked
// one answers 410), on the issuer's own site, within its dates, and for the recipient.
import { fetchJson, isWebUrl } from './fetch.js';
import { fail, pass, type Finding, type Verification } from './findings.js';
import type { BadgeDocument } from './input.js';
import { datesFinding, recipientFinding } from './shared-checks.js';

type Json = Record<string, unknown>;

const OB_V2 = 'https://w3id.org/openbadges/v2';
const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);

/** Whether a document claims to be an Open Badges 2.0 assertion (or is the 410 of one). */
export const isAssertion = (document: Json) => document['@context'] === OB_V2 || document.type === 'Assertion' || document.revoked === true;

/** A linked document (badge class, issuer profile) embedded or by URL. */
async function linked(value: unknown, signal?: AbortSignal): Promise<Json | undefined> {
  if (isObject(value)) return value;
  if (typeof value !== 'string' || !isWebUrl(value)) return undefined;
  const fetched = await fetchJson(value, signal).catch(() => undefined);
  return fetched?.status === 200 ? fetched.body : undefined;
}

const origin = (url: unknown) => (typeof url === 'string' && isWebUrl(url) ? new URL(url).origin : undefined);

/**
 * Verifies a hosted 2.0 assertion. A document from a file or a baked image is only a copy:
 * its hosted original, fetched from its `id`, is the one that counts.
 */
export async function verifyAssertion(source: BadgeDocument, options: { email?: string; now: Date; signal?: AbortSignal }): Promise<Verification> {
  let { document, status, url } = source;
  const id = typeof document.id === 'string' ? document.id : undefined;
  if (!url) {
    if (!id || !isWebUrl(id)) return { verified: false, checks: [fail('format', 'verifyInvalid', { arg: 'id' })] };
    const fetched = await fetchJson(id, options.signal).catch(() => undefined);
    if (!fetched?.body) return { verified: false, checks: [pass('format', 'verifyFormat2'), fail('signature', 'verifyHostedUnreachable')] };
    ({ body: document, status } = fetched as { body: Json; status: number });
    url = id;
  }
  if (status === 410 || document.revoked === true) {
    const reason = typeof document.revocationReason === 'string' ? document.revocationReason : '';
    return { verified: false, checks: [pass('format', 'verifyFormat2'), fail('status', 'verifyRevoked', { arg: reason })] };
  }
  const recipient = document.recipient;
  if (document.type !== 'Assertion' || !isObject(recipient) || typeof document.issuedOn !== 'string' || Number.isNaN(Date.parse(document.issuedOn))) {
    return { verified: false, checks: [fail('format', 'verifyInvalid', { arg: 'Assertion' })] };
  }
  const checks: Finding[] = [pass('format', 'verifyFormat2')];
  const verification = isObject(document.verification) ? document.verification.type : undefined;
  // The hosted copy must be the one at its own id (else anyone could host a copy of anything).
  const hosted = (verification === 'hosted' || verification === 'HostedBadge') && document.id === url;
  checks.push(hosted ? pass('signature', 'verifyHosted') : fail('signature', 'verifyHostedMismatch'));
  const badge = await linked(document.badge, options.signal);
  const issuer = await linked(badge?.issuer, options.signal);
  const issuerName = typeof issuer?.name === 'string' ? issuer.name : undefined;
  checks.push(
    issuerName && origin(issuer?.id ?? badge?.issuer) === origin(url)
      ? pass('issuer', 'verifyIssuerOk', { arg: issuerName })
      : fail('issuer', 'verifyIssuerUnproven', { arg: issuerName ?? origin(url) ?? '' }),
  );
  checks.push(pass('status', 'verifyNotRevoked'));
  checks.push(datesFinding(document.issuedOn, typeof document.expires === 'string' ? document.expires : undefined, options.now));
  if (options.email) checks.push(await recipientFinding([recipient], options.email));
  return {
    verified: checks.every((check) => check.ok),
    checks,
    badge: {
      version: '2.0',
      name: typeof badge?.name === 'string' ? badge.name : '',
      issuer: issuerName,
      image: typeof (document.image ?? badge?.image) === 'string' ? String(document.image ?? badge?.image) : undefined,
      issuedOn: document.issuedOn,
    },
  };
}
