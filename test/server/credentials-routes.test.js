// Open Badges 3.0 through the real API: a claim issued over HTTP has a credential that the
// separate verifier accepts, resolving the key, issuer and status list through the API's own
// routes, until the organiser revokes it; the badge image carries the same credential.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PNG_KEYWORD, unbakePng, unbakeSvg } from '../../server/baking.js';
import { verifyOpenBadgeCredential } from '../../server/verify.js';
import { bearer, organiser, postClaim, postJson, request, startApi, strategistClaim, webinarClaim } from './helpers.js';

const EMAIL = 'ona@example.org';

let server;
before(async () => {
  server = await startApi();
});
after(() => server.close());

/** Documents by URL, from the API over HTTP, as an outside verifier would fetch them. */
async function resolve(url) {
  const { status, body } = await request(url, { headers: { Accept: 'application/ld+json' } });
  return status === 200 ? body : undefined;
}

const verify = (credential) => verifyOpenBadgeCredential(credential, { resolve });
const revoke = (claimId, body = {}, headers = organiser) => postJson(`${server.base}/claims/${claimId}/revoke`, body, headers);

/** Neither the recipient's address nor the secret key appears in an answer. */
function assertPrivate(text) {
  assert.doesNotMatch(text, /ona@example\.org|giulia@example\.org/i);
  assert.doesNotMatch(text, /secretKeyMultibase/);
}

async function issuedClaim() {
  const { status, body } = await postClaim(server.base, webinarClaim());
  assert.equal(status, 201);
  assert.equal(body.status, 'issued');
  return body;
}

