// Verifies an Open Badges 3.0 credential the way any outside verifier would: the proof against
// the key its `verificationMethod` names, that key's controller being the issuer, the revocation
// bit in the signed status list, and the validity dates. It shares nothing with the signing code
// but the bundled contexts, so a fault in how credentials are built cannot hide itself here.
import { Bitstring } from '@digitalbazaar/bitstring';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { documentLoader } from './contexts.js';

const issuerId = (credential) => (typeof credential.issuer === 'string' ? credential.issuer : credential.issuer?.id);

/**
 * @param {object} credential
 * @param {{ resolve: (url: string) => Promise<object | undefined> | object | undefined, now?: Date }} options
 *   `resolve` answers the key, controller and status list documents by URL (from HTTP, or from
 *   the caller's own data); contexts never go through it.
 * @returns {Promise<{ verified: boolean, error?: Error }>}
 */
export async function verifyOpenBadgeCredential(credential, { resolve, now = new Date() }) {
  const loader = documentLoader(resolve);
  const suite = new DataIntegrityProof({ cryptosuite });
  const checkStatus = async ({ credential: checked }) => {
    const entry = checked.credentialStatus;
    if (entry?.type !== 'BitstringStatusListEntry' || entry.statusPurpose !== 'revocation') {
      throw new Error('The credential has no revocation status entry this verifier knows.');
    }
    const { document: list } = await loader(entry.statusListCredential);
    const listResult = await vc.verifyCredential({ credential: list, suite, documentLoader: loader, now });
    if (!listResult.verified) throw new Error('The status list credential does not verify.');
    if (issuerId(list) !== issuerId(checked)) throw new Error('The status list has another issuer than the credential.');
    const encoded = list.credentialSubject?.encodedList;
    if (typeof encoded !== 'string' || !encoded.startsWith('u')) throw new Error('The status list is not multibase base64url.');
    const bits = new Bitstring({ buffer: await Bitstring.decodeBits({ encoded: encoded.slice(1) }) });
    return { verified: !bits.get(Number(entry.statusListIndex)) };
  };
  const result = await vc.verifyCredential({ credential, suite, documentLoader: loader, checkStatus, now });
  if (result.verified) return { verified: true };
  const error = result.error?.errors?.[0] ?? result.error ?? result.statusResult?.error ?? new Error('The credential is revoked.');
  return { verified: false, error };
}
