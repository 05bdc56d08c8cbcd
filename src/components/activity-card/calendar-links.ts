import type { Activity } from '../../api/types.js';

/** Characters of the description put in a calendar link (the whole URL must stay short enough for every browser). */
const DETAILS_LENGTH = 600;

export interface CalendarLinks {
  google: string;
  outlook: string;
  /** The reference API's iCalendar file, for Apple's and every other calendar. */
  ics?: string;
}

/**
 * "Add to calendar" for an activity: Google Calendar's and Outlook's new-event forms filled in, and
 * the API's `.ics` file when the kit talks to a REST API (`api`).
 */
export function calendarLinks(activity: Activity, api: string | undefined): CalendarLinks {
  const start = new Date(activity.startsAt);
  // An event without an end is shown as lasting an hour, as the calendars do by default.
  const end = activity.endsAt ? new Date(activity.endsAt) : new Date(start.getTime() + 3_600_000);
  const place = activity.location ? [activity.location.name, activity.location.address].filter(Boolean).join(', ') : (activity.onlineUrl ?? '');
  const details = [shorten(activity.description), activity.url ?? activity.onlineUrl].filter(Boolean).join('\n\n');

  const google = new URL('https://calendar.google.com/calendar/render');
  google.search = new URLSearchParams({
    action: 'TEMPLATE',
    text: activity.title,
    dates: `${compact(start)}/${compact(end)}`,
    ctz: activity.timeZone,
    details,
    location: place,
  }).toString();

  const outlook = new URL('https://outlook.live.com/calendar/0/action/compose');
  outlook.search = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: activity.title,
    startdt: start.toISOString(),
    enddt: end.toISOString(),
    body: details,
    location: place,
  }).toString();

  return {
    google: google.href,
    outlook: outlook.href,
    ...(api ? { ics: new URL(`${api.replace(/\/$/, '')}/activities/${encodeURIComponent(activity.id)}/calendar.ics`, document.baseURI).href } : {}),
  };
}

/** 20220517T100000Z */
function compact(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function shorten(text: string): string {
  return text.length <= DETAILS_LENGTH ? text : `${text.slice(0, DETAILS_LENGTH - 1).trimEnd()}…`;
}
