import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { kioskClaimUrl, kioskCode } from '../../server/kiosk.js';
import { ORGANISER_TOKENS, SEED } from '../../server/seed-data.js';
import { bearer, postClaim, postJson, request, startApi, strategistClaim } from './helpers.js';

let server;
before(async () => {
  server = await startApi({ testControls: true, codeAttempts: { max: 1, windowMs: 60_000 } });
});
after(() => server.close());

const control = (path, init) => request(`${server.base}/__test/${path}`, init);
const stats = async () => (await control('stats')).body;
const reset = () => control('reset', { method: 'POST' });
const fault = (body) => postJson(`${server.base}/__test/faults`, body);

describe('test controls', () => {
  it('are not mounted unless asked for', async () => {
    const plain = await startApi();
    try {
      assert.equal((await request(`${plain.base}/__test/stats`)).status, 404);
      assert.equal((await request(`${plain.base}/__test/reset`, { method: 'POST' })).status, 404);
    } finally {
      await plain.close();
    }
  });

  it('count requests per route pattern since the last reset, not counting themselves', async () => {
    await reset();
    await request(`${server.base}/activities/${SEED.activityId}`);
    await request(`${server.base}/activities/14501`);
    await request(`${server.base}/activities?ids=1,2`);
    await request(`${server.base}/nowhere`);
    await postClaim(server.base, strategistClaim());
    const body = await stats();
    assert.deepEqual(body.requests, {
      'GET /activities/:id': 2,
      'GET /activities': 1,
      'GET *': 1,
      'POST /claims': 1,
    });
    assert.equal(body.total, 5);
    assert.equal(body.claims, 1);
    assert.equal(body.evidence, 0);
  });

  it('show the credential headers of the last request to each route', async () => {
    await reset();
    await request(`${server.base}/badges/${SEED.badgeId}`, { headers: { Authorization: 'Bearer abc', 'X-Api-Key': 'k1' } });
    assert.deepEqual((await stats()).credentials, { 'GET /badges/:id': { authorization: 'Bearer abc', apiKey: 'k1' } });
  });

  it('reset drops claims, reseeds, and clears counters, faults and rate limits', async () => {
    await postClaim(server.base, strategistClaim({ code: 'WRONG' }));
    assert.equal((await postClaim(server.base, strategistClaim({ code: 'WRONG' }))).status, 429);
    await fault({ method: 'GET', path: '/facets', status: 503, times: 5 });
    await server.db.deleteFrom('activity_skills').where('activity_id', '=', SEED.activityId).execute();

    assert.equal((await reset()).status, 200);
    const body = await stats();
    assert.deepEqual(body, { requests: {}, total: 0, claims: 0, evidence: 0, credentials: {} });
    assert.equal((await request(`${server.base}/facets`)).status, 200);
    assert.equal((await request(`${server.base}/activities/${SEED.activityId}`)).body.skills.length, 7);
    assert.equal((await postClaim(server.base, strategistClaim({ code: 'WRONG' }))).status, 422);
    await reset();
  });

  it('answer the next matching requests with a queued fault, still counting them', async () => {
    await reset();
    assert.equal((await fault({ method: 'GET', path: '/activities/:id', status: 503, retryAfter: 2, times: 2 })).status, 201);
    const first = await request(`${server.base}/activities/${SEED.activityId}`);
    assert.equal(first.status, 503);
    assert.equal(first.headers.get('retry-after'), '2');
    assert.equal(typeof first.body.error.code, 'string');
    assert.equal((await request(`${server.base}/activities?ids=13965`)).status, 200, 'another route is not affected');
    assert.equal((await request(`${server.base}/activities/${SEED.activityId}`)).status, 503);
    assert.equal((await request(`${server.base}/activities/${SEED.activityId}`)).status, 200, 'used up');
    assert.equal((await stats()).requests['GET /activities/:id'], 3);
  });

  it('send a raw body for malformed-response tests, delay, and match any route with *', async () => {
    await fault({ method: 'GET', path: '*', status: 200, body: '{"items": [', times: 1 });
    const raw = await request(`${server.base}/facets`);
    assert.equal(raw.status, 200);
    assert.equal(raw.text, '{"items": [');

    await fault({ method: '*', path: '/badges/:id', status: 200, delayMs: 150, times: 1 });
    const started = Date.now();
    const delayed = await request(`${server.base}/badges/${SEED.badgeId}`);
    assert.ok(Date.now() - started >= 140);
    assert.equal(delayed.status, 200, 'a delay-only fault then answers normally');
    assert.equal(delayed.body.id, SEED.badgeId);

    await fault({ method: 'POST', path: '/claims', status: 500, times: 3 });
    assert.equal((await control('faults', { method: 'DELETE' })).status, 200);
    assert.equal((await postClaim(server.base, strategistClaim())).status, 201, 'cleared');
  });

  it('validate a fault', async () => {
    const { status, body } = await fault({ method: 'GET', path: '/facets', status: 99 });
    assert.equal(status, 422);
    assert.equal(body.error.field, 'status');
    assert.equal((await fault({ method: 'GET', path: '/facets', status: 500, body: 42 })).status, 422);
  });

  it('fake the clock: stop it at a time, move it on, and give it back', async () => {
    const kiosk = async () =>
      (await request(`${server.base}/badges/${SEED.badgeId}/kiosk`, { headers: bearer(ORGANISER_TOKENS['vilnius-col']) })).body;
    const clock = (body) => postJson(`${server.base}/__test/clock`, body);
    assert.deepEqual((await clock({ now: '2026-12-04T12:00:05.000Z' })).body, { now: '2026-12-04T12:00:05.000Z', frozen: true });
    const first = await kiosk();
    assert.equal(first.now, '2026-12-04T12:00:05.000Z');
    assert.equal(first.validUntil, '2026-12-04T12:00:30.000Z');
    assert.equal((await clock({ advanceMs: 60_000 })).body.now, '2026-12-04T12:01:05.000Z');
    const expired = await postClaim(server.base, strategistClaim({ code: first.code }));
    assert.equal(expired.body.error.code, 'code_expired');

    const real = await control('clock', { method: 'DELETE' });
    assert.equal(real.body.frozen, false);
    assert.ok(Math.abs(Date.parse(real.body.now) - Date.now()) < 5000);
    // Moved on while running: real time plus the offset, until a reset.
    const ahead = await clock({ advanceMs: 3_600_000 });
    assert.equal(ahead.body.frozen, false);
    assert.ok(Date.parse(ahead.body.now) - Date.now() > 3_500_000);
    await reset();
    assert.ok(Math.abs(Date.parse((await kiosk()).now) - Date.now()) < 5000);

    for (const body of [{ now: 'yesterday' }, { now: 42 }, { advanceMs: -1 }]) assert.equal((await clock(body)).status, 422, JSON.stringify(body));
    assert.equal((await clock({})).status, 400);
  });

  it('set the kiosk secret, so that the code a kiosk shows at a moment is known beforehand, until a reset', async () => {
    await reset();
    const secret = Buffer.alloc(32, 7);
    const now = '2026-12-04T12:00:05.000Z';
    const expected = kioskCode(secret, SEED.badgeId, 30, Date.parse(now));
    const kiosk = async () =>
      (await request(`${server.base}/badges/${SEED.badgeId}/kiosk`, { headers: bearer(ORGANISER_TOKENS['vilnius-col']) })).body;
    await postJson(`${server.base}/__test/clock`, { now });
    const set = await postJson(`${server.base}/__test/kiosk-secret`, { secret: secret.toString('base64') });
    assert.equal(set.status, 200);
    assert.deepEqual(set.body, { set: true });
    const shown = await kiosk();
    assert.equal(shown.code, expected);
    assert.equal(shown.url, kioskClaimUrl(server.base, { code: expected, badgeId: SEED.badgeId, activityId: SEED.activityId }));
    assert.equal((await postClaim(server.base, strategistClaim({ code: expected }))).status, 201);

    // A reset makes a new secret: the same moment shows another code.
    await reset();
    await postJson(`${server.base}/__test/clock`, { now });
    assert.notEqual((await kiosk()).code, expected);

    for (const body of [{}, { secret: 42 }, { secret: Buffer.alloc(15).toString('base64') }, { secret: 'not base64!' }]) {
      const refused = await postJson(`${server.base}/__test/kiosk-secret`, body);
      assert.equal(refused.status, 422, JSON.stringify(body));
      assert.equal(refused.body.error.code, 'secret_invalid');
    }
  });
});