describe('GET /credentials/:id', () => {
  it('answers a signed credential that verifies over HTTP, and no longer once revoked', async () => {
    const claim = await issuedClaim();
    assert.equal(claim.credentialUrl, `${server.base}/credentials/${claim.id}`);
    const { status, body: credential, text, headers } = await request(claim.credentialUrl);
    assert.equal(status, 200);
    assert.match(headers.get('content-type'), /^application\/ld\+json/);
    assert.equal(headers.get('access-control-allow-origin'), '*');
    assert.equal(credential.id, claim.credentialUrl);
    assert.equal(credential.credentialSubject.achievement.name, 'Future skills in learning cities');
    assertPrivate(text);
    assert.deepEqual(await verify(credential), { verified: true });

    // Signed once: the same proof on every read.
    assert.deepEqual((await request(claim.credentialUrl)).body.proof, credential.proof);

    const revoked = await revoke(claim.id, { reason: 'Issued by mistake.' });
    assert.equal(revoked.status, 200);
    assert.equal(revoked.body.status, 'revoked');
    assert.equal((await request(claim.assertionUrl)).status, 410);
    assert.equal((await request(`${server.base}/claims/${claim.id}`, { headers: bearer(claim.token) })).body.status, 'revoked');
    const result = await verify((await request(claim.credentialUrl)).body);
    assert.equal(result.verified, false);
    assert.match(String(result.error?.message), /revoked/i);
    assert.equal((await revoke(claim.id)).status, 409);
  });

  it('keeps each credential its own status bit: revoking one leaves another valid', async () => {
    const [kept, revoked] = [await issuedClaim(), await issuedClaim()];
    const keptCredential = (await request(kept.credentialUrl)).body;
    assert.notEqual(keptCredential.credentialStatus.statusListIndex, (await request(revoked.credentialUrl)).body.credentialStatus.statusListIndex);
    assert.equal((await revoke(revoked.id)).status, 200);
    assert.deepEqual(await verify(keptCredential), { verified: true });
  });

  it('gives claims issued at once each their own place in the status list', async () => {
    const claims = await Promise.all(Array.from({ length: 8 }, () => postClaim(server.base, webinarClaim())));
    assert.ok(claims.every(({ status }) => status === 201));
    const rows = await server.db
      .selectFrom('claims')
      .select(['status_list', 'status_index'])
      .where('id', 'in', claims.map(({ body }) => body.id))
      .execute();
    assert.equal(new Set(rows.map((row) => `${row.status_list}#${row.status_index}`)).size, 8);
  });

  it('issues a credential on review approval too; none while the claim waits', async () => {
    const { body: claim } = await postClaim(server.base, strategistClaim());
    assert.equal(claim.credentialUrl, undefined);
    assert.equal((await request(`${server.base}/credentials/${claim.id}`)).status, 404);
    assert.equal((await revoke(claim.id)).status, 409);
    const approved = await postJson(`${server.base}/claims/${claim.id}/review`, { decision: 'approve' }, organiser);
    assert.equal(approved.body.credentialUrl, `${server.base}/credentials/${claim.id}`);
    const { body: credential, text } = await request(approved.body.credentialUrl);
    assertPrivate(text);
    assert.deepEqual(await verify(credential), { verified: true });
  });

  it('answers a readable page to Accept: text/html, for the assertion as well', async () => {
    const claim = await issuedClaim();
    for (const url of [claim.credentialUrl, claim.assertionUrl]) {
      const { status, text, headers } = await request(url, { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
      assert.equal(status, 200);
      assert.match(headers.get('content-type'), /^text\/html/);
      assert.match(headers.get('content-security-policy'), /default-src 'none'/);
      assert.match(text, /<h1>Future skills in learning cities<\/h1>/);
      assert.ok(text.includes(`src=${encodeURIComponent(url)}`), 'links to the verifier with this document');
      assertPrivate(text);
      // A bare */* is a verifier: JSON-LD.
      assert.match((await request(url, { headers: { Accept: '*/*' } })).headers.get('content-type'), /^application\/ld\+json/);
    }
    await revoke(claim.id);
    const page = await request(claim.assertionUrl, { headers: { Accept: 'text/html' } });
    assert.equal(page.status, 410);
    assert.match(page.text, /revoked/);
  });

  it('organiser token only for revoking: 401 without, 403 with a claim token', async () => {
    const claim = await issuedClaim();
    assert.equal((await revoke(claim.id, {}, {})).status, 401);
    assert.equal((await revoke(claim.id, {}, bearer(claim.token))).status, 403);
    assert.equal((await revoke(claim.id, { reason: 42 })).status, 422);
    assert.equal((await request(claim.assertionUrl)).status, 200);
  });
});

describe('GET /credentials/:id/badge.svg', () => {
  it('bakes the same verifiable credential into the badge image', async () => {
    const claim = await issuedClaim();
    const { status, text, headers } = await request(`${claim.credentialUrl}/badge.svg`);
    assert.equal(status, 200);
    assert.match(headers.get('content-type'), /^image\/svg\+xml/);
    assertPrivate(text);
    const baked = unbakeSvg(text);
    assert.deepEqual(baked, (await request(claim.credentialUrl)).body);
    assert.deepEqual(await verify(baked), { verified: true });
  });
});

describe('GET /credentials/:id/badge.png', () => {
  it('rasterises the badge image and bakes the credential into it', async () => {
    const claim = await issuedClaim();
    const response = await fetch(`${claim.credentialUrl}/badge.png`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/png');
    const png = Buffer.from(await response.arrayBuffer());
    assert.equal(png.readUInt32BE(16), 512, 'the image is 512 pixels wide');
    assertPrivate(png.toString('latin1'));
    const baked = JSON.parse(unbakePng(png, PNG_KEYWORD.credential));
    assert.deepEqual(baked, (await request(claim.credentialUrl)).body);
    assert.deepEqual(await verify(baked), { verified: true });
  });
});

describe('issuer documents and status lists', () => {
  it('answers the controller document, the public key and the status list; 404 for an unknown issuer', async () => {
    const claim = await issuedClaim();
    const credential = (await request(claim.credentialUrl)).body;
    const key = await request(credential.proof.verificationMethod);
    assert.equal(key.status, 200);
    assert.equal(key.body.type, 'Multikey');
    assert.equal(key.body.controller, credential.issuer.id);
    assertPrivate(key.text);
    const profile = await request(credential.issuer.id);
    assert.deepEqual(profile.body.assertionMethod, [key.body.id]);
    const list = await request(credential.credentialStatus.statusListCredential);
    assert.equal(list.status, 200);
    assert.equal(list.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual((await request(credential.credentialStatus.statusListCredential)).body, list.body, 'kept until the next revocation');
    for (const path of ['/issuers/nobody/profile', '/issuers/nobody/key', '/credentials/status/nobody']) {
      assert.equal((await request(`${server.base}${path}`)).status, 404);
    }
  });
});
