import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { pressKey, typeKeys } from '../../helpers/browser.js';
import { RestClient } from '../../../../src/api/rest-client.js';
import type { ActivityQuery } from '../../../../src/api/client.js';
import '../../../../src/components/activity-list/activity-list.js';
import type { ActivityList } from '../../../../src/components/activity-list/activity-list.js';
import '../../../../src/config/learning-city.js';
import { kitStore } from '../../../../src/store/store.js';
import { API, injectFault, resetServer, serverStats } from '../../helpers/server.js';
import { isShown, part, partText, waitForPart } from '../../helpers/components.js';

const cards = (list: ActivityList) => [...list.shadowRoot!.querySelectorAll('activity-card')];
const cardIds = (list: ActivityList) => cards(list).map((card) => card.activityId);
const rendered = (list: ActivityList) =>
  waitUntil(() => cards(list).length > 0 && cards(list).every((card) => part(card, 'title')), 'the cards did not render', {
    timeout: 8000,
  });
/** The ids the API itself lists for a query: what the list must show. */
const expected = async (query: ActivityQuery) => (await new RestClient({ api: API }).listActivities(query)).items.map((a) => a.id);
const settled = (list: ActivityList) => waitUntil(() => partText(list, 'count'), 'no result count', { timeout: 8000 });

