// `GET /activities/:id/calendar.ics`: an activity as an iCalendar event (RFC 5545) that any
// calendar imports, in the event's own time zone so that it stays right when clocks change.
import { getActivity } from './catalogue.js';
import { offsetMinutes } from './time-zone.js';

/** RFC 5545 §3.1: content lines are folded at 75 octets. */
const LINE_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * `GET /activities/:id/calendar.ics`
 * @param {import('./app.js').Context} ctx
 * @returns {Promise<import('./app.js').Result>}
 */
export async function getActivityCalendar(ctx) {
  const { body: activity } = await getActivity(ctx);
  return {
    type: 'text/calendar; charset=utf-8',
    body: calendar(/** @type {CalendarActivity} */ (activity), ctx.base),
    headers: { 'Content-Disposition': `attachment; filename="activity-${fileSafe(activity.id)}.ics"` },
  };
}

/**
 * @typedef {object} CalendarActivity
 * @property {string} id
 * @property {string} title
 * @property {string} [description]
 * @property {string} startsAt ISO 8601 with offset
 * @property {string} [endsAt]
 * @property {string} timeZone IANA
 * @property {{ name: string, address?: string, lat?: number, lng?: number }} [location]
 * @property {string} [onlineUrl]
 * @property {string} [url]
 */

/**
 * The VCALENDAR text, CRLF line ends, folded lines.
 * @param {CalendarActivity} activity
 * @param {string} base the API's absolute base URL, whose host names the event's UID
 * @param {Date} [now] the DTSTAMP
 */
export function calendar(activity, base, now = new Date()) {
  const start = new Date(activity.startsAt);
  const end = activity.endsAt ? new Date(activity.endsAt) : undefined;
  const place = activity.location ? [activity.location.name, activity.location.address].filter(Boolean).join(', ') : activity.onlineUrl;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//learning-city-widgets//reference API//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...timeZone(activity.timeZone, start, end ?? start),
    'BEGIN:VEVENT',
    `UID:activity-${activity.id}@${new URL(base).host}`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART;TZID=${activity.timeZone}:${local(start, activity.timeZone)}`,
    ...(end ? [`DTEND;TZID=${activity.timeZone}:${local(end, activity.timeZone)}`] : []),
    `SUMMARY:${text(activity.title)}`,
    ...(activity.description ? [`DESCRIPTION:${text(activity.description)}`] : []),
    ...(place ? [`LOCATION:${text(place)}`] : []),
    ...(activity.location?.lat !== undefined && activity.location.lng !== undefined
      ? [`GEO:${activity.location.lat};${activity.location.lng}`]
      : []),
    ...(activity.url ?? activity.onlineUrl ? [`URL:${activity.url ?? activity.onlineUrl}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped. */
function text(value) {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a line at 75 octets without splitting a UTF-8 character; continuation lines start with a space. */
function fold(line) {
  const parts = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines carry the leading space in their 75 octets.
    if (octets + size > LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const pad = (n, width = 2) => String(n).padStart(width, '0');

/** 20221005T070000Z */
function utc(date) {
  return `${fields(date)}Z`;
}

/** A date's UTC fields as an iCalendar date-time without zone: 20221005T070000 */
function fields(date) {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}

/** The wall-clock time of `date` in `zone`, as a floating iCalendar date-time: 20221005T100000 */
function local(date, zone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

/** +0300 */
function offsetText(minutes) {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The VTIMEZONE (§3.6.5) the event's TZID refers to: every change of offset from a year before
 * the event to half a year after it, found from the platform's time-zone data (each change
 * an observance of its own, so no rule has to be guessed).
 * @param {string} zone IANA
 * @param {Date} start
 * @param {Date} end
 */
function timeZone(zone, start, end) {
  // A year back, so that the change that put the event's offset in force is among them.
  const from = Math.floor((start.getTime() - 366 * DAY) / MINUTE) * MINUTE;
  const to = end.getTime() + 183 * DAY;
  const observances = [];
  let before = offsetMinutes(from, zone);
  for (let day = from; day < to; day += DAY) {
    const after = offsetMinutes(day + DAY, zone);
    if (after === before) continue;
    // The change happened within this day: find its minute.
    let [lo, hi] = [day, day + DAY];
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetMinutes(mid, zone) === before) lo = mid;
      else hi = mid;
    }
    observances.push(observance(after > before ? 'DAYLIGHT' : 'STANDARD', hi, before, after));
    before = after;
  }
  if (observances.length === 0) {
    const offset = offsetMinutes(start.getTime(), zone);
    observances.push(observance('STANDARD', from, offset, offset));
  }
  return ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...observances.flat(), 'END:VTIMEZONE'];
}

/** An observance starting at the instant `at`, when the offset changes from `fromMinutes` to `toMinutes`. */
function observance(kind, at, fromMinutes, toMinutes) {
  return [
    `BEGIN:${kind}`,
    // The wall-clock time of the change, read in the offset it replaces (§3.6.5).
    `DTSTART:${fields(new Date(at + fromMinutes * MINUTE))}`,
    `TZOFFSETFROM:${offsetText(fromMinutes)}`,
    `TZOFFSETTO:${offsetText(toMinutes)}`,
    `END:${kind}`,
  ];
}

/** A file name part that needs no quoting. */
function fileSafe(value) {
  return value.replace(/[^\w.-]/g, '_');
}
