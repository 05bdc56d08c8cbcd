import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { SEED } from '../../server/seed-data.js';
import { bearer, organiser, postClaim, postJson, request, startApi, strategistClaim, webinarClaim } from './helpers.js';

let server;
before(async () => {
  server = await startApi();
});
after(() => server.close());

const review = (claimId, body, headers = organiser) => postJson(`${server.base}/claims/${claimId}/review`, body, headers);
const revoke = (assertionUrl, body, headers = organiser) => postJson(`${assertionUrl}/revoke`, body, headers);

async function pendingClaim(email = 'giulia@example.org') {
  const { body } = await postClaim(server.base, strategistClaim({ recipient: { name: 'Giulia Rossi', email } }));
  assert.equal(body.status, 'pending-review');
  return body;
}

describe('POST /claims/:id/review', () => {
  it('needs the organiser token: 401 without, 403 with a claim token', async () => {
    const claim = await pendingClaim();
    const missing = await review(claim.id, { decision: 'approve' }, {});
    assert.equal(missing.status, 401);
    const wrong = await review(claim.id, { decision: 'approve' }, bearer(claim.token));
    assert.equal(wrong.status, 403);
    assert.equal((await review(randomUUID(), { decision: 'approve' })).status, 404);
  });

  it('approves: the claim is issued and its assertion is reachable', async () => {
    const claim = await pendingClaim();
    const { status, body } = await review(claim.id, { decision: 'approve' });
    assert.equal(status, 200);
    assert.equal(body.status, 'issued');
    assert.equal(body.token, undefined);
    const assertion = await request(body.assertionUrl);
    assert.equal(assertion.status, 200);
    const seen = await request(`${server.base}/claims/${claim.id}`, { headers: bearer(claim.token) });
    assert.equal(seen.body.assertionUrl, body.assertionUrl);
    const again = await review(claim.id, { decision: 'reject', reason: 'Changed my mind.' });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'claim_decided');
  });

  it('rejects with the older field name `reason` too, which the claim then carries as its comment', async () => {
    const claim = await pendingClaim();
    const badReason = await review(claim.id, { decision: 'reject', reason: 42 });
    assert.equal(badReason.status, 422);
    assert.equal(badReason.body.error.code, 'reason_invalid');
    assert.equal(badReason.body.error.field, 'reason');
    const badDecision = await review(claim.id, { decision: 'maybe' });
    assert.equal(badDecision.body.error.code, 'decision_invalid');
    const { status, body } = await review(claim.id, { decision: 'reject', reason: 'No strategy was uploaded.' });
    assert.equal(status, 200);
    assert.equal(body.status, 'rejected');
    assert.equal(body.reviewComment, 'No strategy was uploaded.');
    assert.equal(body.reason, 'No strategy was uploaded.');
    assert.equal(body.assertionUrl, undefined);
    const seen = await request(`${server.base}/claims/${claim.id}`, { headers: bearer(claim.token) });
    assert.equal(seen.body.reviewComment, 'No strategy was uploaded.');
  });
});

