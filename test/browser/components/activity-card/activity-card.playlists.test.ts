import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/components/activity-card/activity-card.js';
import type { ActivityCard } from '../../../../src/components/activity-card/activity-card.js';
import '../../../../src/config/learning-city.js';
import { kitStore } from '../../../../src/store/store.js';
import { pressKey } from '../../helpers/browser.js';
import { part, partText, waitForPart } from '../../helpers/components.js';
import { API, injectFault, resetServer } from '../../helpers/server.js';

const names = (element: ActivityCard) => [...element.shadowRoot!.querySelectorAll('[part="playlist"]')].map((item) => item.textContent!.trim());

describe('activity-card: the learning paths that include the activity', () => {
  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
  });

  it('opens the list of paths from the keyboard, each name linked through playlist-href', async () => {
    const element = await fixture<ActivityCard>(
      html`<activity-card api=${API} lang="en" activity-id="gnlc-future-skills" playlist-href="/playlist.html?playlist={playlistId}"></activity-card>`,
    );
    await waitForPart(element, 'playlists');
    const toggle = part(element, 'playlists')!;
    expect(toggle.textContent!.trim()).to.equal('Added to 2 playlists');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.focus();
    await pressKey('Enter');
    await waitUntil(() => names(element).length === 2, 'the list did not open');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(names(element)).to.deep.equal(['Learning city strategist', 'Percorso competenze digitali']);
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="playlist"] a')].map((a) => new URL(a.href).search);
    expect(links).to.deep.equal(['?playlist=city-strategist', '?playlist=torino-digitale']);
    expect(part(element, 'playlist')!.nextElementSibling!.getAttribute('lang')).to.equal('it');
    await expect(element).to.be.accessible();
    await pressKey('Enter');
    await waitUntil(() => part(element, 'playlist-list')!.hidden, 'the list did not close');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await expect(element).to.be.accessible();
  });

  it('lists names without links when the page gives no playlist-href', async () => {
    const element = await fixture<ActivityCard>(html`<activity-card api=${API} lang="en" activity-id="13965"></activity-card>`);
    await waitForPart(element, 'playlists');
    part(element, 'playlists')!.click();
    await waitUntil(() => names(element).length === 1, 'the list did not open');
    expect(names(element)).to.deep.equal(['Learning city strategist']);
    expect(part(element, 'playlist')!.querySelector('a')).to.equal(null);
  });

  it('says when the paths cannot be loaded, with a retry', async () => {
    await injectFault({ method: 'GET', path: '/playlists', status: 500, retryAfter: 0, times: 3 });
    const element = await fixture<ActivityCard>(html`<activity-card api=${API} lang="en" activity-id="13965"></activity-card>`);
    await waitForPart(element, 'playlists');
    part(element, 'playlists')!.click();
    await waitUntil(() => partText(element, 'playlist-list')?.includes('Learning paths could not be loaded.'), 'no error shown');
    await expect(element).to.be.accessible();
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="playlist-list"] [part="retry"]')!.click();
    await waitUntil(() => names(element).length === 1, 'the retry did not load the paths');
  });

  it('shows the paths from this device when the API cannot be reached', async () => {
    const page = html`<learning-city api=${API} cache-ttl="0" lang="en"><activity-card activity-id="13965"></activity-card></learning-city>`;
    const first = (await fixture(page)).querySelector('activity-card')!;
    await waitForPart(first, 'playlists');
    part(first, 'playlists')!.click();
    await waitUntil(() => names(first).length === 1, 'the list did not open');
    first.closest('learning-city')!.remove();
    await injectFault({ method: 'GET', path: '/playlists', status: 503, retryAfter: 0, times: 3 });
    const element = (await fixture(page)).querySelector('activity-card')!;
    await waitForPart(element, 'playlists');
    part(element, 'playlists')!.click();
    await waitUntil(() => names(element).length === 1, 'the cached list did not show');
    expect(names(element)).to.deep.equal(['Learning city strategist']);
  });
});
