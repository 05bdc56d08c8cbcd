import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { count } from '../../server/db.js';
import { CODES, SEED } from '../../server/seed-data.js';
import { bearer, postClaim, postJson, request, startApi, strategistClaim, webinarClaim } from './helpers.js';

let server;
before(async () => {
  server = await startApi({ codeAttempts: { max: 50, windowMs: 60_000 } });
});
after(() => server.close());

const claimRows = () => count(server.db, 'claims');

/** Asserts a 422 with the given code and field. */
function assertInvalid({ status, body }, code, field) {
  assert.equal(status, 422, JSON.stringify(body));
  assert.equal(body.error.code, code);
  assert.equal(body.error.field, field);
  assert.equal(typeof body.error.message, 'string');
}

describe('POST /claims', () => {
  it('issues at once when a valid code and self checks meet every task', async () => {
    const { status, body } = await postClaim(server.base, webinarClaim());
    assert.equal(status, 201);
    assert.equal(body.badgeId, SEED.webinarBadgeId);
    assert.equal(body.status, 'issued');
    assert.match(body.token, /^[\w-]{40,}$/);
    assert.match(body.assertionUrl, new RegExp(`^${server.base}/assertions/`));
    assert.ok(!Number.isNaN(Date.parse(body.createdAt)));
  });

  it('issues at once without a code when every task is self-checked', async () => {
    const { status, body } = await postClaim(server.base, {
      badgeId: SEED.instantBadgeId,
      recipient: { name: 'Petras', email: 'petras@example.org' },
      consent: true,
      answers: { t1: ['Kaip saugiai naudotis e. valdžios paslaugomis.'] },
    });
    assert.equal(status, 201);
    assert.equal(body.status, 'issued');
  });

  it('waits for review when a task needs the organiser, even with a valid code', async () => {
    const withCode = await postClaim(server.base, strategistClaim({ code: CODES.multiUse }));
    assert.equal(withCode.status, 201);
    assert.equal(withCode.body.status, 'pending-review');
    assert.equal(withCode.body.assertionUrl, undefined);
    const withoutCode = await postClaim(server.base, strategistClaim());
    assert.equal(withoutCode.body.status, 'pending-review');
    const webinarWithoutCode = await postClaim(server.base, webinarClaim({ code: undefined }));
    assert.equal(webinarWithoutCode.body.status, 'pending-review', 'a code task without a code is left to the organiser');
  });

  it('accepts codes in any case and with spaces around them', async () => {
    const { status, body } = await postClaim(server.base, webinarClaim({ code: `  ${CODES.webinarMultiUse.toLowerCase()} ` }));
    assert.equal(status, 201);
    assert.equal(body.status, 'issued');
  });

  it('needs an Idempotency-Key of 1 to 200 characters', async () => {
    const missing = await postJson(`${server.base}/claims`, webinarClaim());
    assert.equal(missing.status, 400);
    assert.equal(missing.body.error.code, 'idempotency_key_required');
    const tooLong = await postClaim(server.base, webinarClaim(), 'k'.repeat(201));
    assert.equal(tooLong.status, 400);
    assert.equal(tooLong.body.error.code, 'invalid_idempotency_key');
  });

  it('replays the same claim for the same key and body, and refuses the key with another body', async () => {
    const key = randomUUID();
    const rowsBefore = await claimRows();
    const first = await postClaim(server.base, webinarClaim(), key);
    // Same content with keys in another order is the same body.
    const { answers, ...rest } = webinarClaim();
    const replay = await postClaim(server.base, { answers, ...rest }, key);
    assert.equal(first.status, 201);
    assert.equal(replay.status, 200);
    assert.deepEqual(replay.body, first.body);
    assert.equal(await claimRows(), rowsBefore + 1);

    const conflict = await postClaim(server.base, webinarClaim({ recipient: { name: 'Someone else', email: 'else@example.org' } }), key);
    assert.equal(conflict.status, 409);
    assert.equal(conflict.body.error.code, 'idempotency_conflict');
    assert.equal(await claimRows(), rowsBefore + 1);
  });

  it('answers each code problem with its own code on the code field', async () => {
    assertInvalid(await postClaim(server.base, strategistClaim({ code: 'NO-SUCH-CODE' })), 'code_invalid', 'code');
    assertInvalid(await postClaim(server.base, strategistClaim({ code: CODES.expired })), 'code_expired', 'code');
    assertInvalid(await postClaim(server.base, strategistClaim({ code: CODES.notYetValid })), 'code_not_yet_valid', 'code');
    assertInvalid(await postClaim(server.base, strategistClaim({ code: CODES.webinarMultiUse })), 'code_wrong_badge', 'code');
    assertInvalid(await postClaim(server.base, strategistClaim({ code: 42 })), 'code_invalid', 'code');
  });

  it('takes a single-use code once', async () => {
    const first = await postClaim(server.base, webinarClaim({ code: CODES.webinarSingleUse }));
    assert.equal(first.status, 201);
    assert.equal(first.body.status, 'issued');
    const second = await postClaim(server.base, webinarClaim({ code: CODES.webinarSingleUse, recipient: { name: 'B', email: 'b@example.org' } }));
    assertInvalid(second, 'code_used', 'code');
    const multi = await postClaim(server.base, webinarClaim({ recipient: { name: 'C', email: 'c@example.org' } }));
    assert.equal(multi.status, 201, 'a multi-use code keeps working');
  });

  it('validates the badge, recipient, consent and answers', async () => {
    assertInvalid(await postClaim(server.base, strategistClaim({ badgeId: 'no-such-badge' })), 'badge_unknown', 'badgeId');
    assertInvalid(await postClaim(server.base, strategistClaim({ badgeId: undefined })), 'badge_unknown', 'badgeId');
    assertInvalid(await postClaim(server.base, strategistClaim({ consent: false })), 'consent_required', 'consent');
    assertInvalid(await postClaim(server.base, strategistClaim({ consent: 'yes' })), 'consent_required', 'consent');
    for (const email of ['not-an-email', 'a@b', '', 'two@@example.org', 'x'.repeat(250) + '@example.org']) {
      assertInvalid(await postClaim(server.base, strategistClaim({ recipient: { name: 'A', email } })), 'email_invalid', 'recipient.email');
    }
    assertInvalid(await postClaim(server.base, strategistClaim({ recipient: { name: '  ', email: 'a@example.org' } })), 'name_invalid', 'recipient.name');
    assertInvalid(await postClaim(server.base, strategistClaim({ recipient: 'me' })), 'recipient_invalid', 'recipient');
    assertInvalid(await postClaim(server.base, []), 'invalid_body', undefined);
  });

  it('refuses answers for tasks that take none, and missing or malformed answers', async () => {
    assertInvalid(await postClaim(server.base, strategistClaim({ answers: { t3: ['a', 'b'], t1: ['x'] } })), 'answers_invalid', 'answers.t1');
    assertInvalid(await postClaim(server.base, strategistClaim({ answers: { t3: ['a', 'b'], t9: ['x'] } })), 'answers_invalid', 'answers.t9');
    assertInvalid(await postClaim(server.base, strategistClaim({ answers: { t3: ['only one'] } })), 'answers_invalid', 'answers.t3');
    assertInvalid(await postClaim(server.base, strategistClaim({ answers: { t3: 'a and b' } })), 'answers_invalid', 'answers.t3');
    assertInvalid(await postClaim(server.base, strategistClaim({ answers: { t3: ['a', ' '] } })), 'answer_required', 'answers.t3');
    assertInvalid(await postClaim(server.base, strategistClaim({ answers: undefined })), 'answer_required', 'answers.t3');
    assertInvalid(await postClaim(server.base, strategistClaim({ answers: { t3: ['a', 'b'.repeat(5001)] } })), 'answer_too_long', 'answers.t3');
    assertInvalid(await postClaim(server.base, strategistClaim({ answers: ['a'] })), 'answers_invalid', 'answers');
  });

  it('stores no claim for a refused request', async () => {
    const rowsBefore = await claimRows();
    await postClaim(server.base, strategistClaim({ consent: false }));
    await postClaim(server.base, strategistClaim({ code: 'WRONG' }));
    assert.equal(await claimRows(), rowsBefore);
  });
});