describe('GET /assertions/:id', () => {
  it('is an Open Badges 2.0 hosted assertion with a verifiable hashed recipient and the evidence', async () => {
    const { body: claim } = await postClaim(server.base, webinarClaim({ recipient: { name: 'Ona', email: 'Ona.Jonaite@Example.org' } }));
    const { status, body, headers } = await request(claim.assertionUrl);
    assert.equal(status, 200);
    assert.match(headers.get('content-type'), /^application\/ld\+json/);
    assert.equal(body['@context'], 'https://w3id.org/openbadges/v2');
    assert.equal(body.type, 'Assertion');
    assert.equal(body.id, claim.assertionUrl);
    assert.equal(body.badge, `${server.base}/badges/${SEED.webinarBadgeId}/badgeclass`);
    assert.deepEqual(body.verification, { type: 'hosted' });
    assert.ok(!Number.isNaN(Date.parse(body.issuedOn)));
    assert.equal(body.recipient.type, 'email');
    assert.equal(body.recipient.hashed, true);
    const expected = createHash('sha256').update(`ona.jonaite@example.org${body.recipient.salt}`).digest('hex');
    assert.equal(body.recipient.identity, `sha256$${expected}`);
    assert.equal(body.evidence.length, 1);
    assert.match(body.evidence[0].narrative, /Which future skill matters most/);
    assert.match(body.evidence[0].narrative, /Digital literacy/);
    assert.equal((await request(`${server.base}/assertions/${randomUUID()}`)).status, 404);
  });

  it('lists uploaded files as evidence', async () => {
    const claim = await pendingClaim();
    const form = new FormData();
    form.append('taskId', 't2');
    form.append('file', new Blob(['Our strategy'], { type: 'text/plain' }), 'strategy.txt');
    await request(`${server.base}/claims/${claim.id}/evidence`, { method: 'POST', headers: bearer(claim.token), body: form });
    const { body: decided } = await review(claim.id, { decision: 'approve' });
    const { body } = await request(decided.assertionUrl);
    assert.ok(body.evidence.some((item) => item.name === 'strategy.txt' && /task 2/.test(item.description)));
  });

  it('never shows the e-mail address to the recipient or the public, and keeps it only for the organiser', async () => {
    const email = `private.${randomUUID()}@example.org`;
    const key = randomUUID();
    const body = strategistClaim({ recipient: { name: 'Private Person', email } });
    const texts = [];
    const created = await postClaim(server.base, body, key);
    texts.push(created.text, (await postClaim(server.base, body, key)).text);
    texts.push((await request(`${server.base}/claims/${created.body.id}`, { headers: bearer(created.body.token) })).text);
    const decided = await review(created.body.id, { decision: 'approve' });
    texts.push(decided.text, (await request(decided.body.assertionUrl)).text);
    texts.push((await revoke(decided.body.assertionUrl, { reason: 'Test' })).text, (await request(decided.body.assertionUrl)).text);
    texts.push((await postClaim(server.base, { ...body, consent: false })).text);
    for (const text of texts) assert.ok(!text.toLowerCase().includes(email.toLowerCase()), text);
    // Stored for the organiser's review queue, in its own column only: never in an assertion or credential.
    const { recipient_email: stored, ...rest } = await server.db.selectFrom('claims').selectAll().where('id', '=', created.body.id).executeTakeFirstOrThrow();
    assert.equal(stored, email.toLowerCase());
    assert.ok(!JSON.stringify(rest).includes(email.toLowerCase()));
    assert.ok(!JSON.stringify(await server.db.selectFrom('assertions').selectAll().execute()).includes(email.toLowerCase()));
  });
});

describe('POST /assertions/:id/revoke', () => {
  it('revokes with a reason; the assertion then answers 410', async () => {
    const { body: claim } = await postClaim(server.base, webinarClaim());
    assert.equal((await revoke(claim.assertionUrl, { reason: 'x' }, {})).status, 401);
    assert.equal((await revoke(claim.assertionUrl, { reason: 'x' }, bearer(claim.token))).status, 403);
    const noReason = await revoke(claim.assertionUrl, {});
    assert.equal(noReason.status, 422);
    assert.equal(noReason.body.error.code, 'reason_required');

    const { status, body } = await revoke(claim.assertionUrl, { reason: 'Issued by mistake.' });
    assert.equal(status, 200);
    assert.deepEqual(body, { id: claim.assertionUrl, revoked: true, revocationReason: 'Issued by mistake.' });

    const gone = await request(claim.assertionUrl);
    assert.equal(gone.status, 410);
    assert.equal(gone.body.error.code, 'revoked');
    assert.equal(gone.body.id, claim.assertionUrl);
    assert.equal(gone.body.revoked, true);
    assert.equal(gone.body.revocationReason, 'Issued by mistake.');

    const again = await revoke(claim.assertionUrl, { reason: 'Twice.' });
    assert.equal(again.status, 409);
    assert.equal((await revoke(`${server.base}/assertions/${randomUUID()}`, { reason: 'x' })).status, 404);
  });
});

