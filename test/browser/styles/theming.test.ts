import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/activity-card/activity-card.js';
import '../../../src/components/activity-list/activity-list.js';
import '../../../src/components/badge-card/badge-card.js';
import type { ActivityCard } from '../../../src/components/activity-card/activity-card.js';
import { kitStore } from '../../../src/store/store.js';
import { API, injectFault, resetServer } from '../helpers/server.js';
import { engine } from '../helpers/browser.js';
import { part, waitForPart } from '../helpers/components.js';
import { background, loadedCard, WHITE } from '../helpers/theming.js';


describe('theming', () => {
  before(resetServer);

  afterEach(() => {
    document.documentElement.classList.remove('lc-theme-dark', 'lc-theme-light');
    document.documentElement.style.removeProperty('--lc-color-surface');
  });

  it('is light by default', async () => {
    expect(background(await loadedCard())).to.equal(WHITE);
  });

  it('turns dark under an ancestor with the class lc-theme-dark', async () => {
    const wrapper = await fixture(html`<div class="lc-theme-dark">
      <activity-card api=${API} lang="en" activity-id="13965"></activity-card>
    </div>`);
    const card = wrapper.querySelector('activity-card')!;
    await waitForPart(card, 'title');
    expect(background(card)).not.to.equal(WHITE);
    expect(getComputedStyle(part(card, 'base')!).colorScheme).to.equal('dark');
    await expect(card).to.be.accessible(); // contrast included
  });

  it('turns dark with the class on :root', async () => {
    document.documentElement.classList.add('lc-theme-dark');
    expect(background(await loadedCard())).not.to.equal(WHITE);
  });

  it('shimmers the skeleton for visitors who do not ask for reduced motion', async () => {
    await kitStore().clear();
    await injectFault({ method: 'GET', path: '/activities', status: 200, delayMs: 1000, times: 1 });
    const card = await fixture<ActivityCard>(html`<activity-card api=${API} lang="en" activity-id="13965"></activity-card>`);
    // The placeholders shimmer once the activity is slow to come (a cached one never is).
    await waitUntil(() => card.shadowRoot!.querySelector('.skeleton'), 'no placeholder blocks');
    expect(getComputedStyle(card.shadowRoot!.querySelector('.skeleton')!).animationName).not.to.equal('none');
    await waitForPart(card, 'title');
  });

  it('takes a designer’s semantic tokens from any ancestor', async () => {
    document.documentElement.style.setProperty('--lc-color-surface', 'rgb(1, 2, 3)');
    expect(background(await loadedCard())).to.equal('rgb(1, 2, 3)');
  });

  it('reads component knobs set on an ancestor, with the semantic token as fallback', async () => {
    const wrapper = await fixture(html`<div style="--lc-activity-card-padding: 40px">
      <activity-card api=${API} lang="en" activity-id="13965"></activity-card>
    </div>`);
    const card = wrapper.querySelector('activity-card')!;
    await waitForPart(card, 'title');
    expect(getComputedStyle(part(card, 'body')!).paddingTop).to.equal('40px');
    expect(getComputedStyle(part(await loadedCard(), 'body')!).paddingTop).to.equal('16px');
  });

  it('exposes its main regions as parts', async () => {
    const card = await loadedCard();
    for (const name of ['base', 'media', 'body', 'title', 'details', 'when', 'place', 'description', 'skills', 'playlists', 'badge', 'claim']) {
      expect(part(card, name), name).not.to.equal(null);
    }
  });

  it('keeps a visible focus ring on its controls', async () => {
    const card = await loadedCard();
    const claim = part(card, 'claim')!;
    // The widget's own rule for keyboard focus: a solid outline on whatever has it.
    const rules = card.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]) as CSSStyleRule[];
    const ring = rules.find((rule) => rule.selectorText === ':focus-visible');
    expect(ring?.cssText).to.match(/outline:[^;]*\bsolid\b/);
    claim.focus();
    // Chromium and Firefox count focus() from script as keyboard focus for a button; WebKit does
    // not, and its driver cannot press Tab on this page (RELIABILITY.md).
    if (engine !== 'webkit') expect(getComputedStyle(claim).outlineStyle).to.equal('solid');
    const { width, height } = claim.getBoundingClientRect();
    expect(Math.min(width, height)).to.be.at.least(44);
  });

  describe('presets', () => {
    const PRESETS = { 'high-contrast': ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'], 'harbour-city': ['rgb(0, 89, 79)', 'rgb(127, 209, 195)'] };
    for (const [preset, [lightAccent, darkAccent]] of Object.entries(PRESETS)) {
      it(`${preset} restyles the widgets, light and dark, and keeps them accessible`, async () => {
        const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/src/themes/${preset}.css` });
        const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
        document.head.append(link);
        await loaded;
        try {
          const card = await loadedCard();
          const accent = () => getComputedStyle(part(card, 'claim')!).backgroundColor;
          expect(accent()).to.equal(lightAccent);
          await expect(card).to.be.accessible();
          document.documentElement.classList.add('lc-theme-dark');
          expect(accent()).to.equal(darkAccent);
          await expect(card).to.be.accessible();
        } finally {
          link.remove();
        }
      });
    }
  });
});
