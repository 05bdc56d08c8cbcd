// Open Badges 3.0: the issuer's key, its public documents, and `OpenBadgeCredential`s built from
// plain data and signed with a `DataIntegrityProof` (cryptosuite `eddsa-rdfc-2022`). No SQL here:
// the key is kept through a small store the route layer backs with the database.
import { createHash } from 'node:crypto';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { DID_V1, MULTIKEY_V1, OB_V3, VC_V2, documentLoader } from './contexts.js';

/**
 * Where the key document is kept: the route layer backs it with a database row.
 * @typedef {{ getKey(): Promise<object | undefined>, putKey(document: object): Promise<void> }} KeyStore
 */

/**
 * The URLs of the Open Badges 3.0 documents under an API base. The issuer's controller document
 * sits beside its 2.0 Profile, since that one's OB 2.0 context is not one a VC verifier loads.
 * @param {string} base the API base URL, e.g. `https://badges.example.org/api`
 */
export const credentialUrls = (base) => ({
  credential: (claimId) => `${base}/credentials/${encodeURIComponent(claimId)}`,
  issuer: (issuerId) => `${base}/issuers/${encodeURIComponent(issuerId)}/profile`,
  key: (issuerId) => `${base}/issuers/${encodeURIComponent(issuerId)}/key`,
  achievement: (badgeId) => `${base}/badges/${encodeURIComponent(badgeId)}/badgeclass`,
  statusList: (listId) => `${base}/credentials/status/${encodeURIComponent(listId)}`,
});

/**
 * The API's signing key pair, made once and kept in `store` as a Multikey document with its
 * secret part. Each issuer gets its own key document (one controller each) over this key pair.
 * @param {KeyStore} store
 */
export async function issuerKeyPair(store) {
  const stored = await store.getKey();
  if (stored) return Ed25519Multikey.from(stored);
  const keyPair = await Ed25519Multikey.generate();
  await store.putKey(await keyPair.export({ publicKey: true, secretKey: true, includeContext: true }));
  return keyPair;
}

/**
 * The key pair as one issuer's verification method: its key URL and controller.
 * @param {Awaited<ReturnType<typeof issuerKeyPair>>} keyPair
 * @param {{ id: string, controller: string }} names
 */
async function issuerKey(keyPair, { id, controller }) {
  const secret = await keyPair.export({ publicKey: true, secretKey: true, includeContext: true });
  return Ed25519Multikey.from({ ...secret, id, controller });
}

/**
 * `GET /issuers/{id}/key`: the public Multikey document a proof's `verificationMethod` names.
 * @param {Awaited<ReturnType<typeof issuerKeyPair>>} keyPair
 * @param {string} base
 * @param {string} issuerId
 */
export async function keyDocument(keyPair, base, issuerId) {
  const urls = credentialUrls(base);
  const key = await issuerKey(keyPair, { id: urls.key(issuerId), controller: urls.issuer(issuerId) });
  return key.export({ publicKey: true, includeContext: true });
}

/**
 * `GET /issuers/{id}/profile`: the issuer's controller document, listing its key under
 * `assertionMethod` (what makes a proof by that key count as the issuer's assertion).
 * @param {string} base
 * @param {string} issuerId
 */
export function issuerDocument(base, issuerId) {
  const urls = credentialUrls(base);
  return { '@context': [DID_V1, MULTIKEY_V1], id: urls.issuer(issuerId), assertionMethod: [urls.key(issuerId)] };
}

/**
 * The recipient's identity as Open Badges hashes it: `sha256$` and the hex digest of the e-mail
 * address (lower-cased) followed by the salt. The address itself never enters a credential.
 * @param {string} email
 * @param {string} salt
 */
export const identityHash = (email, salt) =>
  `sha256$${createHash('sha256').update(email.trim().toLowerCase() + salt).digest('hex')}`;

/**
 * An unsigned `OpenBadgeCredential` (VC Data Model 2.0, OB 3.0 context) from plain data.
 * @param {{
 *   base: string,
 *   claim: { id: string, issuedOn: string, validUntil?: string, recipientSalt: string, recipientIdentity: string },
 *   badge: { id: string, name: string, description: string, criteria: string, imageUrl?: string, skills: { name: string, escoUri?: string }[] },
 *   issuer: { id: string, name: string, url?: string, imageUrl?: string },
 *   status: { listId: string, index: number },
 * }} data `recipientIdentity` is the `sha256$…` hash of the e-mail with `recipientSalt`
 */
export function buildCredential({ base, claim, badge, issuer, status }) {
  const urls = credentialUrls(base);
  const listUrl = urls.statusList(status.listId);
  return {
    '@context': [VC_V2, OB_V3],
    id: urls.credential(claim.id),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: badge.name,
    issuer: {
      id: urls.issuer(issuer.id),
      type: ['Profile'],
      name: issuer.name,
      ...(issuer.url ? { url: issuer.url } : {}),
      ...(issuer.imageUrl ? { image: { id: issuer.imageUrl, type: 'Image' } } : {}),
    },
    validFrom: claim.issuedOn,
    ...(claim.validUntil ? { validUntil: claim.validUntil } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'emailAddress',
          hashed: true,
          identityHash: claim.recipientIdentity,
          salt: claim.recipientSalt,
        },
      ],
      achievement: {
        id: urls.achievement(badge.id),
        type: ['Achievement'],
        name: badge.name,
        description: badge.description,
        criteria: { narrative: badge.criteria },
        ...(badge.imageUrl ? { image: { id: badge.imageUrl, type: 'Image' } } : {}),
        ...(badge.skills.some((skill) => skill.escoUri)
          ? {
              alignment: badge.skills
                .filter((skill) => skill.escoUri)
                .map((skill) => ({ type: ['Alignment'], targetName: skill.name, targetUrl: skill.escoUri, targetFramework: 'ESCO' })),
            }
          : {}),
        ...(badge.skills.length > 0 ? { tag: badge.skills.map((skill) => skill.name) } : {}),
      },
    },
    credentialStatus: {
      id: `${listUrl}#${status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(status.index),
      statusListCredential: listUrl,
    },
  };
}

/**
 * Signs a credential (an `OpenBadgeCredential` or a status list) as `issuerId` with an embedded
 * `DataIntegrityProof`. Contexts come from memory only.
 * @param {object} credential
 * @param {{ keyPair: Awaited<ReturnType<typeof issuerKeyPair>>, base: string, issuerId: string }} signer
 */
export async function signCredential(credential, { keyPair, base, issuerId }) {
  const urls = credentialUrls(base);
  const key = await issuerKey(keyPair, { id: urls.key(issuerId), controller: urls.issuer(issuerId) });
  const suite = new DataIntegrityProof({ signer: key.signer(), cryptosuite });
  return vc.issue({ credential, suite, documentLoader: documentLoader() });
}