describe('activity-list', () => {
  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
  });

  it('lists a page of activities and announces how many it shows', async () => {
    const list = await fixture<ActivityList>(html`<activity-list api=${API} lang="en" limit="5"></activity-list>`);
    await rendered(list);
    expect(cardIds(list)).to.deep.equal(await expected({ limit: 5 }));
    expect(part(list, 'count')!.getAttribute('role')).to.equal('status');
    expect(partText(list, 'count')).to.equal('Showing 5 activities');
    await expect(list).to.be.accessible();
  });

  it('renders its cards from the cache the list filled: one request for the page, none for the cards', async () => {
    const list = await fixture<ActivityList>(html`<activity-list api=${API} lang="en" limit="8"></activity-list>`);
    await rendered(list);
    const stats = await serverStats();
    expect(stats.requests['GET /activities']).to.equal(1);
    expect(stats.requests['GET /activities/:id'] ?? 0).to.equal(0);
  });

  it("loads the first card's cover at once and the others' as they come near the viewport", async () => {
    const list = await fixture<ActivityList>(html`<activity-list api=${API} lang="en" limit="8"></activity-list>`);
    await rendered(list);
    const covers = cards(list).map((card) => part<HTMLImageElement>(card, 'image')?.loading);
    expect(covers[0]).to.equal('eager');
    expect(covers.slice(1).filter(Boolean)).to.not.be.empty;
    expect(covers.slice(1).every((loading) => loading === undefined || loading === 'lazy')).to.equal(true);
  });

  it('filters by organiser, skill, category and time through attributes', async () => {
    const list = await fixture<ActivityList>(
      html`<activity-list api=${API} lang="en" organiser="vilnius-col" category="career" when="past" limit="50"></activity-list>`,
    );
    await rendered(list);
    expect(cardIds(list)).to.deep.equal(await expected({ organiser: 'vilnius-col', category: 'career', when: 'past', limit: 50 }));
    expect(cardIds(list)).to.include('13965');
    list.skill = 'think-strategically';
    await waitUntil(async () => cardIds(list).join() === (await expected({ organiser: 'vilnius-col', category: 'career', when: 'past', skill: 'think-strategically', limit: 50 })).join());
  });

  it('has labelled filter controls filled from the facets, usable by keyboard', async () => {
    const list = await fixture<ActivityList>(html`<activity-list api=${API} lang="en" limit="50"></activity-list>`);
    await rendered(list);
    await waitUntil(() => list.shadowRoot!.querySelectorAll('select').length === 4, 'the facet selects did not appear');
    const labels = [...list.shadowRoot!.querySelectorAll('[part="filter"] .label')].map((label) => label.textContent);
    expect(labels).to.deep.equal(['Organiser', 'Skill', 'Category', 'When']);
    const when = list.shadowRoot!.querySelectorAll('select')[3]!;
    when.focus();
    await pressKey('ArrowDown'); // Any time → Upcoming
    await waitUntil(() => list.when === 'upcoming', 'the select did not change the filter');
    await waitUntil(async () => cardIds(list).join() === (await expected({ when: 'upcoming', limit: 50 })).join(), 'not filtered');
    await expect(list).to.be.accessible();
  });

  it('searches as the visitor types, and at once on Enter', async () => {
    const list = await fixture<ActivityList>(html`<activity-list api=${API} lang="en" limit="50"></activity-list>`);
    await rendered(list);
    part(list, 'search')!.focus();
    await typeKeys('strat');
    await waitUntil(() => list.q === 'strat', 'typing did not search');
    await typeKeys('egies');
    await pressKey('Enter');
    expect(list.q).to.equal('strategies');
    await waitUntil(async () => cardIds(list).join() === (await expected({ q: 'strategies', limit: 50 })).join(), 'not searched');
    expect(cardIds(list)).to.include('13965');
  });

  it('pages with "Show more", moving focus to the first new card', async () => {
    const all = await expected({ limit: 100 });
    const list = await fixture<ActivityList>(html`<activity-list api=${API} lang="en" limit="10" no-filters></activity-list>`);
    await rendered(list);
    let shown = 10;
    while (shown < all.length) {
      part(list, 'more')!.focus();
      await pressKey('Enter');
      const next = Math.min(shown + 10, all.length);
      await waitUntil(() => cards(list).length === next, 'the next page did not arrive');
      const items = list.shadowRoot!.querySelectorAll('[part="item"]');
      await waitUntil(() => list.shadowRoot!.activeElement === items[shown], 'focus did not move to the new page');
      shown = next;
    }
    expect(cardIds(list)).to.deep.equal(all);
    expect(part(list, 'more')).to.equal(null);
    expect(partText(list, 'count')).to.equal(`Showing ${all.length} activities`);
  });

  it('shows an empty state that clears the filters', async () => {
    const list = await fixture<ActivityList>(html`<activity-list api=${API} lang="en" q="no activity has this text"></activity-list>`);
    await settled(list);
    expect(partText(list, 'count')).to.equal('No activities match these filters.');
    expect(cards(list)).to.have.length(0);
    await expect(list).to.be.accessible();
    part(list, 'empty')!.querySelector('button')!.click();
    await rendered(list);
    expect(list.q).to.equal('');
  });

  it('hides the controls with no-filters, keeping the attribute filters', async () => {
    const list = await fixture<ActivityList>(html`<activity-list api=${API} lang="en" organiser="unesco-uil" no-filters></activity-list>`);
    await rendered(list);
    expect(part(list, 'filters')).to.equal(null);
    expect(cardIds(list)).to.deep.equal(await expected({ organiser: 'unesco-uil', limit: 12 }));
  });

  it('shows a skeleton while loading', async () => {
    await injectFault({ method: 'GET', path: '/activities', status: 200, delayMs: 1000, times: 1 });
    const list = await fixture<ActivityList>(html`<activity-list api=${API} lang="en"></activity-list>`);
    await waitForPart(list, 'skeleton');
    await expect(list).to.be.accessible();
    await rendered(list);
  });

  it('offers a retry after an error, and shows the page’s own content meanwhile', async () => {
    await injectFault({ method: 'GET', path: '/activities', status: 500, retryAfter: 0, times: 3 });
    const reported = oneEvent(document, 'lc-error');
    const list = await fixture<ActivityList>(html`<activity-list api=${API} lang="en">
      <a href="https://vilnius.citiesoflearning.eu/activities">All activities in Vilnius</a>
    </activity-list>`);
    await waitForPart(list, 'retry');
    expect(partText(list, 'error')).to.contain('The activities could not be loaded.');
    await reported;
    expect(isShown(list.querySelector('a')!)).to.equal(true);
    await expect(list).to.be.accessible();
    part(list, 'retry')!.focus();
    await pressKey('Enter');
    await rendered(list);
    expect(isShown(list.querySelector('a')!)).to.equal(false);
  });

  it('shows its cached first page at once, then the API’s', async () => {
    const page = html`<learning-city api=${API} lang="en" cache-ttl="0"><activity-list limit="5"></activity-list></learning-city>`;
    const first = (await fixture(page)).querySelector('activity-list')!;
    await rendered(first);
    first.remove();
    await injectFault({ method: 'GET', path: '/activities', status: 200, delayMs: 3000, times: 1 });
    const requested = (await serverStats()).requests['GET /activities'];
    const again = (await fixture(page)).querySelector('activity-list')!;
    await waitUntil(() => cards(again).length === 5 && cards(again).every((card) => part(card, 'title')), 'the cached page did not show at once', { timeout: 1500 });
    expect(part(again, 'skeleton')).to.equal(null);
    await waitUntil(async () => (await serverStats()).requests['GET /activities']! > requested!, 'no fresh page was asked for', { timeout: 5000 });
    expect(cardIds(again)).to.deep.equal(await expected({ limit: 5 }));
  });

  it('keeps an answer only under the query that asked for it, when a filter changes mid-request', async () => {
    await injectFault({ method: 'GET', path: '/activities', status: 200, delayMs: 1000, times: 1 });
    const list = await fixture<ActivityList>(html`<activity-list api=${API} lang="en" organiser="unesco-uil"></activity-list>`);
    await waitForPart(list, 'skeleton');
    list.organiser = '';
    await rendered(list);
    await new Promise((resolve) => setTimeout(resolve, 1200)); // the slow answer for the old filter
    const kept = async (query: ActivityQuery) =>
      ((await kitStore().get('entities', `${API}|list|${JSON.stringify(query)}`))?.data as { items: { id: string }[] } | undefined)?.items.map((a) => a.id);
    expect(await kept({ limit: 12 })).to.deep.equal(await expected({ limit: 12 }));
    // The old filter's request was abandoned: nothing is kept for it, and nothing of it elsewhere.
    expect(await kept({ limit: 12, organiser: 'unesco-uil' })).to.equal(undefined);
    expect(cardIds(list)).to.deep.equal(await expected({ limit: 12 }));
  });

  it('speaks the UI language, with Lithuanian plural forms', async () => {
    const list = await fixture<ActivityList>(html`<activity-list api=${API} lang="lt" limit="2"></activity-list>`);
    await rendered(list);
    await waitUntil(() => partText(list, 'count') === 'Rodomos 2 veiklos', 'no Lithuanian count');
    expect(partText(list, 'filters')).to.contain('Paieška');
    await expect(list).to.be.accessible();
  });
});
