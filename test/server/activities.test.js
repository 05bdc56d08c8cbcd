import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SEED, activities as seedActivities, badges as seedBadges } from '../../server/seed-data.js';
import { request, startApi } from './helpers.js';

let server;
before(async () => {
  server = await startApi();
});
after(() => server.close());

const get = (path) => request(`${server.base}${path}`);

/** Every item of a list, following nextCursor to the end. */
async function allPages(query) {
  const items = [];
  let cursor = null;
  let pages = 0;
  do {
    const { status, body } = await get(`/activities?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    assert.equal(status, 200);
    items.push(...body.items);
    cursor = body.nextCursor;
    pages++;
  } while (cursor);
  return { items, pages };
}

describe('GET /activities/:id', () => {
  it('answers the Vilnius activity as transcribed from its page', async () => {
    const { status, body, headers } = await get(`/activities/${SEED.activityId}`);
    assert.equal(status, 200);
    assert.match(headers.get('content-type'), /^application\/json/);
    assert.equal(body.title, '21st-century skills strategies for Cities of Learning');
    assert.equal(body.startsAt, '2022-05-17T13:00:00+03:00');
    assert.equal(body.endsAt, '2022-05-17T14:30:00+03:00');
    assert.equal(body.timeZone, 'Europe/Vilnius');
    assert.equal(body.location.name, 'Rinktinės g. 18, Vilnius 09322, Lithuania');
    assert.ok(Math.abs(body.location.lat - 54.699) < 0.01 && Math.abs(body.location.lng - 25.283) < 0.01);
    assert.deepEqual(body.organiser.id, 'vilnius-col');
    assert.equal(body.organiser.name, 'Vilnius City of Learning');
    assert.deepEqual(body.category, { id: 'career', name: 'Career and readiness for work' });
    assert.deepEqual(
      body.skills.map((skill) => skill.name),
      ['Think strategically', 'strategic plan', 'apply strategic thinking', 'implement strategic planning', 'carry out strategic research', 'Critical thinking', 'think analytically'],
    );
    assert.equal(body.skills[0].id, 'think-strategically');
    assert.equal(body.duration, 'PT1H30M');
    assert.equal(body.playlistCount, 1);
    assert.equal(body.language, 'en');
    assert.equal(body.badgeId, 'strategist-2022');
    assert.equal(body.url, 'https://vilnius.citiesoflearning.eu/activity/13965');
    assert.match(body.description, /16 to 21 May 2022/);
    assert.match(body.description, /\n• to analyse and give feedback on strategies presented by others;\n/);
    assert.equal(body.imageUrl, `${server.base}/media/cover-vilnius.svg`);
    assert.equal(body.imageAlt, 'Vilnius: an illustrated city skyline of blocks under a sun');
    assert.equal(body.organiser.logoUrl, `${server.base}/media/logo-vilnius-col.svg`);
  });

  it('answers the UNESCO webinar as an online activity without a location', async () => {
    const { body } = await get(`/activities/${SEED.webinarActivityId}`);
    assert.equal(body.organiser.name, 'UNESCO Institute for Lifelong Learning');
    assert.match(body.onlineUrl, /^https:\/\//);
    assert.equal(body.location, undefined);
    assert.match(body.description, /356 cities from 79 countries/);
  });

  it('404s an unknown activity', async () => {
    const { status, body } = await get('/activities/no-such-activity');
    assert.equal(status, 404);
    assert.equal(body.error.code, 'not_found');
  });

  it('serves the images the data points to', async () => {
    const { body } = await get(`/activities/${SEED.activityId}`);
    const image = await request(body.imageUrl);
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/svg+xml');
    assert.match(image.text, /^<svg /);
    assert.equal((await get('/media/no-such.svg')).status, 404);
  });
});

describe('GET /activities?ids=', () => {
  it('answers in the order asked, leaving unknown ids out', async () => {
    const { status, body } = await get('/activities?ids=14501,unknown,13965,14801');
    assert.equal(status, 200);
    assert.deepEqual(
      body.items.map((activity) => activity.id),
      ['14501', '13965', '14801'],
    );
    assert.equal(body.nextCursor, undefined);
  });

  it('refuses more than 100 ids or none', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `id${i}`).join(',');
    const tooMany = await get(`/activities?ids=${ids}`);
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.body.error.code, 'invalid_ids');
    assert.equal((await get('/activities?ids=')).status, 400);
    const hundred = Array.from({ length: 100 }, (_, i) => `id${i}`).join(',');
    assert.equal((await get(`/activities?ids=${hundred}`)).status, 200);
  });
});

describe('GET /badges?ids=', () => {
  it('answers the same badges as GET /badges/:id, in the order asked, leaving unknown ids out', async () => {
    const [first, second] = seedBadges.map((badge) => badge.id);
    const { status, body } = await get(`/badges?ids=${second},unknown,${first},${second}`);
    assert.equal(status, 200);
    assert.deepEqual(body.items, [(await get(`/badges/${second}`)).body, (await get(`/badges/${first}`)).body]);
  });

  it('refuses more than 100 ids or none', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `id${i}`).join(',');
    const tooMany = await get(`/badges?ids=${ids}`);
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.body.error.code, 'invalid_ids');
    assert.match(tooMany.body.error.message, /badge ids/);
    assert.equal((await get('/badges')).status, 400);
  });
});

describe('GET /activities (list)', () => {
  it('pages through every activity with the cursor, without duplicates or gaps, ascending by start', async () => {
    const { items, pages } = await allPages('limit=7');
    assert.equal(items.length, seedActivities.length);
    assert.equal(new Set(items.map((activity) => activity.id)).size, seedActivities.length);
    assert.equal(pages, Math.ceil(seedActivities.length / 7));
    const starts = items.map((activity) => Date.parse(activity.startsAt));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('answers nextCursor null on the last page and 20 items by default', async () => {
    const { body } = await get('/activities');
    assert.equal(body.items.length, 20);
    assert.equal(typeof body.nextCursor, 'string');
    const last = await get('/activities?limit=100');
    assert.equal(last.body.nextCursor, null);
  });

  it('lists upcoming activities (not yet ended) ascending and past ones descending', async () => {
    const now = Date.now();
    const upcoming = (await allPages('when=upcoming&limit=5')).items;
    const past = (await allPages('when=past&limit=5')).items;
    assert.ok(upcoming.length > 0 && past.length > 0);
    assert.equal(upcoming.length + past.length, seedActivities.length);
    const end = (activity) => Date.parse(activity.endsAt ?? activity.startsAt);
    assert.ok(upcoming.every((activity) => end(activity) > now));
    assert.ok(past.every((activity) => end(activity) <= now));
    const upStarts = upcoming.map((activity) => Date.parse(activity.startsAt));
    const pastStarts = past.map((activity) => Date.parse(activity.startsAt));
    assert.deepEqual(upStarts, [...upStarts].sort((a, b) => a - b));
    assert.deepEqual(pastStarts, [...pastStarts].sort((a, b) => b - a));
  });

  it('filters by organiser, skill and category, alone and together', async () => {
    const byOrganiser = (await allPages('organiser=turin-metro')).items;
    assert.ok(byOrganiser.length >= 5);
    assert.ok(byOrganiser.every((activity) => activity.organiser.id === 'turin-metro'));

    const bySkill = (await allPages('skill=critical-thinking')).items;
    assert.ok(bySkill.length >= 3);
    assert.ok(bySkill.every((activity) => activity.skills.some((skill) => skill.id === 'critical-thinking')));

    const byCategory = (await allPages('category=digital')).items;
    assert.ok(byCategory.length >= 5);
    assert.ok(byCategory.every((activity) => activity.category.id === 'digital'));

    const combined = (await allPages('organiser=cluj-col&category=digital&when=past')).items;
    assert.deepEqual(
      combined.map((activity) => activity.id),
      ['14602'],
    );
    assert.deepEqual((await get('/activities?organiser=nobody')).body, { items: [], nextCursor: null });
  });

  it('searches title, description, organiser and place, ignoring case and accents', async () => {
    const ids = async (q) => (await allPages(`q=${encodeURIComponent(q)}`)).items.map((activity) => activity.id);
    assert.ok((await ids('STRATEGIES')).includes('13965'));
    assert.ok((await ids('rinktines')).includes('13965'), 'place, without the accent');
    assert.ok((await ids('makerspaces')).includes('13958'), 'description');
    assert.deepEqual((await ids('UNESCO institute')).sort(), ['gnlc-future-skills']);
    assert.ok((await ids('città metropolitana')).length >= 5, 'organiser name');
    assert.deepEqual(await ids('no activity mentions this'), []);
  });

  it('refuses a bad limit, when or cursor', async () => {
    for (const limit of ['0', '101', 'ten', '2.5', '-1']) {
      const { status, body } = await get(`/activities?limit=${limit}`);
      assert.equal(status, 400, `limit=${limit}`);
      assert.equal(body.error.code, 'invalid_limit');
    }
    assert.equal((await get('/activities?when=soon')).body.error.code, 'invalid_when');
    const { body: first } = await get('/activities?limit=2');
    for (const cursor of ['garbage', first.nextCursor.slice(0, -2), Buffer.from('{"s":"x"}').toString('base64url')]) {
      const { status, body } = await get(`/activities?limit=2&cursor=${encodeURIComponent(cursor)}`);
      assert.equal(status, 400);
      assert.equal(body.error.code, 'invalid_cursor');
    }
    // A cursor belongs to its filters.
    assert.equal((await get(`/activities?limit=2&when=past&cursor=${first.nextCursor}`)).status, 400);
  });

  it('treats SQL metacharacters in ids and q as plain text and keeps the data intact', async () => {
    const nasty = ["' OR '1'='1", '13965; DROP TABLE activities; --', '%', '_', '")--', '\\'];
    for (const value of nasty) {
      const encoded = encodeURIComponent(value);
      assert.equal((await get(`/activities/${encoded}`)).status, 404);
      assert.deepEqual((await get(`/activities?ids=${encoded}`)).body, { items: [] });
      const { status, body } = await get(`/activities?q=${encoded}`);
      assert.equal(status, 200);
      assert.deepEqual(body.items, []);
      assert.equal((await get(`/activities?organiser=${encoded}&skill=${encoded}&category=${encoded}`)).status, 200);
    }
    assert.equal((await allPages('limit=100')).items.length, seedActivities.length);
  });
});

describe('GET /facets', () => {
  it('lists the organisers, skills and categories in use', async () => {
    const { status, body } = await get('/facets');
    assert.equal(status, 200);
    assert.ok(body.organisers.length >= 5);
    assert.ok(body.organisers.some((organiser) => organiser.id === 'vilnius-col' && organiser.name === 'Vilnius City of Learning'));
    assert.ok(body.skills.some((skill) => skill.id === 'think-strategically'));
    assert.ok(body.categories.length >= 4);
  });
});
