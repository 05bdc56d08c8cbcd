import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SEED, activities as seedActivities, badges as seedBadges, organisations, playlists as seedPlaylists } from '../../server/seed-data.js';
import { organiser, postClaim, postJson, request, startApi, strategistClaim, webinarClaim } from './helpers.js';

let server;
before(async () => {
  server = await startApi();
});
after(() => server.close());

const get = (path) => request(`${server.base}${path}`);

/** Every playlist of a list query, following nextCursor to the end. */
async function allPages(query) {
  const items = [];
  let cursor = null;
  let pages = 0;
  do {
    const { status, body } = await get(`/playlists?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    assert.equal(status, 200);
    items.push(...body.items);
    cursor = body.nextCursor;
    pages++;
  } while (cursor);
  return { items, pages };
}

describe('GET /playlists/:id', () => {
  it('answers the learning path that holds the Vilnius activity, with its steps in order', async () => {
    const { status, body } = await get(`/playlists/${SEED.playlistId}`);
    assert.equal(status, 200);
    assert.equal(body.name, 'Learning city strategist');
    assert.equal(body.organiser.id, 'vilnius-col');
    assert.equal(body.organiser.name, 'Vilnius City of Learning');
    assert.equal(body.badgeId, 'path-city-strategist');
    assert.equal(body.imageUrl, `${server.base}/media/cover-vilnius.svg`);
    assert.ok(body.imageAlt);
    assert.equal(body.optionalNeeded, 1);
    assert.equal(body.language, 'en');
    assert.deepEqual(body.steps, [
      { activityId: '13958', badgeId: 'vilnius-study-visit-2022', required: false },
      { activityId: SEED.activityId, badgeId: SEED.badgeId, required: true },
      { activityId: SEED.webinarActivityId, badgeId: SEED.webinarBadgeId, required: true },
      { activityId: '14210', badgeId: SEED.instantBadgeId, required: false },
    ]);
  });

  it('answers 404 for an unknown playlist', async () => {
    const { status, body } = await get('/playlists/no-such-path');
    assert.equal(status, 404);
    assert.equal(body.error.code, 'not_found');
  });
});

describe('GET /playlists', () => {
  it('lists the playlists that hold an activity', async () => {
    const { status, body } = await get(`/playlists?activity=${SEED.activityId}`);
    assert.equal(status, 200);
    assert.deepEqual(body.items.map((playlist) => playlist.id), [SEED.playlistId]);
    assert.equal(body.nextCursor, null);
    const shared = await get(`/playlists?activity=${SEED.webinarActivityId}`);
    assert.deepEqual(shared.body.items.map((playlist) => playlist.id), [SEED.playlistId, 'torino-digitale']);
  });

  it('lists the playlists with a step that a badge proves', async () => {
    const { body } = await get(`/playlists?badge=${SEED.instantBadgeId}`);
    assert.deepEqual(body.items.map((playlist) => playlist.id), [SEED.playlistId, 'jaunimo-vasara']);
    assert.deepEqual((await get('/playlists?badge=path-city-strategist')).body.items, []);
  });

  it('lists an organiser’s playlists, and none for an activity in no playlist', async () => {
    const vilnius = await get('/playlists?organiser=vilnius-col');
    assert.deepEqual(vilnius.body.items.map((playlist) => playlist.id), ['city-strategist', 'jaunimo-vasara']);
    const none = await get('/playlists?activity=13965-not-there');
    assert.deepEqual(none.body, { items: [], nextCursor: null });
  });

  it('pages through every playlist with a cursor, in the curated order, each once', async () => {
    const { items, pages } = await allPages('limit=2');
    assert.deepEqual(items.map((playlist) => playlist.id), seedPlaylists.map((playlist) => playlist.id));
    assert.equal(pages, Math.ceil(seedPlaylists.length / 2));
  });

  it('refuses a cursor made for other filters, a bad limit and an overlong filter', async () => {
    const first = await get('/playlists?limit=1');
    const other = await get(`/playlists?limit=1&organiser=vilnius-col&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    assert.equal(other.status, 400);
    assert.equal(other.body.error.code, 'invalid_cursor');
    assert.equal((await get('/playlists?limit=0')).body.error.code, 'invalid_limit');
    assert.equal((await get(`/playlists?activity=${'x'.repeat(201)}`)).body.error.code, 'invalid_activity');
  });

  it('reads a batch by ids in the order asked, unknown ids left out', async () => {
    const { status, body } = await get('/playlists?ids=cluj-civic,nope,city-strategist,cluj-civic');
    assert.equal(status, 200);
    assert.deepEqual(body.items.map((playlist) => playlist.id), ['cluj-civic', 'city-strategist']);
    assert.equal('nextCursor' in body, false);
    const bad = await get('/playlists?ids=,');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'invalid_ids');
  });
});

