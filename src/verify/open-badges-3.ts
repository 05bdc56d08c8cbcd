// Open Badges 3.0: a W3C Verifiable Credential checked here, in the browser, with the same
// libraries the issuer signs with: the proof (eddsa-rdfc-2022), that the key is the issuer's,
// the revocation bit in the issuer's signed status list, the validity dates, and the recipient.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import jsigs, { type DocumentLoader } from 'jsonld-signatures';
import { CONTEXTS, OB_V3_PREFIX, VC_V1, VC_V2 } from './contexts.js';
import { fetchJson, isWebUrl } from './fetch.js';
import { fail, pass, type Finding, type Verification } from './findings.js';
import { datesFinding, recipientFinding } from './shared-checks.js';

type Json = Record<string, unknown>;

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const idOf = (value: unknown) => (typeof value === 'string' ? value : isObject(value) && typeof value.id === 'string' ? value.id : undefined);

/** Whether a document claims to be an Open Badges 3.0 credential (before any check). */
export const isCredential = (document: Json) =>
  asArray(document.type).some((t) => t === 'OpenBadgeCredential' || t === 'AchievementCredential');

/**
 * Contexts from the bundle only; other documents (keys, controllers, status lists) over HTTP(S),
 * each fetched once per verification.
 */
function loader(signal?: AbortSignal): DocumentLoader {
  const fetched = new Map<string, Promise<unknown>>();
  return async (url) => {
    let document: unknown = CONTEXTS.get(url);
    if (!document) {
      if (!isWebUrl(url)) throw new Error(`Cannot load ${url}`);
      const key = url.split('#')[0]!;
      if (!fetched.has(key)) fetched.set(key, fetchJson(key, signal).then((f) => (f.status === 200 ? f.body : undefined)));
      document = await fetched.get(key);
      if (!document) throw new Error(`Cannot load ${url}`);
    }
    return { contextUrl: null, documentUrl: url, document };
  };
}

/** The fields the kit needs to show and verify a credential; the first one missing or wrong. */
function schemaProblem(credential: Json): string | undefined {
  const contexts = asArray(credential['@context']);
  if (contexts[0] !== VC_V2 && contexts[0] !== VC_V1) return '@context';
  if (!contexts.some((c) => typeof c === 'string' && c.startsWith(OB_V3_PREFIX))) return '@context';
  if (!asArray(credential.type).includes('VerifiableCredential')) return 'type';
  if (!idOf(credential.issuer) || !isWebUrl(idOf(credential.issuer)!)) return 'issuer.id';
  const subject = credential.credentialSubject;
  if (!isObject(subject) || !isObject(subject.achievement)) return 'credentialSubject.achievement';
  if (typeof subject.achievement.name !== 'string') return 'credentialSubject.achievement.name';
  const from = credential.validFrom ?? credential.issuanceDate;
  if (typeof from !== 'string' || Number.isNaN(Date.parse(from))) return 'validFrom';
  if (credential.validUntil !== undefined && (typeof credential.validUntil !== 'string' || Number.isNaN(Date.parse(credential.validUntil)))) {
    return 'validUntil';
  }
  return undefined;
}

const suite = () => new DataIntegrityProof({ cryptosuite });

/** The issuer's name as the credential gives it, else its id. */
const issuerName = (credential: Json) =>
  isObject(credential.issuer) && typeof credential.issuer.name === 'string' ? credential.issuer.name : idOf(credential.issuer)!;

/**
 * That the proof's key is the issuer's: the key names the issuer as its controller, and the
 * issuer's document lists it under `assertionMethod`. Answers the controller for the proof check.
 */
async function issuerFinding(credential: Json, proof: Json, load: DocumentLoader): Promise<{ finding: Finding; controller?: Json }> {
  const keyId = typeof proof.verificationMethod === 'string' ? proof.verificationMethod : undefined;
  const issuerId = idOf(credential.issuer)!;
  let key: Json;
  try {
    key = (await load(keyId ?? '')).document as Json;
  } catch {
    return { finding: fail('issuer', 'verifyKeyUnreachable') };
  }
  // A key that names someone else as its controller is not the issuer's, whatever it signed.
  if (idOf(key.controller) !== issuerId) return { finding: fail('issuer', 'verifyWrongKey') };
  let controller: Json;
  try {
    controller = (await load(issuerId)).document as Json;
  } catch {
    return { finding: fail('issuer', 'verifyKeyUnreachable') };
  }
  if (controller.id !== issuerId || !asArray(controller.assertionMethod).some((method) => idOf(method) === keyId)) {
    return { finding: fail('issuer', 'verifyWrongKey') };
  }
  return { finding: pass('issuer', 'verifyIssuerOk', { arg: issuerName(credential) }), controller };
}