describe('Open Badges BadgeClass and Profile', () => {
  it('describes the badge with every required BadgeClass field, ESCO alignment and tags', async () => {
    const { status, body, headers } = await request(`${server.base}/badges/${SEED.badgeId}/badgeclass`);
    assert.equal(status, 200);
    assert.match(headers.get('content-type'), /^application\/ld\+json/);
    assert.equal(body['@context'], 'https://w3id.org/openbadges/v2');
    assert.equal(body.type, 'BadgeClass');
    assert.equal(body.id, `${server.base}/badges/${SEED.badgeId}/badgeclass`);
    assert.equal(body.name, '21st-century skills strategist');
    assert.match(body.description, /^Badge earners exchanged strategies/);
    assert.equal(body.image, `${server.base}/media/badge-${SEED.badgeId}.svg`);
    assert.match(body.criteria.narrative, /to present their City of Learning strategies/);
    assert.equal(body.issuer, `${server.base}/issuers/vilnius-col`);
    assert.ok(body.alignment.length >= 3);
    for (const alignment of body.alignment) {
      assert.match(alignment.targetUrl, /^http:\/\/data\.europa\.eu\/esco\/skill\//);
      assert.equal(typeof alignment.targetName, 'string');
    }
    assert.equal(body.tags.length, 7);
    assert.equal((await request(`${server.base}/badges/nope/badgeclass`)).status, 404);
  });

  it('describes the issuer as a Profile', async () => {
    const { status, body } = await request(`${server.base}/issuers/vilnius-col`);
    assert.equal(status, 200);
    assert.equal(body['@context'], 'https://w3id.org/openbadges/v2');
    assert.equal(body.type, 'Profile');
    assert.equal(body.id, `${server.base}/issuers/vilnius-col`);
    assert.equal(body.name, 'Vilnius City of Learning');
    assert.match(body.url, /^https:\/\//);
    assert.match(body.email, /@/);
    assert.equal((await request(`${server.base}/issuers/nope`)).status, 404);
  });
});

describe('GET /badges/:id', () => {
  it('answers the badge with its tasks, checks and file limits', async () => {
    const { status, body } = await request(`${server.base}/badges/${SEED.badgeId}`);
    assert.equal(status, 200);
    assert.equal(body.name, '21st-century skills strategist');
    assert.equal(body.imageAlt, 'A round badge with a ribbon and the initials CS');
    assert.deepEqual(body.issuer, { id: 'vilnius-col', name: 'Vilnius City of Learning', url: 'https://vilnius.citiesoflearning.eu' });
    assert.equal(body.skills.length, 7);
    assert.deepEqual(
      body.tasks.map((task) => [task.id, task.no, task.kind, task.check]),
      [
        ['t1', 1, 'code', 'organiser'],
        ['t2', 2, 'file', 'organiser'],
        ['t3', 3, 'questions', 'self'],
      ],
    );
    assert.match(body.tasks[0].description, /^Participate in an activity/);
    assert.ok(body.tasks[1].accept.includes('application/pdf'));
    assert.equal(body.tasks[1].maxBytes, 5 * 1024 * 1024);
    assert.deepEqual(body.tasks[2].questions, [
      'What did you learn from exchanging Cities of Learning strategies?',
      'What next steps do you want to take to realise your strategy?',
    ]);
    assert.equal((await request(`${server.base}/badges/nope`)).status, 404);
  });

  it('seeds every task kind and every check', async () => {
    const kinds = new Set();
    const checks = new Set();
    const { body: page } = await request(`${server.base}/activities?limit=100`);
    for (const badgeId of new Set(page.items.map((activity) => activity.badgeId))) {
      const { body } = await request(`${server.base}/badges/${badgeId}`);
      for (const task of body.tasks) {
        kinds.add(task.kind);
        checks.add(task.check);
      }
    }
    assert.deepEqual([...kinds].sort(), ['code', 'file', 'questions', 'text']);
    assert.deepEqual([...checks].sort(), ['auto', 'organiser', 'peer', 'self']);
  });
});
