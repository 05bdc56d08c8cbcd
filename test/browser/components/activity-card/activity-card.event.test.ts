// <activity-card> as an event: schema.org Event data in the host page for search engines, and
// "add to calendar" (the reference API's .ics file, Google Calendar and Outlook).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/components/activity-card/activity-card.js';
import type { ActivityCard } from '../../../../src/components/activity-card/activity-card.js';
import { kitStore } from '../../../../src/store/store.js';
import { pressKey } from '../../helpers/browser.js';
import { part, waitForPart } from '../../helpers/components.js';
import { API, resetServer } from '../../helpers/server.js';

const VILNIUS = '13965';

/** The microdata property values of an item, by property name (nested items left out). */
function properties(item: Element): Record<string, string> {
  const values: Record<string, string> = {};
  for (const element of item.querySelectorAll(':scope > [itemprop]')) {
    const name = element.getAttribute('itemprop')!;
    values[name] = element.getAttribute('content') ?? element.getAttribute('href') ?? element.getAttribute('itemtype') ?? '';
  }
  return values;
}

const card = (id = VILNIUS) => fixture<ActivityCard>(html`<activity-card api=${API} lang="en" activity-id=${id}></activity-card>`);

describe('activity-card as an event', () => {
  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
  });

  it('puts schema.org Event data in the page, hidden, where search engines read it', async () => {
    const element = await card();
    await waitUntil(() => element.querySelector('[itemtype="https://schema.org/Event"]'), 'no Event data in the page', { timeout: 8000 });
    const event = element.querySelector<HTMLElement>('[itemtype="https://schema.org/Event"]')!;
    expect(event.hidden).to.equal(true);
    expect(properties(event)).to.deep.include({
      name: '21st-century skills strategies for Cities of Learning',
      startDate: '2022-05-17T13:00:00+03:00',
      endDate: '2022-05-17T14:30:00+03:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: 'https://schema.org/Place',
      organizer: 'https://schema.org/Organization',
    });
    const place = event.querySelector('[itemprop="location"]')!;
    expect(properties(place).name).to.equal('Rinktinės g. 18, Vilnius 09322, Lithuania');
    expect(Number(properties(place.querySelector('[itemprop="geo"]')!).latitude)).to.be.closeTo(54.699, 0.01);
    expect(properties(event.querySelector('[itemprop="organizer"]')!).name).to.equal('Vilnius City of Learning');

    // Another activity replaces the data: one Event per card.
    element.activityId = 'gnlc-future-skills';
    await waitUntil(() => element.querySelector('[data-lc-event="gnlc-future-skills"]'), 'the Event data did not follow the activity', { timeout: 8000 });
    expect(element.querySelectorAll('[itemtype="https://schema.org/Event"]')).to.have.length(1);
    const online = element.querySelector('[itemtype="https://schema.org/Event"]')!;
    expect(properties(online).eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
  });

  it('offers the event for calendars from the keyboard: the API’s .ics file, Google Calendar and Outlook', async () => {
    const element = await card();
    await waitForPart(element, 'calendar');
    const summary = part(element, 'calendar')!.querySelector('summary')!;
    expect(summary.textContent!.trim()).to.equal('Add to calendar');
    summary.focus();
    await pressKey('Enter');
    await waitUntil(() => part(element, 'calendar')!.querySelectorAll('a').length === 3, 'no calendar links', { timeout: 8000 });
    const [ics, google, outlook] = [...part(element, 'calendar')!.querySelectorAll('a')];

    expect(ics!.hasAttribute('download')).to.equal(true);
    const file = await fetch(ics!.href);
    expect(file.headers.get('Content-Type')).to.match(/^text\/calendar/);
    expect(await file.text()).to.contain('DTSTART;TZID=Europe/Vilnius:20220517T130000');

    const g = new URL(google!.href);
    expect(g.hostname).to.equal('calendar.google.com');
    expect(g.searchParams.get('dates')).to.equal('20220517T100000Z/20220517T113000Z');
    expect(g.searchParams.get('ctz')).to.equal('Europe/Vilnius');
    expect(g.searchParams.get('text')).to.equal('21st-century skills strategies for Cities of Learning');
    expect(g.searchParams.get('location')).to.contain('Rinktinės g. 18');

    const o = new URL(outlook!.href);
    expect(o.hostname).to.equal('outlook.live.com');
    expect(o.searchParams.get('startdt')).to.equal('2022-05-17T10:00:00.000Z');
    expect(o.searchParams.get('enddt')).to.equal('2022-05-17T11:30:00.000Z');
    await expect(element).to.be.accessible();
  });
});
