// The kiosk's rotating codes: a code for one badge and one period, accepted in that period and
// the next, refused as expired after that, never derivable without the server's secret, guessed
// only as fast as the rate limit allows, and claimed once per e-mail address.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { ORGANISER_TOKENS, SEED } from '../../server/seed-data.js';
import { bearer, organiser, postClaim, postJson, request, startApi, strategistClaim } from './helpers.js';

const VILNIUS = bearer(ORGANISER_TOKENS['vilnius-col']);
const TURIN = bearer(ORGANISER_TOKENS['turin-metro']);

/** The server's clock, moved by the tests: a period of 30 s starts at every multiple of 30 000 ms. */
let clock = 0;
const PERIOD_START = Date.parse('2026-12-04T12:00:00.000Z');

let server;
before(async () => {
  // Refused codes count against the test's one address: enough for this file's deliberate ones.
  server = await startApi({ now: () => clock, codeAttempts: { max: 100, windowMs: 60_000 } });
});
after(() => server.close());
beforeEach(() => {
  clock = PERIOD_START + 1000;
});

const kiosk = (query = '', headers = VILNIUS, badge = SEED.badgeId) => request(`${server.base}/badges/${badge}/kiosk${query}`, { headers });
let person = 0;
/** A claim of strategist-2022 with `code`, by a new person each time unless `email` is given. */
const claimWith = (code, email = `visitor${++person}@example.org`) =>
  postClaim(server.base, strategistClaim({ code, recipient: { name: `Visitor ${person}`, email } }));

describe('GET /badges/:id/kiosk', () => {
  it('answers the current code, its claim URL, when it changes and the server time', async () => {
    const { status, body } = await kiosk();
    assert.equal(status, 200);
    assert.equal(body.badgeId, SEED.badgeId);
    assert.equal(body.period, 30);
    assert.match(body.code, /^30-\d{4}-[0-9A-Z]{8}$/);
    assert.equal(body.validUntil, '2026-12-04T12:00:30.000Z');
    assert.equal(body.now, '2026-12-04T12:00:01.000Z');
    const url = new URL(body.url);
    assert.equal(url.origin, server.origin);
    assert.equal(url.pathname, '/activity.html');
    assert.equal(url.searchParams.get('id'), SEED.activityId);
    assert.equal(url.searchParams.get('code'), body.code);
    // The same code all period long, and another in the next one.
    clock = PERIOD_START + 29_999;
    assert.equal((await kiosk()).body.code, body.code);
    clock = PERIOD_START + 30_000;
    const next = (await kiosk()).body;
    assert.notEqual(next.code, body.code);
    assert.equal(next.validUntil, '2026-12-04T12:01:00.000Z');
  });

  it('takes a period from 10 to 3600 seconds, and a claim URL template', async () => {
    const { body } = await kiosk('?period=600');
    assert.match(body.code, /^600-\d{4}-/);
    assert.equal(body.validUntil, '2026-12-04T12:10:00.000Z');
    for (const bad of ['9', '3601', 'abc', '30.5', '-30']) {
      const { status, body: error } = await kiosk(`?period=${bad}`);
      assert.equal(status, 400, bad);
      assert.equal(error.error.code, 'invalid_period');
      assert.equal(error.error.field, 'period');
    }
    const templated = await startApi({ claimUrl: 'https://city.example/claim?badge={badgeId}&code={code}' });
    try {
      const answer = await request(`${templated.base}/badges/${SEED.badgeId}/kiosk`, { headers: organiser });
      assert.equal(answer.body.url, `https://city.example/claim?badge=${SEED.badgeId}&code=${answer.body.code}`);
    } finally {
      await templated.close();
    }
  });

  it('is for the badge’s own organiser: 401 without a token, 403 for another city, 404 for no badge', async () => {
    assert.equal((await kiosk('', {})).status, 401);
    const other = await kiosk('', TURIN);
    assert.equal(other.status, 403);
    assert.equal(other.body.error.code, 'forbidden');
    assert.equal((await kiosk('', bearer('not-a-token'))).status, 403);
    assert.equal((await kiosk('', organiser)).status, 200, 'a server-wide token acts for every organiser');
    assert.equal((await kiosk('', TURIN, 'competenze-digitali')).status, 200);
    assert.equal((await kiosk('', VILNIUS, 'no-such-badge')).status, 404);
  });

  it('refuses a badge without a code task (409)', async () => {
    const { status, body } = await kiosk('', VILNIUS, SEED.instantBadgeId);
    assert.equal(status, 409);
    assert.equal(body.error.code, 'no_code_task');
  });
});

