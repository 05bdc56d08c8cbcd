// Exactly-once under concurrency, on whichever database the suites run against: requests that
// arrive at the same instant are decided by the database's constraints, not by timing.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { CODES } from '../../server/seed-data.js';
import { organiser, postClaim, postJson, request, startApi, strategistClaim, webinarClaim } from './helpers.js';

let server;
before(async () => {
  server = await startApi({ codeAttempts: { max: 100, windowMs: 60_000 } });
});
after(() => server.close());

const statuses = (responses) => responses.map((response) => response.status).sort();

describe('claims at the same instant', () => {
  it('two claims with one idempotency key store one claim, and both get it', async () => {
    const key = randomUUID();
    const body = webinarClaim({ recipient: { name: 'Twice', email: 'twice@example.org' } });
    const answers = await Promise.all([postClaim(server.base, body, key), postClaim(server.base, body, key)]);
    assert.deepEqual(statuses(answers), [200, 201]);
    assert.equal(answers[0].body.id, answers[1].body.id);
    assert.equal(answers[0].body.token, answers[1].body.token);
    const stored = await server.db.selectFrom('claims').select('id').where('idempotency_key', '=', key).execute();
    assert.equal(stored.length, 1);
    assert.equal((await server.db.selectFrom('assertions').select('id').where('claim_id', '=', stored[0].id).execute()).length, 1);
  });

  it('fifty different claims issued at the same instant are all issued, each with its own place in the status list', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => postClaim(server.base, webinarClaim({ recipient: { name: `Guest ${i}`, email: `guest${i}@example.org` } }))),
    );
    assert.deepEqual(statuses(answers), Array(50).fill(201));
    assert.ok(answers.every((answer) => answer.body.status === 'issued'));
    const ids = answers.map((answer) => answer.body.id);
    const entries = await server.db.selectFrom('claims').select('status_index').where('id', 'in', ids).execute();
    assert.equal(new Set(entries.map((entry) => entry.status_index)).size, 50);
  });

  it('a single-use code raced by ten requests is won by exactly one', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        postClaim(server.base, webinarClaim({ code: CODES.webinarSingleUse, recipient: { name: `Racer ${i}`, email: `racer${i}@example.org` } })),
      ),
    );
    assert.deepEqual(statuses(answers), [201, ...Array(9).fill(422)]);
    const winner = answers.find((answer) => answer.status === 201);
    assert.equal(winner.body.status, 'issued');
    for (const loser of answers.filter((answer) => answer.status === 422)) assert.equal(loser.body.error.code, 'code_used');
    const code = await server.db.selectFrom('claim_codes').select('used_by').where('code', '=', CODES.webinarSingleUse).executeTakeFirstOrThrow();
    assert.equal(code.used_by, winner.body.id);
    const claims = await server.db.selectFrom('claims').select('id').where('code', '=', CODES.webinarSingleUse).execute();
    assert.deepEqual(claims, [{ id: winner.body.id }], 'the losers left no claim behind');
  });

  it('two organisers deciding one claim at once: one decision, one assertion', async () => {
    const created = await postClaim(server.base, strategistClaim());
    assert.equal(created.body.status, 'pending-review');
    const review = (decision) => postJson(`${server.base}/claims/${created.body.id}/review`, { decision, reason: 'At once.' }, organiser);
    const answers = await Promise.all([review('approve'), review('reject')]);
    assert.deepEqual(statuses(answers), [200, 409]);
    assert.equal(answers.find((answer) => answer.status === 409).body.error.code, 'claim_decided');
    const assertions = await server.db.selectFrom('assertions').select('id').where('claim_id', '=', created.body.id).execute();
    const decided = answers.find((answer) => answer.status === 200).body.status;
    assert.equal(assertions.length, decided === 'issued' ? 1 : 0);
  });

  it('two revocations at once: one revokes, the other is told it is already revoked', async () => {
    const created = await postClaim(server.base, webinarClaim({ recipient: { name: 'Revoked', email: 'revoked@example.org' } }));
    const revoke = (reason) => postJson(`${created.body.assertionUrl}/revoke`, { reason }, organiser);
    const answers = await Promise.all([revoke('First'), revoke('Second')]);
    assert.deepEqual(statuses(answers), [200, 409]);
    const winner = answers.find((answer) => answer.status === 200).body.revocationReason;
    assert.equal((await request(created.body.assertionUrl)).body.revocationReason, winner);
  });
});
