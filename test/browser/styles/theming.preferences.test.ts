// Theming for a visitor whose system prefers a dark theme and reduced motion: the browser runs
// with those settings from its start (the `preferences` group of web-test-runner.config.mjs), as
// on the visitor's device, in every engine.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/activity-card/activity-card.js';
import type { ActivityCard } from '../../../src/components/activity-card/activity-card.js';
import { kitStore } from '../../../src/store/store.js';
import { API, injectFault, resetServer } from '../helpers/server.js';
import { part, waitForPart } from '../helpers/components.js';
import { background, loadedCard, WHITE } from '../helpers/theming.js';


describe('theming under the visitor’s system preferences', () => {
  before(resetServer);

  afterEach(() => {
    document.documentElement.classList.remove('lc-theme-dark', 'lc-theme-light');
  });

  it('runs where the system prefers dark and reduced motion', () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'prefers-color-scheme: dark').to.equal(true);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'prefers-reduced-motion: reduce').to.equal(true);
  });

  it('stills the skeleton shimmer for visitors who prefer reduced motion', async () => {
    await kitStore().clear();
    await injectFault({ method: 'GET', path: '/activities', status: 200, delayMs: 1000, times: 1 });
    const card = await fixture<ActivityCard>(html`<activity-card api=${API} lang="en" activity-id="13965"></activity-card>`);
    // The placeholders shimmer once the activity is slow to come (a cached one never is).
    await waitUntil(() => card.shadowRoot!.querySelector('.skeleton'), 'no placeholder blocks');
    expect(getComputedStyle(card.shadowRoot!.querySelector('.skeleton')!).animationName).to.equal('none');
    await waitForPart(card, 'title');
  });

  it('follows prefers-color-scheme, unless the page says lc-theme-light', async () => {
    const card = await loadedCard();
    expect(background(card)).not.to.equal(WHITE);
    expect(getComputedStyle(part(card, 'base')!).colorScheme).to.equal('dark');
    await expect(card).to.be.accessible(); // contrast included
    document.documentElement.classList.add('lc-theme-light');
    expect(background(card)).to.equal(WHITE);
  });
});
