import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { calendar } from '../../server/calendar.js';
import { SEED, activities } from '../../server/seed-data.js';
import { request, startApi } from './helpers.js';

let server;
before(async () => {
  server = await startApi();
});
after(() => server.close());

/** The content lines of an iCalendar text, unfolded (RFC 5545 §3.1). */
function unfold(ics) {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

/** The value of the first property named `name` (with any parameters) in `lines`. */
function property(lines, name) {
  const line = lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  return line?.slice(line.indexOf(':') + 1);
}

/** RFC 5545 §3.3.11 text, unescaped. */
function unescapeText(value) {
  return value.replace(/\\([\\;,nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Every physical line ends in CRLF and holds at most 75 octets. */
function assertWellFormed(ics) {
  assert.ok(ics.endsWith('\r\n'));
  assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/, 'a bare line break');
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `longer than 75 octets: ${line}`);
}

describe('GET /activities/:id/calendar.ics', () => {
  it('answers the Vilnius activity as an event in its own time zone, as a download', async () => {
    const { status, text, headers } = await request(`${server.base}/activities/${SEED.activityId}/calendar.ics`);
    assert.equal(status, 200);
    assert.match(headers.get('content-type'), /^text\/calendar; charset=utf-8/);
    assert.equal(headers.get('content-disposition'), `attachment; filename="activity-${SEED.activityId}.ics"`);
    assertWellFormed(text);
    const lines = unfold(text);
    assert.deepEqual([lines[0], lines.at(-1)], ['BEGIN:VCALENDAR', 'END:VCALENDAR']);
    assert.equal(property(lines, 'VERSION'), '2.0');
    assert.ok(lines.includes('DTSTART;TZID=Europe/Vilnius:20220517T130000'));
    assert.ok(lines.includes('DTEND;TZID=Europe/Vilnius:20220517T143000'));
    assert.equal(unescapeText(property(lines, 'SUMMARY')), '21st-century skills strategies for Cities of Learning');
    assert.match(unescapeText(property(lines, 'LOCATION')), /^Rinktinės g\. 18, Vilnius 09322, Lithuania/);
    assert.match(property(lines, 'GEO'), /^54\.\d+;25\.\d+$/);
    assert.match(property(lines, 'UID'), new RegExp(`^activity-${SEED.activityId}@`));
    assert.match(property(lines, 'DTSTAMP'), /^\d{8}T\d{6}Z$/);
  });

  it('defines the time zone it refers to, with summer time in force on the day', async () => {
    const { text } = await request(`${server.base}/activities/${SEED.activityId}/calendar.ics`);
    const lines = unfold(text);
    const zone = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
    assert.equal(property(zone, 'TZID'), 'Europe/Vilnius');
    // 27 March 2022, 03:00 local (01:00 UTC): Vilnius moved from +02:00 to +03:00.
    const daylight = zone.slice(zone.indexOf('BEGIN:DAYLIGHT'));
    assert.deepEqual(daylight.slice(0, 5), ['BEGIN:DAYLIGHT', 'DTSTART:20220327T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300', 'END:DAYLIGHT']);
    assert.ok(zone.includes('DTSTART:20221030T040000'), 'the return to winter time');
  });

  it('gives every seeded activity a well-formed calendar whose start is the activity’s', async () => {
    for (const activity of activities) {
      const { status, text } = await request(`${server.base}/activities/${encodeURIComponent(activity.id)}/calendar.ics`);
      assert.equal(status, 200, activity.id);
      assertWellFormed(text);
      const lines = unfold(text);
      const start = lines.find((l) => l.startsWith('DTSTART;TZID='));
      assert.equal(start.slice('DTSTART;TZID='.length, start.indexOf(':')), activity.timeZone);
      const wall = activity.startsAt.slice(0, 19).replace(/[-:]/g, '');
      assert.equal(start.slice(start.indexOf(':') + 1), wall, activity.id);
      const place = property(lines, 'LOCATION');
      assert.ok(place, `${activity.id} has a place or an online link`);
    }
  });

  it('answers 404 for an unknown activity', async () => {
    const { status, body } = await request(`${server.base}/activities/no-such-activity/calendar.ics`);
    assert.equal(status, 404);
    assert.equal(body.error.code, 'not_found');
  });
});

describe('calendar text', () => {
  const base = 'https://api.example.org/api';
  const event = {
    id: 'x',
    startsAt: '2025-01-10T09:00:00+09:00',
    timeZone: 'Asia/Tokyo',
    onlineUrl: 'https://meet.example.org/x',
  };

  it('escapes text so that no value can end the event or add a property', () => {
    const title = 'Evil,; \\ title\r\nEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:owned';
    const description = `${'Ilgas aprašymas su lietuviškomis raidėmis ąčęėįšųūž 🎓 '.repeat(6)}\n\nSecond paragraph`;
    const ics = calendar({ ...event, title, description }, base);
    assertWellFormed(ics);
    const lines = unfold(ics);
    assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 1);
    assert.equal(lines.filter((l) => l.startsWith('SUMMARY')).length, 1);
    assert.equal(unescapeText(property(lines, 'SUMMARY')), title.replace(/\r\n/g, '\n'));
    assert.equal(unescapeText(property(lines, 'DESCRIPTION')), description);
  });

  it('folds without splitting a character', () => {
    const ics = calendar({ ...event, title: 'ž'.repeat(100) }, base);
    for (const line of ics.split('\r\n')) assert.doesNotMatch(line, /\uFFFD/);
    assert.equal(unescapeText(property(unfold(ics), 'SUMMARY')), 'ž'.repeat(100));
  });

  it('describes a zone without summer time by its one offset, and an online event by its link', () => {
    const lines = unfold(calendar({ ...event, title: 'Online' }, base));
    assert.ok(lines.includes('DTSTART;TZID=Asia/Tokyo:20250110T090000'));
    assert.ok(lines.includes('TZOFFSETTO:+0900'));
    assert.equal(lines.filter((l) => l === 'BEGIN:DAYLIGHT').length, 0);
    assert.equal(property(lines, 'LOCATION'), 'https://meet.example.org/x');
    assert.equal(property(lines, 'URL'), 'https://meet.example.org/x');
    assert.equal(lines.some((l) => l.startsWith('DTEND')), false);
  });
});
