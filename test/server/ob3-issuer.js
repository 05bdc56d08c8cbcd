// An Open Badges 3.0 issuer over the credential modules with in-memory stores: what the route
// layer will do with the database, for the suites (server and browser) until it is wired.
import { randomBytes } from 'node:crypto';
import { credentialUrls, buildCredential, identityHash, issuerDocument, issuerKeyPair, keyDocument, signCredential } from '../../server/credentials.js';
import { revokeIndex, statusListCredential } from '../../server/status-list.js';

export const ISSUER = { id: 'vilnius-lc', name: 'Vilnius City of Learning', url: 'https://vilnius.example.org' };

export const BADGE = {
  id: 'strategist-2022',
  name: 'Future Skills Strategist',
  description: 'Plans how a city grows the skills its people will need.',
  criteria: 'Take part in the strategy workshop and answer the reflection questions.',
  imageUrl: 'https://badges.example.org/api/media/strategist.svg',
  skills: [
    { name: 'strategic thinking', escoUri: 'http://data.europa.eu/esco/skill/5b4a9a2b-0b36-4b4f-8a35-4d5e1b1b4b67' },
    { name: 'teamwork' },
  ],
};

/** In-memory key and status stores (the route layer keeps these in the database). */
export function memoryStores() {
  let key;
  const lists = new Map();
  return {
    keys: { getKey: async () => key, putKey: async (document) => void (key = document) },
    status: { getBits: async (listId) => lists.get(listId), putBits: async (listId, bits) => void lists.set(listId, bits) },
  };
}

/**
 * An issuer under `base`: issues credentials, revokes them, and answers its public documents by URL.
 * @param {string} base
 * @param {ReturnType<typeof memoryStores>} [stores]
 */
export async function createIssuer(base, stores = memoryStores()) {
  const keyPair = await issuerKeyPair(stores.keys);
  const signer = { keyPair, base, issuerId: ISSUER.id };
  const urls = credentialUrls(base);
  let next = 0;
  return {
    urls,
    keyPair,
    /** Builds (unsigned) and signs a credential for `email`; `claim` overrides dates. */
    async issue(email, claim = {}, { sign = true } = {}) {
      const salt = randomBytes(16).toString('hex');
      const index = next++;
      const credential = buildCredential({
        base,
        claim: { id: `claim-${index}`, issuedOn: new Date().toISOString(), recipientSalt: salt, recipientIdentity: identityHash(email, salt), ...claim },
        badge: BADGE,
        issuer: ISSUER,
        status: { listId: ISSUER.id, index },
      });
      return sign ? signCredential(credential, signer) : credential;
    },
    revoke: (credential) => revokeIndex(stores.status, ISSUER.id, Number(credential.credentialStatus.statusListIndex)),
    /** The documents a verifier dereferences: key, controller, status list. */
    async document(url) {
      if (url === urls.key(ISSUER.id)) return keyDocument(keyPair, base, ISSUER.id);
      if (url === urls.issuer(ISSUER.id)) return issuerDocument(base, ISSUER.id);
      if (url === urls.statusList(ISSUER.id)) {
        return statusListCredential(stores.status, { listId: ISSUER.id, validFrom: new Date().toISOString(), ...signer });
      }
      return undefined;
    },
  };
}