describe('seed playlists', () => {
  it('agree with every activity’s playlistCount', async () => {
    for (const activity of seedActivities) {
      const [{ body: read }, { items }] = await Promise.all([get(`/activities/${activity.id}`), allPages(`activity=${activity.id}`)]);
      assert.equal(read.playlistCount, items.length, `activity ${activity.id}`);
    }
    assert.equal((await get(`/activities/${SEED.activityId}`)).body.playlistCount, 1);
  });

  it('span several cities and languages, with steps that their activities’ badges prove', async () => {
    const { items } = await allPages('limit=100');
    assert.ok(new Set(items.map((playlist) => playlist.organiser.id)).size >= 5);
    assert.ok(new Set(items.map((playlist) => playlist.language)).size >= 4);
    const badgeIds = new Set(seedBadges.map((badge) => badge.id));
    const organiserIds = new Set(organisations.map((o) => o.id));
    for (const playlist of items) {
      assert.ok(badgeIds.has(playlist.badgeId), playlist.id);
      assert.ok(organiserIds.has(playlist.organiser.id), playlist.id);
      const optional = playlist.steps.filter((step) => !step.required).length;
      assert.ok(playlist.optionalNeeded <= optional, `${playlist.id} cannot be completed`);
      assert.ok(playlist.steps.some((step) => step.required), playlist.id);
      for (const step of playlist.steps) {
        assert.equal(step.badgeId, seedActivities.find((activity) => activity.id === step.activityId)?.badgeId, `${playlist.id} ${step.activityId}`);
      }
    }
    // Each path has its own badge, proven by its steps only.
    assert.equal(new Set(items.map((playlist) => playlist.badgeId)).size, items.length);
    const pathBadge = await get(`/badges/${items[0].badgeId}`);
    assert.deepEqual(pathBadge.body.tasks, []);
  });
});

