import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { pressKey } from '../../helpers/browser.js';
import '../../../../src/components/activity-card/activity-card.js';
import '../../../../src/config/learning-city.js';
import type { ActivityCard } from '../../../../src/components/activity-card/activity-card.js';
import { kitStore } from '../../../../src/store/store.js';
import { API, injectFault, resetServer } from '../../helpers/server.js';
import { isShown, part, partText, waitForPart } from '../../helpers/components.js';

const VILNIUS_ACTIVITY = '13965';
const WEBINAR = 'gnlc-future-skills';
/** No cover image and no end time. */
const VOLUNTEERING_FAIR = '14388';
/** A five-day summer camp. */
const SUMMER_CAMP = '15102';

async function card(id: string, attributes: { lang?: string; zone?: string; variant?: string; claimHref?: string } = {}) {
  const element = await fixture<ActivityCard>(html`<activity-card
    api=${API}
    lang=${attributes.lang ?? 'en'}
    activity-id=${id}
    variant=${attributes.variant ?? 'full'}
    visitor-time-zone=${attributes.zone ?? 'Europe/Vilnius'}
    claim-href=${attributes.claimHref ?? ''}
  ></activity-card>`);
  if (!attributes.claimHref) element.removeAttribute('claim-href');
  await waitForPart(element, 'title', 'the card did not render its activity');
  return element;
}

