// <activity-list> reserves its size: from its skeleton to its cards, while its facets arrive, and
// when "Show more" brings a page, the page around it does not move. Checked with the layout
// shifts Chromium reports, and in every engine by the list's own box and the text below it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { pressKey, setViewport } from '../../helpers/browser.js';
import '../../../../src/components/activity-list/activity-list.js';
import type { ActivityList } from '../../../../src/components/activity-list/activity-list.js';
import { kitStore } from '../../../../src/store/store.js';
import { API, injectFault, resetServer } from '../../helpers/server.js';
import { part, waitForPart } from '../../helpers/components.js';
import { nextFrames, recordShifts } from '../../helpers/layout.js';

const cards = (list: ActivityList) => [...list.shadowRoot!.querySelectorAll('activity-card')];
/** Every card shows its title (and a full card its badge's name: its last text to arrive). */
const cardsShown = (list: ActivityList, count: number, variant: string) =>
  waitUntil(
    () =>
      cards(list).length === count &&
      cards(list).every((card) => part(card, 'title') && (variant === 'compact' || part(card, 'badge')?.querySelector('strong'))),
    `${count} cards did not show`,
    { timeout: 8000 },
  );
const facetsIn = (list: ActivityList) =>
  waitUntil(() => [...list.shadowRoot!.querySelectorAll('select')].every((select) => !select.disabled), 'the facets did not arrive', { timeout: 5000 });
const height = (element: Element) => element.getBoundingClientRect().height;

/** The list between paragraphs of page text, `width` wide. */
async function inPage(width: number, list: ReturnType<typeof html>) {
  const page = await fixture<HTMLElement>(html`<main style="width: ${width}px">
    <p>City news: the library opens on Sundays from next month.</p>
    ${list}
    <p id="after">The summer programme is out.</p>
  </main>`);
  return { list: page.querySelector<ActivityList>('activity-list')!, after: page.querySelector('#after')! };
}

describe('activity-list reserves its size', () => {
  before(() => setViewport({ width: 1000, height: 1600 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
  });

  for (const variant of ['compact', 'full']) {
    for (const width of [360, 900]) {
      it(`${variant} cards, ${width}px wide: the same height from skeleton to cards, nothing below moves`, async () => {
        // A slow first page keeps the skeleton on screen for a few frames.
        await injectFault({ method: 'GET', path: '/activities', status: 200, delayMs: 600, times: 1 });
        const limit = variant === 'full' ? 2 : 4;
        const { list, after } = await inPage(width, html`<activity-list api=${API} lang="en" limit=${limit} variant=${variant}></activity-list>`);
        await waitForPart(list, 'skeleton');
        await nextFrames();
        const shifts = recordShifts();
        const [loading, top] = [height(list), after.getBoundingClientRect().top];
        expect(list.shadowRoot!.querySelectorAll('[part="skeleton"]')).to.have.length(limit);
        await cardsShown(list, limit, variant);
        await facetsIn(list);
        await nextFrames();
        shifts.stop();
        expect(height(list)).to.equal(loading);
        expect(after.getBoundingClientRect().top).to.equal(top);
        expect(shifts.total()).to.equal(0);
      });
    }
  }

  it('"Show more": a page of placeholders at once, then the cards in their place', async () => {
    const { list, after } = await inPage(900, html`<activity-list api=${API} lang="en" limit="4" no-filters></activity-list>`);
    await cardsShown(list, 4, 'compact');
    await injectFault({ method: 'GET', path: '/activities', status: 200, delayMs: 800, times: 1 });
    part(list, 'more')!.focus();
    await pressKey('Enter');
    await waitUntil(() => list.shadowRoot!.querySelectorAll('[part="skeleton"]').length === 4, 'no placeholders for the next page');
    expect(part(list, 'items')!.getAttribute('aria-busy')).to.equal('true');
    await nextFrames();
    const shifts = recordShifts();
    const [loading, top] = [height(list), after.getBoundingClientRect().top];
    await cardsShown(list, 8, 'compact');
    await nextFrames();
    shifts.stop();
    expect(part(list, 'skeleton')).to.equal(null);
    expect(part(list, 'items')!.getAttribute('aria-busy')).to.equal('false');
    expect(height(list)).to.equal(loading);
    expect(after.getBoundingClientRect().top).to.equal(top);
    expect(shifts.total()).to.equal(0);
    await expect(list).to.be.accessible();
  });

  it('shows its filters at once, disabled until the facets arrive, and accessible meanwhile', async () => {
    await injectFault({ method: 'GET', path: '/facets', status: 200, delayMs: 1500, times: 1 });
    // The same API by its full URL: a client of its own, which has not asked for the facets yet.
    const api = new URL(API, location.href).href;
    const { list } = await inPage(900, html`<activity-list api=${api} lang="en" limit="2"></activity-list>`);
    await cardsShown(list, 2, 'compact');
    const selects = [...list.shadowRoot!.querySelectorAll('select')];
    expect(selects.map((select) => select.disabled)).to.deep.equal([true, true, true, false]);
    const form = height(part(list, 'filters')!);
    await expect(list).to.be.accessible();
    await facetsIn(list);
    expect(height(part(list, 'filters')!)).to.equal(form);
    expect(list.shadowRoot!.querySelectorAll('select')[0]!.options.length).to.be.greaterThan(1);
  });
});