/** The proof itself: canonicalised, hashed and checked against the key, nothing changed. */
async function signatureFinding(credential: Json, controller: Json | undefined, load: DocumentLoader): Promise<Finding> {
  const proof = credential.proof;
  if (!isObject(proof)) return fail('signature', 'verifySignatureMissing');
  if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-rdfc-2022') {
    return fail('signature', 'verifySignatureUnsupported', { arg: String(proof.cryptosuite ?? proof.type) });
  }
  // With the controller already checked (or found wanting), only the cryptography is left here.
  const key = typeof proof.verificationMethod === 'string' ? proof.verificationMethod : '';
  const purpose = new jsigs.purposes.AssertionProofPurpose({ controller: controller ?? { id: key, assertionMethod: [key] } });
  try {
    const result = await jsigs.verify(credential, { suite: suite(), purpose, documentLoader: load });
    return result.verified ? pass('signature', 'verifySignatureOk') : fail('signature', 'verifyTampered');
  } catch {
    return fail('signature', 'verifyTampered');
  }
}

/**
 * One bit of a status list's `encodedList`: multibase base64url (`u…`) of the gzipped bits,
 * index 0 being the first byte's highest bit. The browser's own gunzip does the work.
 */
async function bitAt(encodedList: string, index: number): Promise<boolean> {
  if (!encodedList.startsWith('u') || !Number.isInteger(index) || index < 0) throw new Error('Not a status list entry.');
  const base64 = encodedList.slice(1).replace(/-/g, '+').replace(/_/g, '/');
  const gzipped = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bits = new Uint8Array(await new Response(new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  const byte = bits[index >> 3];
  if (byte === undefined) throw new Error('The status list is shorter than the index.');
  return (byte & (0x80 >> (index & 7))) !== 0;
}

/** The revocation bit, from the issuer's status list, itself signed by the issuer. */
async function statusFinding(credential: Json, load: DocumentLoader): Promise<Finding> {
  const entry = asArray(credential.credentialStatus).find(isObject);
  if (!entry) return pass('status', 'verifyNoStatus');
  if (entry.type !== 'BitstringStatusListEntry' || entry.statusPurpose !== 'revocation') return fail('status', 'verifyStatusUnknown');
  try {
    const list = (await load(String(entry.statusListCredential))).document as Json;
    const listed = await jsigs.verify(list, { suite: suite(), purpose: new jsigs.purposes.AssertionProofPurpose(), documentLoader: load });
    const subject = list.credentialSubject;
    if (!listed.verified || idOf(list.issuer) !== idOf(credential.issuer) || !isObject(subject) || typeof subject.encodedList !== 'string') {
      return fail('status', 'verifyStatusUnknown');
    }
    const revoked = await bitAt(subject.encodedList, Number(entry.statusListIndex));
    return revoked ? fail('status', 'verifyRevoked', { arg: '' }) : pass('status', 'verifyNotRevoked');
  } catch {
    return fail('status', 'verifyStatusUnknown');
  }
}

/** Verifies an Open Badges 3.0 credential; every check is run, and each reports on its own. */
export async function verifyCredential(credential: Json, options: { email?: string; now: Date; signal?: AbortSignal }): Promise<Verification> {
  const problem = schemaProblem(credential);
  if (problem) return { verified: false, checks: [fail('format', 'verifyInvalid', { arg: problem })] };
  const subject = credential.credentialSubject as Json;
  const achievement = subject.achievement as Json;
  const load = loader(options.signal);
  const proof = isObject(credential.proof) ? credential.proof : undefined;
  const issuerCheck = proof
    ? await issuerFinding(credential, proof, load)
    : { finding: fail('issuer', 'verifyIssuerUnproven', { arg: issuerName(credential) }), controller: undefined };
  const checks = [
    pass('format', 'verifyFormat3'),
    await signatureFinding(credential, issuerCheck.controller, load),
    issuerCheck.finding,
    await statusFinding(credential, load),
    datesFinding(String(credential.validFrom ?? credential.issuanceDate), credential.validUntil as string | undefined, options.now),
    ...(options.email ? [await recipientFinding(asArray(subject.identifier).filter(isObject).map((i) => ({ ...i, type: i.identityType, identity: i.identityHash })), options.email)] : []),
  ];
  const image = idOf(achievement.image);
  return {
    verified: checks.every((check) => check.ok),
    checks,
    badge: {
      version: '3.0',
      name: achievement.name as string,
      issuer: issuerName(credential),
      image: image && isWebUrl(image) ? image : undefined,
      issuedOn: String(credential.validFrom ?? credential.issuanceDate),
    },
  };
}