describe('activity-card', () => {
  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
  });

  it('shows the Vilnius activity from the API: title, date and time in Vilnius, place', async () => {
    const element = await fixture<ActivityCard>(html`<activity-card api=${API} lang="en" activity-id="13965"></activity-card>`);
    await waitForPart(element, 'title');
    expect(partText(element, 'title')).to.equal('21st-century skills strategies for Cities of Learning');
    expect(partText(element, 'when')).to.contain('Tuesday, May 17, 2022');
    expect(partText(element, 'when')).to.match(/1:00\s?–\s?2:30\sPM/);
    expect(partText(element, 'place')).to.contain('Rinktinės g. 18, Vilnius 09322');
    expect(part(element, 'title')!.getAttribute('lang')).to.equal('en');
  });

  it("loads the page's first cover at once and a later card's as it comes near the viewport", async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <activity-card api=${API} lang="en" activity-id=${VILNIUS_ACTIVITY}></activity-card>
      <activity-card api=${API} lang="en" activity-id=${WEBINAR}></activity-card>
    </div>`);
    const [first, second] = [...page.querySelectorAll<ActivityCard>('activity-card')];
    await waitUntil(() => part(first!, 'image') && part(second!, 'image'), 'the covers did not render');
    expect(part<HTMLImageElement>(first!, 'image')!.loading).to.equal('eager');
    expect(part<HTMLImageElement>(second!, 'image')!.loading).to.equal('lazy');
    // Set before `src`: a cover the browser has in memory would load the moment it gets its `src`.
    const attributes = part(second!, 'image')!.getAttributeNames();
    expect(attributes.indexOf('loading')).to.be.below(attributes.indexOf('src'));
  });

  it('shows everything of a full activity page, in the content language and the UI language', async () => {
    const element = await card(VILNIUS_ACTIVITY);
    await waitUntil(() => partText(element, 'badge')?.includes('strategist'), 'the badge did not load');
    // The API describes its images; the card uses that as the cover's alternative text.
    expect(part<HTMLImageElement>(element, 'image')!.alt).to.equal('Vilnius: an illustrated city skyline of blocks under a sun');
    expect(part<HTMLImageElement>(element, 'image')!.src).to.match(/^https?:/);
    expect(partText(element, 'duration')).to.equal('1 hour 30 minutes');
    expect(partText(element, 'playlists')).to.equal('Added to 1 playlist');
    expect(partText(element, 'category')).to.equal('Career and readiness for work');
    expect(partText(element, 'organiser')).to.equal('Vilnius City of Learning');
    expect(partText(element, 'description')).to.contain('exchange city strategies');
    // Exactly the API's text: its line breaks show (pre-line), so no template white space around it.
    expect(part(element, 'description')!.textContent!.startsWith('In Cities of Learning, we believe')).to.equal(true);
    expect(element.shadowRoot!.querySelectorAll('[part="skill"]').length).to.be.greaterThan(2);
    expect(partText(element, 'badge')).to.contain('21st-century skills strategist');
    expect(partText(element, 'claim')).to.equal('Get activity badge');
    expect(part<HTMLAnchorElement>(element, 'place')!.querySelector('a')!.href).to.contain('openstreetmap.org');
    // The activity's text speaks its own language; the labels speak the UI language.
    for (const name of ['title', 'description', 'category']) expect(part(element, name)!.lang).to.equal('en');
    expect(part(element, 'base')!.lang).to.equal('en');
    await expect(element).to.be.accessible();
  });

  it('keeps the activity in English while the labels follow a Lithuanian UI', async () => {
    const element = await card(VILNIUS_ACTIVITY, { lang: 'lt' });
    await waitUntil(() => partText(element, 'claim') === 'Gauti veiklos ženklelį', 'Lithuanian labels did not load');
    expect(part(element, 'base')!.lang).to.equal('lt');
    expect(part(element, 'title')!.lang).to.equal('en');
    expect(partText(element, 'when')).to.contain('2022 m. gegužės 17 d.');
    expect(partText(element, 'when')).to.contain('13:00–14:30');
    expect(partText(element, 'duration')).to.equal('1 valanda 30 minučių');
    expect(partText(element, 'playlists')).to.equal('Įtraukta į 1 grojaraštį');
    await expect(element).to.be.accessible();
  });

  it('speaks Estonian as the Cities of Learning platform does', async () => {
    const element = await card(VILNIUS_ACTIVITY, { lang: 'et' });
    await waitUntil(() => partText(element, 'playlists') === 'Lisatud esitusloendisse (1)', 'Estonian labels did not load');
    expect(partText(element, 'duration')).to.equal('1 tund 30 minutit');
    expect(partText(element, 'when')).to.contain('teisipäev, 17. mai 2022');
  });

  it('re-renders when the <learning-city> language changes', async () => {
    const page = await fixture<HTMLElement & { lang: string }>(html`<learning-city api=${API} lang="en">
      <activity-card activity-id=${VILNIUS_ACTIVITY} visitor-time-zone="Europe/Vilnius"></activity-card>
    </learning-city>`);
    const element = page.querySelector('activity-card')!;
    await waitForPart(element, 'claim');
    page.lang = 'et';
    await waitUntil(() => partText(element, 'claim') === 'Hangi tegevuse märk', 'the card did not switch language');
  });

  it('names the event zone and adds the visitor’s own time when viewed from New York', async () => {
    const element = await card(VILNIUS_ACTIVITY, { zone: 'America/New_York' });
    const when = partText(element, 'when')!;
    expect(when).to.match(/Tuesday, May 17, 2022, 1:00\s?–\s?2:30\sPM GMT\+3/);
    expect(partText(element, 'visitor-time')).to.match(/Your time: Tuesday, May 17, 2022, 6:00\s?–\s?7:30\sAM EDT/);
  });

  it('names no zone when the visitor is on the event’s clock', async () => {
    const element = await card(VILNIUS_ACTIVITY, { zone: 'Europe/Vilnius' });
    expect(partText(element, 'when')).not.to.contain('GMT');
    expect(part(element, 'visitor-time')).to.equal(null);
  });

  it('shows an online-only webinar with its link instead of a map', async () => {
    const element = await card(WEBINAR);
    const place = part(element, 'place')!;
    expect(partText(element, 'place')).to.contain('Online');
    const links = [...place.querySelectorAll('a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['Join online']);
    expect(links[0]!.href).to.equal('https://www.uil.unesco.org/en/learning-cities');
    await expect(element).to.be.accessible();
  });

  it('keeps the layout of an activity without an image or an end time', async () => {
    const element = await card(VOLUNTEERING_FAIR);
    expect(part(element, 'image')).to.equal(null);
    expect(part(element, 'media')!.getBoundingClientRect().height).to.be.greaterThan(50);
    expect(partText(element, 'when')).not.to.contain('–');
    expect(partText(element, 'when')).to.contain('April 26, 2025');
    expect(part(element, 'playlists')).to.equal(null); // in no playlist: nothing to say
    expect(part(element, 'title')!.lang).to.equal('lt');
    await expect(element).to.be.accessible();
  });

  it('shows both dates of a multi-day activity', async () => {
    const element = await card(SUMMER_CAMP);
    expect(partText(element, 'when')).to.match(/July 5, 2027.*–.*July 9, 2027/);
  });

  it('wraps a long title instead of overflowing', async () => {
    const element = await card(VILNIUS_ACTIVITY);
    element.style.inlineSize = '16rem';
    const title = part(element, 'title')!;
    title.textContent = 'Tarptautiniųjarkitektūrosirurbanistikosdirbtuviųpristatymas '.repeat(3);
    expect(title.scrollWidth).to.be.at.most(title.clientWidth + 1);
  });

  it('has a compact variant for lists: only the title links, no skills, no badge', async () => {
    const element = await card(VILNIUS_ACTIVITY, { variant: 'compact' });
    expect(part(element, 'title')!.querySelector('a')!.href).to.contain('13965');
    expect(element.shadowRoot!.querySelectorAll('a')).to.have.length(1);
    expect(part(element, 'skills')).to.equal(null);
    expect(part(element, 'badge')).to.equal(null);
    expect(element.getAttribute('variant')).to.equal('compact');
    await expect(element).to.be.accessible();
  });

  it('has a compact skeleton and compact error state', async () => {
    await injectFault({ method: 'GET', path: '/activities', status: 500, retryAfter: 0, delayMs: 300, times: 3 });
    const element = await fixture<ActivityCard>(
      html`<activity-card api=${API} lang="en" variant="compact" activity-id=${VILNIUS_ACTIVITY}></activity-card>`,
    );
    await waitForPart(element, 'skeleton');
    await expect(element).to.be.accessible();
    await waitForPart(element, 'retry');
    await expect(element).to.be.accessible();
  });

  it('shows a skeleton of the final size while loading', async () => {
    await injectFault({ method: 'GET', path: '/activities', status: 200, delayMs: 1500, times: 1 });
    const element = await fixture<ActivityCard>(html`<activity-card api=${API} lang="en" activity-id=${VILNIUS_ACTIVITY}></activity-card>`);
    await waitForPart(element, 'skeleton');
    expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('true');
    const media = element.shadowRoot!.querySelector('.media')!.getBoundingClientRect();
    await expect(element).to.be.accessible();
    await waitForPart(element, 'title');
    const loaded = part(element, 'media')!.getBoundingClientRect();
    expect([loaded.width, loaded.height]).to.deep.equal([media.width, media.height]);
  });

  it('shows its frame at once, and shimmering placeholders only once the activity is slow to come', async () => {
    await injectFault({ method: 'GET', path: '/activities', status: 200, delayMs: 1500, times: 1 });
    const element = await fixture<ActivityCard>(html`<activity-card api=${API} lang="en" activity-id=${VILNIUS_ACTIVITY}></activity-card>`);
    expect(part(element, 'skeleton'), 'no frame at first').to.exist;
    expect(element.shadowRoot!.querySelector('.skeleton'), 'placeholders at once').to.equal(null);
    await waitUntil(() => element.shadowRoot!.querySelector('[part="skeleton"] .skeleton'), 'no placeholders for a slow activity');
    await waitForPart(element, 'title');
  });

  it('never shows placeholders for an activity this device has kept', async () => {
    await card(VILNIUS_ACTIVITY);
    const key = `${API}|activity|${VILNIUS_ACTIVITY}`;
    await waitUntil(async () => !!(await kitStore().get('entities', key)), 'the activity was not kept');
    // A slow API too: were the cache not read in time, the placeholders would show.
    await injectFault({ method: 'GET', path: '/activities', status: 200, delayMs: 1500, times: 1 });
    const again = document.createElement('activity-card');
    again.setAttribute('api', API);
    again.setAttribute('activity-id', VILNIUS_ACTIVITY);
    again.setAttribute('lang', 'en');
    document.body.append(again);
    // The card's own placeholders (its badge row has one for the badge's name, read after the activity).
    const PLACEHOLDER = '[part="skeleton"] .skeleton';
    const placeholders: Node[] = [];
    new MutationObserver((records) =>
      records.forEach((r) => r.addedNodes.forEach((n) => n instanceof Element && (n.matches(PLACEHOLDER) || n.querySelector(PLACEHOLDER)) && placeholders.push(n))),
    ).observe(again.shadowRoot!, { childList: true, subtree: true });
    try {
      await waitForPart(again, 'title');
      expect(placeholders).to.deep.equal([]);
    } finally {
      again.remove();
    }
  });

  it('says when the activity does not exist, and shows the page’s own content', async () => {
    const element = await fixture<ActivityCard>(html`<activity-card api=${API} lang="en" activity-id="no-such-activity">
      <a href="https://vilnius.citiesoflearning.eu/">Activities in Vilnius</a>
    </activity-card>`);
    await waitForPart(element, 'not-found');
    expect(partText(element, 'not-found')).to.equal('This activity could not be found.');
    expect(isShown(element.querySelector('a')!)).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('shows the page’s own content until it can render, then steps it aside', async () => {
    const element = await fixture<ActivityCard>(html`<activity-card lang="en" activity-id=${VILNIUS_ACTIVITY}>
      <a href="https://vilnius.citiesoflearning.eu/activity/13965">21st-century skills strategies</a>
    </activity-card>`);
    const link = element.querySelector('a')!;
    expect(isShown(link), 'no API configured yet').to.equal(true);
    expect(part(element, 'base')).to.equal(null);
    element.api = API;
    await waitForPart(element, 'title');
    expect(isShown(link)).to.equal(false);
  });

  it('offers a retry after an error, reachable by keyboard, and tells the page', async () => {
    await injectFault({ method: 'GET', path: '/activities', status: 500, retryAfter: 0, times: 3 });
    const reported = oneEvent(document, 'lc-error');
    const element = await fixture<ActivityCard>(html`<activity-card api=${API} lang="en" activity-id=${VILNIUS_ACTIVITY}></activity-card>`);
    await waitForPart(element, 'retry');
    expect((await reported).detail.code).to.be.a('string');
    expect(part(element, 'error')!.getAttribute('role')).to.equal('alert');
    expect(partText(element, 'error')).to.contain('The activity could not be loaded.');
    await expect(element).to.be.accessible();
    part(element, 'retry')!.focus();
    await pressKey('Enter');
    await waitForPart(element, 'title');
  });

  it('tries again by itself when the browser comes back online', async () => {
    await injectFault({ method: 'GET', path: '/activities', status: 500, retryAfter: 0, times: 3 });
    const element = await fixture<ActivityCard>(html`<activity-card api=${API} lang="en" activity-id=${VILNIUS_ACTIVITY}></activity-card>`);
    await waitForPart(element, 'retry');
    window.dispatchEvent(new Event('online'));
    await waitForPart(element, 'title');
  });

  it('shows cached data when the API cannot be reached, saying when it was updated', async () => {
    const page = html`<learning-city api=${API} cache-ttl="0" lang="en">
      <activity-card activity-id=${VILNIUS_ACTIVITY}></activity-card>
    </learning-city>`;
    const first = await fixture(page);
    await waitForPart(first.querySelector('activity-card')!, 'title');
    first.remove();
    await injectFault({ method: 'GET', path: '/activities', status: 503, retryAfter: 0, times: 3 });
    const element = (await fixture(page)).querySelector('activity-card')!;
    await waitForPart(element, 'offline');
    expect(partText(element, 'offline')).to.match(/^Shown from this device, updated /);
    expect(partText(element, 'title')).to.contain('21st-century');
    await expect(element).to.be.accessible();
  });

  describe('call to action', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('fires a cancelable lc-claim-start from the keyboard, so the page can open the claim in place', async () => {
      const element = await card(VILNIUS_ACTIVITY);
      const claim = part(element, 'claim')!;
      expect(claim.localName).to.equal('button');
      claim.focus();
      const event = oneEvent(document, 'lc-claim-start');
      await pressKey('Enter');
      const { detail, composed, cancelable } = await event;
      expect(detail).to.deep.equal({ badgeId: 'strategist-2022', activityId: VILNIUS_ACTIVITY });
      expect(composed && cancelable).to.equal(true);
    });

    it('follows the claim-href template with the ids filled in when nobody cancels', async () => {
      const element = await card(VILNIUS_ACTIVITY, { claimHref: '#claim/{badgeId}/{activityId}' });
      const claim = part<HTMLAnchorElement>(element, 'claim')!;
      expect(claim.getAttribute('href')).to.equal('#claim/strategist-2022/13965');
      claim.focus();
      await pressKey('Enter');
      await waitUntil(() => location.hash === '#claim/strategist-2022/13965', 'the link was not followed');
    });

    it('stays on the page when the page cancels the event', async () => {
      const element = await card(VILNIUS_ACTIVITY, { claimHref: '#claim/{badgeId}' });
      const cancel = (event: Event) => event.preventDefault();
      document.addEventListener('lc-claim-start', cancel);
      try {
        part(element, 'claim')!.click();
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(location.hash).to.equal('');
      } finally {
        document.removeEventListener('lc-claim-start', cancel);
      }
    });
  });
});
