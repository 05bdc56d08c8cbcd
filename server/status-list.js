// Open Badges 3.0 revocation: a `BitstringStatusListCredential` whose bit at a credential's
// `statusListIndex` says whether it is revoked. No SQL here: the bits are kept through a small
// store the route layer backs with the database.
import { Bitstring } from '@digitalbazaar/bitstring';
import { VC_V2 } from './contexts.js';
import { credentialUrls, signCredential } from './credentials.js';

/** 16 KB of bits: the spec's minimum, so that one credential's bit hides among many (herd privacy). */
export const STATUS_LIST_LENGTH = 131072;

/**
 * Where one list's bits are kept (gzip-free raw bytes, one bit a credential).
 * @typedef {{ getBits(listId: string): Promise<Uint8Array | undefined>, putBits(listId: string, bits: Uint8Array): Promise<void> }} StatusStore
 */

/** @param {StatusStore} store @param {string} listId */
async function load(store, listId) {
  const buffer = await store.getBits(listId);
  return buffer ? new Bitstring({ buffer }) : new Bitstring({ length: STATUS_LIST_LENGTH });
}

/**
 * Marks the credential at `index` as revoked (`POST /claims/{id}/revoke`).
 * @param {StatusStore} store
 * @param {string} listId
 * @param {number} index
 */
export async function revokeIndex(store, listId, index) {
  if (!Number.isInteger(index) || index < 0 || index >= STATUS_LIST_LENGTH) throw new RangeError(`No status list index ${index}.`);
  const bits = await load(store, listId);
  bits.set(index, true);
  await store.putBits(listId, bits.bits);
}

/**
 * `GET /credentials/status/{listId}`: the list as a signed `BitstringStatusListCredential`
 * (the bits gzipped, then multibase base64url, as the spec encodes `encodedList`).
 * @param {StatusStore} store
 * @param {{ listId: string, validFrom: string } & Parameters<typeof signCredential>[1]} options
 */
export async function statusListCredential(store, { listId, validFrom, ...signer }) {
  const url = credentialUrls(signer.base).statusList(listId);
  const bits = await load(store, listId);
  const credential = {
    '@context': [VC_V2],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: credentialUrls(signer.base).issuer(signer.issuerId),
    validFrom,
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: `u${await bits.encodeBits()}`,
    },
  };
  return signCredential(credential, signer);
}
