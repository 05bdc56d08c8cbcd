// Open Badges 3.0 credentials: built from plain data, signed, and verified by the separate
// verifier (the same libraries, none of the signing code), over HTTP as an outside verifier would.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { CONTEXTS, OB_V3, VC_V2, documentLoader } from '../../server/contexts.js';
import { identityHash, issuerKeyPair, keyDocument } from '../../server/credentials.js';
import { STATUS_LIST_LENGTH, revokeIndex } from '../../server/status-list.js';
import { verifyOpenBadgeCredential } from '../../server/verify.js';
import { BADGE, ISSUER, createIssuer, memoryStores } from './ob3-issuer.js';

const EMAIL = 'Ona.Petraityte@example.org';

let server;
let issuer;
let resolve;
before(async () => {
  // The issuer's documents answered over HTTP on a free port, as the API will answer them.
  server = createServer(async (req, res) => {
    const document = await issuer.document(`${origin()}${req.url}`);
    res.writeHead(document ? 200 : 404, { 'Content-Type': 'application/ld+json' });
    res.end(JSON.stringify(document ?? { error: { code: 'not_found', message: 'Not found.' } }));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  issuer = await createIssuer(`${origin()}/api`);
  resolve = async (url) => {
    const response = await fetch(url, { headers: { Accept: 'application/ld+json' } });
    return response.ok ? response.json() : undefined;
  };
});
after(() => new Promise((done) => server.close(done)));

const origin = () => `http://127.0.0.1:${server.address().port}`;
const verify = (credential, options = {}) => verifyOpenBadgeCredential(credential, { resolve, ...options });

describe('document loader', () => {
  it('serves the VC 2.0, OB 3.0, Multikey, Data Integrity and DID contexts from memory', async () => {
    const load = documentLoader();
    for (const url of [VC_V2, OB_V3, 'https://w3id.org/security/multikey/v1', 'https://w3id.org/security/data-integrity/v2', 'https://www.w3.org/ns/did/v1']) {
      const { document } = await load(url);
      assert.ok(document['@context'], url);
      assert.equal(document, CONTEXTS.get(url));
    }
  });

  it('refuses anything else instead of going to the network', async () => {
    await assert.rejects(documentLoader()('https://example.org/unknown-context'), /Refusing to load https:\/\/example.org\/unknown-context/);
    const only = documentLoader((url) => (url === 'https://example.org/key' ? { id: url } : undefined));
    assert.deepEqual((await only('https://example.org/key')).document, { id: 'https://example.org/key' });
    await assert.rejects(only('https://example.org/other'), /Refusing/);
  });
});

describe('issuer key', () => {
  it('is made once and read back from its store', async () => {
    const stores = memoryStores();
    const first = await issuerKeyPair(stores.keys);
    const second = await issuerKeyPair(stores.keys);
    assert.equal(second.publicKeyMultibase, first.publicKeyMultibase);
    const stored = await stores.keys.getKey();
    assert.equal(stored.publicKeyMultibase, first.publicKeyMultibase);
    assert.match(stored.secretKeyMultibase, /^z/, 'the secret part is kept to sign later');
  });

  it('resolves over HTTP to a Multikey controlled by the issuer, whose document lists it', async () => {
    const credential = await issuer.issue(EMAIL);
    const key = await resolve(credential.proof.verificationMethod);
    assert.equal(key.type, 'Multikey');
    assert.equal(key.controller, credential.issuer.id);
    assert.match(key.publicKeyMultibase, /^z6Mk/);
    assert.equal(key.secretKeyMultibase, undefined);
    const controller = await resolve(credential.issuer.id);
    assert.deepEqual(controller.assertionMethod, [key.id]);
  });
});

describe('OpenBadgeCredential', () => {
  it('carries the issuer, the achievement with its ESCO skills, the dates and a hashed recipient', async () => {
    const credential = await issuer.issue(EMAIL);
    assert.deepEqual(credential['@context'], [VC_V2, OB_V3]);
    assert.deepEqual(credential.type, ['VerifiableCredential', 'OpenBadgeCredential']);
    assert.equal(credential.issuer.name, ISSUER.name);
    const { achievement, identifier } = credential.credentialSubject;
    assert.equal(achievement.name, BADGE.name);
    assert.equal(achievement.criteria.narrative, BADGE.criteria);
    assert.deepEqual(achievement.alignment, [
      { type: ['Alignment'], targetName: 'strategic thinking', targetUrl: BADGE.skills[0].escoUri, targetFramework: 'ESCO' },
    ]);
    assert.ok(!Number.isNaN(Date.parse(credential.validFrom)));
    const [identity] = identifier;
    const expected = createHash('sha256').update(EMAIL.toLowerCase() + identity.salt).digest('hex');
    assert.equal(identity.identityHash, `sha256$${expected}`);
    assert.equal(identity.identityHash, identityHash(` ${EMAIL} `, identity.salt));
    assert.ok(!JSON.stringify(credential).toLowerCase().includes(EMAIL.toLowerCase()), 'the address never enters the credential');
    assert.equal(credential.proof.type, 'DataIntegrityProof');
    assert.equal(credential.proof.cryptosuite, 'eddsa-rdfc-2022');
    assert.equal(credential.proof.proofPurpose, 'assertionMethod');
    assert.equal(credential.credentialStatus.type, 'BitstringStatusListEntry');
  });

  it('verifies through the separate verifier', async () => {
    const result = await verify(await issuer.issue(EMAIL));
    assert.equal(result.error, undefined);
    assert.equal(result.verified, true);
  });

  it('fails for a changed field', async () => {
    const credential = await issuer.issue(EMAIL);
    for (const change of [
      (c) => (c.credentialSubject.achievement.name = 'Master Strategist'),
      (c) => (c.validFrom = '2020-01-01T00:00:00Z'),
      (c) => (c.credentialSubject.identifier[0].salt = 'another salt'),
      (c) => (c.issuer.name = 'Someone else'),
    ]) {
      const tampered = structuredClone(credential);
      change(tampered);
      const result = await verify(tampered);
      assert.equal(result.verified, false);
    }
  });

  it('fails for a changed or missing proof', async () => {
    const credential = await issuer.issue(EMAIL);
    const changed = structuredClone(credential);
    changed.proof.proofValue = `z${'1'.repeat(86)}`;
    assert.equal((await verify(changed)).verified, false);
    const unsigned = structuredClone(credential);
    delete unsigned.proof;
    assert.equal((await verify(unsigned)).verified, false);
    assert.equal((await verify(await issuer.issue(EMAIL, {}, { sign: false }))).verified, false);
  });

  it('fails once revoked, and only that one', async () => {
    const kept = await issuer.issue(EMAIL);
    const revoked = await issuer.issue(EMAIL);
    assert.equal((await verify(revoked)).verified, true);
    await issuer.revoke(revoked);
    const result = await verify(revoked);
    assert.equal(result.verified, false);
    assert.match(result.error.message, /revoked/);
    assert.equal((await verify(kept)).verified, true);
  });

  it('fails when signed by another key than the issuer lists', async () => {
    const other = await createIssuer(issuer.urls.credential('x').replace(/\/credentials\/x$/, ''));
    const forged = await other.issue(EMAIL);
    const result = await verify(forged);
    assert.equal(result.verified, false);
    assert.match(result.error.message, /signature/i);
  });

  it('fails when the key is not one the issuer lists under assertionMethod', async () => {
    const credential = await issuer.issue(EMAIL);
    const result = await verify(credential, {
      resolve: async (url) => (url === credential.issuer.id ? { ...(await resolve(url)), assertionMethod: [] } : resolve(url)),
    });
    assert.equal(result.verified, false);
  });

  it('fails before validFrom and after validUntil', async () => {
    const early = await issuer.issue(EMAIL, { issuedOn: '2099-01-01T00:00:00Z' });
    assert.equal((await verify(early)).verified, false);
    const expired = await issuer.issue(EMAIL, { issuedOn: '2020-01-01T00:00:00Z', validUntil: '2021-01-01T00:00:00Z' });
    const result = await verify(expired);
    assert.equal(result.verified, false);
    assert.match(result.error.message, /validUntil/);
    const current = await issuer.issue(EMAIL, { validUntil: '2099-01-01T00:00:00Z' });
    assert.equal((await verify(current)).verified, true);
  });
});

describe('status list', () => {
  it('is a signed BitstringStatusListCredential of the issuer', async () => {
    const credential = await issuer.issue(EMAIL);
    const list = await resolve(credential.credentialStatus.statusListCredential);
    assert.deepEqual(list.type, ['VerifiableCredential', 'BitstringStatusListCredential']);
    assert.equal(list.issuer, credential.issuer.id);
    assert.equal(list.credentialSubject.statusPurpose, 'revocation');
    assert.match(list.credentialSubject.encodedList, /^uH4sI/, 'multibase base64url of gzip');
    assert.equal(list.proof.cryptosuite, 'eddsa-rdfc-2022');
    const listAsCredential = { ...list, credentialStatus: undefined };
    delete listAsCredential.credentialStatus;
    assert.equal((await verify(listAsCredential)).verified, true);
  });

  it('refuses an index outside the list', async () => {
    const { status } = memoryStores();
    await assert.rejects(revokeIndex(status, 'x', STATUS_LIST_LENGTH), RangeError);
    await assert.rejects(revokeIndex(status, 'x', -1), RangeError);
  });

  it('keeps the issuer key document free of the secret key', async () => {
    const document = await keyDocument(issuer.keyPair, 'https://badges.example.org/api', ISSUER.id);
    assert.deepEqual(Object.keys(document).sort(), ['@context', 'controller', 'id', 'publicKeyMultibase', 'type']);
  });
});