describe('claiming with a kiosk code', () => {
  it('accepts the current and the previous period’s code, and refuses an older one as expired', async () => {
    const { code } = (await kiosk()).body;
    const now = await claimWith(code);
    assert.equal(now.status, 201);
    assert.equal(now.body.status, 'pending-review', 'the code task is met; the file task waits for the organiser');

    // The last moment of the next period: still accepted.
    clock = PERIOD_START + 59_999;
    assert.equal((await claimWith(code)).status, 201);

    // Two periods on: a photo of the screen no longer works.
    clock = PERIOD_START + 60_000;
    const late = await claimWith(code);
    assert.equal(late.status, 422);
    assert.equal(late.body.error.code, 'code_expired');
    assert.equal(late.body.error.field, 'code');
    assert.match(late.body.error.message, /scan the code on the screen/i);
    // Much later too (a code replayed days after the event).
    clock = PERIOD_START + 3 * 24 * 3600 * 1000;
    assert.equal((await claimWith(code)).body.error.code, 'code_expired');
  });

  it('counts the kiosk’s claims', async () => {
    clock = PERIOD_START + 10 * 60_000;
    const before = (await kiosk()).body;
    assert.equal((await claimWith(before.code)).status, 201);
    assert.equal((await claimWith(before.code)).status, 201);
    assert.equal((await postClaim(server.base, strategistClaim())).status, 201, 'a claim without the kiosk is not counted');
    assert.equal((await kiosk()).body.claimed, before.claimed + 2);
  });

  it('gives the badge once per e-mail address, whatever its case', async () => {
    clock = PERIOD_START + 20 * 60_000;
    const { code } = (await kiosk()).body;
    assert.equal((await claimWith(code, 'once@example.org')).status, 201);
    const again = await claimWith(code, 'ONCE@example.org');
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'already_claimed');
    // At the same moment from two phones: one claim.
    const racing = await Promise.all([claimWith(code, 'twice@example.org'), claimWith(code, 'twice@example.org')]);
    assert.deepEqual(racing.map(({ status }) => status).sort(), [201, 409]);
    // A rejected claim no longer counts: that person may claim again.
    const rejected = await claimWith(code, 'rejected@example.org');
    const decision = await postJson(`${server.base}/claims/${rejected.body.id}/review`, { decision: 'reject', comment: 'Wrong file.' }, VILNIUS);
    assert.equal(decision.status, 200);
    assert.equal((await claimWith(code, 'rejected@example.org')).status, 201);
    // A retry of the same request is its replay, not a second claim.
    const body = strategistClaim({ code, recipient: { name: 'Retry', email: 'retry@example.org' } });
    const first = await postClaim(server.base, body, 'kiosk-retry');
    const retried = await postClaim(server.base, body, 'kiosk-retry');
    assert.equal(first.status, 201);
    assert.equal(retried.status, 200);
    assert.equal(retried.body.id, first.body.id);
  });

  it('takes a code typed in lower case, or with O for 0 and I or L for 1', async () => {
    clock = PERIOD_START + 30 * 60_000;
    // Look for a period whose code shows a 0 or a 1 in its last part.
    let code;
    for (let step = 0; !code; step++) {
      clock = PERIOD_START + 30 * 60_000 + step * 30_000;
      const shown = (await kiosk()).body.code;
      if (/[01]/.test(shown.split('-')[2])) code = shown;
    }
    const [period, sequence, mac] = code.split('-');
    const typed = `${period}-${sequence}-${mac.replace(/0/g, 'o').replace(/1/g, 'l')}`.toLowerCase();
    assert.equal((await claimWith(typed)).status, 201);
  });

  it('cannot be made without the server’s secret: another server shows other codes', async () => {
    const other = await startApi({ now: () => clock });
    try {
      const theirs = (await request(`${other.base}/badges/${SEED.badgeId}/kiosk`, { headers: organiser })).body.code;
      const ours = (await kiosk()).body.code;
      assert.equal(theirs.split('-')[1], ours.split('-')[1], 'same period');
      assert.notEqual(theirs, ours);
      const forged = await claimWith(theirs);
      assert.equal(forged.status, 422);
      assert.equal(forged.body.error.code, 'code_invalid');
    } finally {
      await other.close();
    }
  });

  it('refuses another badge’s code and a changed code as invalid', async () => {
    clock = PERIOD_START + 40 * 60_000;
    const visit = (await kiosk('', VILNIUS, 'vilnius-study-visit-2022')).body.code;
    assert.equal((await claimWith(visit)).body.error.code, 'code_invalid');
    const { code } = (await kiosk()).body;
    const last = code.at(-1) === 'A' ? 'B' : 'A';
    assert.equal((await claimWith(`${code.slice(0, -1)}${last}`)).body.error.code, 'code_invalid');
    assert.equal((await claimWith(code.replace(/^30-/, '5-'))).body.error.code, 'code_invalid');
  });
});

describe('guessing kiosk codes', () => {
  it('is rate-limited like any code: wrong and expired codes count, then 429', async () => {
    const limited = await startApi({ now: () => clock, codeAttempts: { max: 3, windowMs: 60_000 } });
    try {
      const post = (code) =>
        postClaim(limited.base, strategistClaim({ code, recipient: { name: 'Guess', email: 'guess@example.org' } }));
      const { code } = (await request(`${limited.base}/badges/${SEED.badgeId}/kiosk`, { headers: organiser })).body;
      clock += 60_000;
      assert.equal((await post(code)).body.error.code, 'code_expired');
      assert.equal((await post('30-0000-AAAAAAAA')).body.error.code, 'code_invalid');
      assert.equal((await post('30-0001-AAAAAAAA')).body.error.code, 'code_invalid');
      const blocked = await post('30-0002-AAAAAAAA');
      assert.equal(blocked.status, 429);
      assert.equal(blocked.body.error.code, 'rate_limited');
      assert.ok(Number(blocked.headers.get('retry-after')) > 0);
    } finally {
      await limited.close();
    }
  });
});