describe('GET /claims/:id', () => {
  it('answers the claim, without its token, to the holder of its token', async () => {
    const created = (await postClaim(server.base, strategistClaim())).body;
    const { status, body } = await request(`${server.base}/claims/${created.id}`, { headers: bearer(created.token) });
    assert.equal(status, 200);
    const { token, ...withoutToken } = created;
    assert.deepEqual(body, withoutToken);
    assert.equal(body.token, undefined);
  });

  it('answers 401 without a token, 403 with a wrong one, 404 for an unknown claim', async () => {
    const created = (await postClaim(server.base, strategistClaim())).body;
    const other = (await postClaim(server.base, strategistClaim())).body;
    const missing = await request(`${server.base}/claims/${created.id}`);
    assert.equal(missing.status, 401);
    assert.equal(missing.body.error.code, 'unauthorized');
    assert.equal(missing.headers.get('www-authenticate'), 'Bearer');
    const wrong = await request(`${server.base}/claims/${created.id}`, { headers: bearer(other.token) });
    assert.equal(wrong.status, 403);
    assert.equal(wrong.body.error.code, 'forbidden');
    assert.equal((await request(`${server.base}/claims/${created.id}`, { headers: { Authorization: 'Basic abc' } })).status, 401);
    const unknown = await request(`${server.base}/claims/${randomUUID()}`, { headers: bearer(created.token) });
    assert.equal(unknown.status, 404);
  });
});

describe('claim code rate limit', () => {
  it('answers 429 with Retry-After once an address has used up its failed attempts', async () => {
    const limited = await startApi({ codeAttempts: { max: 3, windowMs: 60_000 } });
    try {
      for (let i = 0; i < 3; i++) {
        assertInvalid(await postClaim(limited.base, strategistClaim({ code: `GUESS-${i}` })), 'code_invalid', 'code');
      }
      const blocked = await postClaim(limited.base, webinarClaim());
      assert.equal(blocked.status, 429);
      assert.equal(blocked.body.error.code, 'rate_limited');
      const retryAfter = Number(blocked.headers.get('retry-after'));
      assert.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After ${retryAfter}`);
      // Claims without a code are not guessing, so they still go through.
      assert.equal((await postClaim(limited.base, strategistClaim())).status, 201);
      // X-Forwarded-For is not trusted to pick another address.
      const spoofed = await postJson(`${limited.base}/claims`, webinarClaim(), { 'Idempotency-Key': randomUUID(), 'X-Forwarded-For': '203.0.113.9' });
      assert.equal(spoofed.status, 429);
    } finally {
      await limited.close();
    }
  });
});
