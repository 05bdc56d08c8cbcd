/**
 * `heading-level` on every element that shows headings: the element's heading takes that level
 * and the headings inside it the next one (6 at most), so that the element fits under the page's
 * own headings; any value other than 1 to 6 gives the default (3, and 4 inside). A list passes
 * its level to its cards.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/activity-card/activity-card.js';
import '../../src/components/activity-list/activity-list.js';
import '../../src/components/badge-card/badge-card.js';
import '../../src/components/badge-claim/badge-claim.js';
import '../../src/components/badge-verify/badge-verify.js';
import '../../src/components/claim-kiosk/claim-kiosk.js';
import '../../src/components/claim-review/claim-review.js';
import '../../src/components/my-badges/my-badges.js';
import '../../src/components/playlist-card/playlist-card.js';
import type { HeadedElement } from '../../src/internal/headed-element.js';
import { kitStore } from '../../src/store/store.js';
import { API, ORGANISER_TOKEN, resetServer } from './helpers/server.js';

interface Case {
  tag: string;
  attributes: Record<string, string>;
  /** What shows once the element has its headings. */
  shown: string;
  /** How far below the element's own level each of its headings is, in document order. */
  depths: number[];
}

const CASES: Case[] = [
  { tag: 'activity-card', attributes: { 'activity-id': '13965' }, shown: '[part~="skills"]', depths: [0, 1] },
  { tag: 'badge-card', attributes: { 'badge-id': 'strategist-2022' }, shown: '[part~="skills"]', depths: [0, 1, 1, 1] },
  { tag: 'badge-claim', attributes: { 'badge-id': 'strategist-2022' }, shown: '[part~="heading"]', depths: [0, 1] },
  { tag: 'my-badges', attributes: {}, shown: '[part~="base"][aria-busy="false"]', depths: [0] },
  { tag: 'playlist-card', attributes: { 'playlist-id': 'city-strategist' }, shown: '[part~="name"]', depths: [0] },
  { tag: 'badge-verify', attributes: { src: `${API}/credentials/no-such-credential` }, shown: '[part~="verdict"]', depths: [0] },
  { tag: 'claim-review', attributes: { 'badge-id': 'strategist-2022', token: ORGANISER_TOKEN }, shown: '[part~="heading"]', depths: [0] },
  { tag: 'claim-kiosk', attributes: { 'badge-id': 'strategist-2022', token: ORGANISER_TOKEN }, shown: '[part~="heading"]', depths: [0] },
];

/** The headings in an element's shadow tree, as the accessibility tree has their levels. */
const levels = (host: Element) =>
  [...host.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((heading) =>
    Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1)),
  );

/** The levels an element's headings have when its own is `level`. */
const expected = (depths: number[], level: number) => depths.map((depth) => Math.min(level + depth, 6));

/** A page with its own `h1`, and the element in it. */
async function page(tag: string, attributes: Record<string, string>): Promise<HeadedElement> {
  const main = await fixture<HTMLElement>(html`<main><h1>Learning in Vilnius</h1></main>`);
  const element = document.createElement(tag) as HeadedElement;
  for (const [name, value] of Object.entries({ api: API, lang: 'en', ...attributes })) element.setAttribute(name, value);
  main.append(element);
  return element;
}

async function setLevel(element: HeadedElement, value: string | null): Promise<void> {
  if (value === null) element.removeAttribute('heading-level');
  else element.setAttribute('heading-level', value);
  await element.updateComplete;
}

describe('heading-level', function () {
  this.timeout(30_000);

  beforeEach(async () => {
    await Promise.all([resetServer(), kitStore().clear()]);
  });

  for (const { tag, attributes, shown, depths } of CASES) {
    it(`${tag}: its headings follow heading-level, 3 by default and for values out of 1 to 6`, async () => {
      const element = await page(tag, attributes);
      await waitUntil(() => element.shadowRoot?.querySelector(shown), `${tag} did not show ${shown}`, { timeout: 10_000 });
      expect(levels(element)).to.deep.equal(expected(depths, 3));
      expect(element.getAttribute('heading-level')).to.equal('3');
      // Right below the page's h1, the default level leaves a gap in the outline that axe reports.
      await expect(element.parentElement).not.to.be.accessible();

      await setLevel(element, '2');
      expect(element.headingLevel).to.equal(2);
      expect(levels(element)).to.deep.equal(expected(depths, 2));
      // One level lower, the gap is gone.
      await expect(element.parentElement).to.be.accessible();

      element.headingLevel = 5;
      await element.updateComplete;
      expect(element.getAttribute('heading-level')).to.equal('5');
      expect(levels(element)).to.deep.equal(expected(depths, 5));

      await setLevel(element, '6');
      expect(levels(element)).to.deep.equal(expected(depths, 6));

      for (const invalid of ['0', '7', '2.5', '-1', 'two', '']) {
        await setLevel(element, invalid);
        expect(levels(element), `heading-level="${invalid}"`).to.deep.equal(expected(depths, 3));
      }
    });
  }

  it('activity-list: passes its level to its cards', async () => {
    const list = await page('activity-list', { limit: '2', 'heading-level': '2' });
    const cards = () => [...list.shadowRoot!.querySelectorAll<HeadedElement>('activity-card')];
    const titles = () => cards().map((card) => card.shadowRoot?.querySelector('[part~="title"]')?.localName);
    await waitUntil(() => titles().length === 2 && titles().every(Boolean), 'the cards did not show', { timeout: 10_000 });
    expect(titles()).to.deep.equal(['h2', 'h2']);
    await expect(list.parentElement).to.be.accessible();

    await setLevel(list, '4');
    await Promise.all(cards().map((card) => card.updateComplete));
    expect(cards().map((card) => card.getAttribute('heading-level'))).to.deep.equal(['4', '4']);
    expect(titles()).to.deep.equal(['h4', 'h4']);

    await setLevel(list, '9');
    await Promise.all(cards().map((card) => card.updateComplete));
    expect(titles()).to.deep.equal(['h3', 'h3']);

    await setLevel(list, null);
    await Promise.all(cards().map((card) => card.updateComplete));
    expect(titles()).to.deep.equal(['h3', 'h3']);
  });
});
