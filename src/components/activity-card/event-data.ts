import type { Activity } from '../../api/types.js';

/**
 * schema.org `Event` data for an activity, as microdata in the host page's own DOM (the card's
 * light DOM), where search engines read it. Built with DOM calls and attributes only: no script
 * element and no markup string, so it needs nothing from a strict Content-Security-Policy or
 * Trusted Types. Hidden: the card shows the same facts.
 */
export function eventData(activity: Activity, doc: Document = document): HTMLElement {
  const event = item(doc, 'Event');
  event.hidden = true;
  event.dataset.lcEvent = activity.id;
  text(event, 'name', activity.title);
  text(event, 'description', activity.description);
  text(event, 'startDate', activity.startsAt);
  if (activity.endsAt) text(event, 'endDate', activity.endsAt);
  if (activity.duration) text(event, 'duration', activity.duration);
  text(event, 'inLanguage', activity.language);
  link(event, 'eventStatus', 'https://schema.org/EventScheduled');
  const mode = activity.location ? (activity.onlineUrl ? 'Mixed' : 'Offline') : 'Online';
  link(event, 'eventAttendanceMode', `https://schema.org/${mode}EventAttendanceMode`);
  if (activity.location) {
    const place = nested(event, 'location', 'Place');
    text(place, 'name', activity.location.name);
    if (activity.location.address) text(place, 'address', activity.location.address);
    if (activity.location.lat !== undefined && activity.location.lng !== undefined) {
      const geo = nested(place, 'geo', 'GeoCoordinates');
      text(geo, 'latitude', String(activity.location.lat));
      text(geo, 'longitude', String(activity.location.lng));
    }
  }
  if (activity.onlineUrl) link(nested(event, 'location', 'VirtualLocation'), 'url', activity.onlineUrl);
  if (activity.imageUrl) link(event, 'image', activity.imageUrl);
  if (activity.url) link(event, 'url', activity.url);
  const organiser = nested(event, 'organizer', 'Organization');
  text(organiser, 'name', activity.organiser.name);
  if (activity.organiser.url) link(organiser, 'url', activity.organiser.url);
  return event;
}

/**
 * Puts the activity's `Event` data in `host`'s light DOM in place of any other activity's, once
 * the browser is idle rather than in the frame that shows the card (a page of many cards shows
 * sooner), and only if the host still shows that activity then (`current`).
 */
export function placeEventData(host: HTMLElement, activity: Activity, current: () => boolean): void {
  const place = () => {
    const placed = host.querySelector(':scope > [data-lc-event]');
    if (!current() || placed?.getAttribute('data-lc-event') === activity.id) return;
    placed?.remove();
    host.append(eventData(activity, host.ownerDocument));
  };
  if ('requestIdleCallback' in window) requestIdleCallback(place, { timeout: 1000 });
  else setTimeout(place);
}

function item(doc: Document, type: string): HTMLElement {
  const element = doc.createElement('div');
  element.setAttribute('itemscope', '');
  element.setAttribute('itemtype', `https://schema.org/${type}`);
  return element;
}

function nested(parent: HTMLElement, property: string, type: string): HTMLElement {
  const child = item(parent.ownerDocument, type);
  child.setAttribute('itemprop', property);
  parent.append(child);
  return child;
}

/** A text value: `<meta itemprop content>`. */
function text(parent: HTMLElement, property: string, value: string): void {
  const meta = parent.ownerDocument.createElement('meta');
  meta.setAttribute('itemprop', property);
  meta.setAttribute('content', value);
  parent.append(meta);
}

/** A URL value: `<link itemprop href>`. */
function link(parent: HTMLElement, property: string, href: string): void {
  const element = parent.ownerDocument.createElement('link');
  element.setAttribute('itemprop', property);
  element.setAttribute('href', href);
  parent.append(element);
}