describe('claiming a learning path’s badge with proofClaims', () => {
  const visitor = { name: 'Rūta Petrauskienė', email: 'ruta@example.org' };

  /** An issued claim of `visitor` (or `recipient`) for a step's badge, as `{ claimId, token }`. */
  async function issued(which, recipient = visitor) {
    const bodies = {
      webinar: webinarClaim({ recipient }),
      strategist: strategistClaim({ recipient }),
      digital: { badgeId: SEED.instantBadgeId, recipient, consent: true, answers: { t1: ['Video calls with my family.'] } },
      reader: { badgeId: 'young-reader', recipient, consent: true, answers: { t1: ['Two novels.', 'The first one: it is set in Vilnius.'] } },
    };
    const created = await postClaim(server.base, bodies[which]);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    if (created.body.status === 'pending-review') {
      const approved = await postJson(`${server.base}/claims/${created.body.id}/review`, { decision: 'approve' }, organiser);
      assert.equal(approved.body.status, 'issued');
    }
    return { claimId: created.body.id, token: created.body.token };
  }

  const pathClaim = (proofClaims, badgeId = 'path-city-strategist', recipient = visitor) =>
    postClaim(server.base, { badgeId, recipient, consent: true, proofClaims });

  /** Asserts the claim was refused as incomplete; answers the error. */
  function incomplete(answer) {
    assert.equal(answer.status, 422, JSON.stringify(answer.body));
    assert.equal(answer.body.error.code, 'playlist_incomplete');
    assert.equal(answer.body.error.field, 'proofClaims');
    return answer.body.error;
  }

  let webinar;
  let strategist;
  let digital;
  before(async () => {
    [webinar, strategist, digital] = [await issued('webinar'), await issued('strategist'), await issued('digital')];
  });

  it('issues the path’s badge when the required and enough optional steps are proven', async () => {
    const answer = await pathClaim([webinar, strategist, digital]);
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.equal(answer.body.badgeId, 'path-city-strategist');
    assert.equal(answer.body.status, 'issued');
    assert.ok(answer.body.assertionUrl);
  });

  it('lists every step as missing when no proof is sent', async () => {
    const error = incomplete(await pathClaim(undefined));
    assert.match(error.message, /2 required steps and 1 more optional step/);
    assert.deepEqual(error.missing.map((step) => [step.activityId, step.required]), [
      [SEED.activityId, true],
      [SEED.webinarActivityId, true],
      ['13958', false],
      ['14210', false],
    ]);
    assert.equal(error.optionalMissing, 1);
    assert.deepEqual(error.refused, []);
  });

  it('does not count a claim sent with a wrong token, or an unknown claim', async () => {
    const error = incomplete(await pathClaim([webinar, { ...strategist, token: `${strategist.token}x` }, digital, { claimId: 'nope', token: 'x' }]));
    assert.deepEqual(error.missing.map((step) => step.activityId), [SEED.activityId]);
    assert.equal(error.optionalMissing, 0);
    assert.deepEqual(error.refused, [
      { claimId: strategist.claimId, problem: 'unknown' },
      { claimId: 'nope', problem: 'unknown' },
    ]);
  });

  it('does not count someone else’s claim', async () => {
    const theirs = await issued('strategist', { name: 'Jonas', email: 'jonas@example.org' });
    const error = incomplete(await pathClaim([webinar, theirs, digital]));
    assert.deepEqual(error.missing.map((step) => step.badgeId), [SEED.badgeId]);
    assert.deepEqual(error.refused, [{ claimId: theirs.claimId, problem: 'other_recipient' }]);
    // The owner of that claim may use it, with their own e-mail address (matched case-insensitively).
    const mine = await issued('webinar', { name: 'Jonas', email: 'jonas@example.org' });
    const jonasDigital = await issued('digital', { name: 'Jonas', email: 'jonas@example.org' });
    const answer = await pathClaim([mine, theirs, jonasDigital], 'path-city-strategist', { name: 'Jonas', email: 'Jonas@Example.org' });
    assert.equal(answer.status, 201);
  });

  it('does not count a revoked step, nor one still waiting for review', async () => {
    const revoked = await issued('strategist');
    const revoke = await postJson(`${server.base}/claims/${revoked.claimId}/revoke`, { reason: 'Did not attend.' }, organiser);
    assert.equal(revoke.body.status, 'revoked');
    const waiting = await postClaim(server.base, strategistClaim({ recipient: visitor }));
    assert.equal(waiting.body.status, 'pending-review');
    const error = incomplete(await pathClaim([webinar, revoked, { claimId: waiting.body.id, token: waiting.body.token }, digital]));
    assert.deepEqual(error.missing.map((step) => step.activityId), [SEED.activityId]);
    assert.deepEqual(error.refused, [
      { claimId: revoked.claimId, problem: 'revoked' },
      { claimId: waiting.body.id, problem: 'not_issued' },
    ]);
  });

  it('refuses too few optional steps, naming the optional steps still open', async () => {
    const error = incomplete(await pathClaim([webinar, strategist]));
    assert.match(error.message, /1 more optional step\.$/);
    assert.deepEqual(error.missing.map((step) => [step.activityId, step.required]), [
      ['13958', false],
      ['14210', false],
    ]);
    assert.equal(error.optionalMissing, 1);
  });

  it('counts the same claim once, however often it is sent', async () => {
    // "Jaunimo vasaros kelias" needs the young readers' challenge and any two of three optional steps.
    const reader = await issued('reader');
    const error = incomplete(await pathClaim([reader, digital, digital], 'path-jaunimo-vasara'));
    assert.equal(error.optionalMissing, 1);
    assert.deepEqual(error.refused, [{ claimId: digital.claimId, problem: 'duplicate' }]);
    assert.deepEqual(error.missing.map((step) => step.activityId), ['15102', '15177']);
  });

  it('does not count a claim for a badge that is no step of the path', async () => {
    const error = incomplete(await pathClaim([webinar, strategist, digital], 'path-jaunimo-vasara'));
    assert.deepEqual(error.refused, [
      { claimId: webinar.claimId, problem: 'not_a_step' },
      { claimId: strategist.claimId, problem: 'not_a_step' },
    ]);
  });

  it('refuses malformed proofs, and proofs for a badge that belongs to no path', async () => {
    for (const proofClaims of ['x', [{ claimId: webinar.claimId }], [null]]) {
      const answer = await pathClaim(proofClaims);
      assert.equal(answer.status, 422);
      assert.equal(answer.body.error.code, 'proof_claims_invalid');
    }
    const plain = await postClaim(server.base, { ...webinarClaim({ recipient: visitor }), proofClaims: [digital] });
    assert.equal(plain.status, 422);
    assert.equal(plain.body.error.code, 'proof_claims_invalid');
  });
});
