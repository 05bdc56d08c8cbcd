import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { API, resetServer } from './helpers/server.js';

const BUNDLE = '/dist/cdn/learning-city-widgets.js';
const TAGS = ['learning-city', 'activity-card', 'activity-list', 'badge-card', 'badge-claim', 'my-badges', 'qr-scanner'];

/** The drop-in bundle as a city page loads it: built by `npm run build`, one script. */
describe('the drop-in bundle', () => {
  before(async () => {
    await resetServer();
    await import(BUNDLE);
  });

  it('defines every element as the page uses it, and renders the Vilnius activity', async () => {
    const page = await fixture(html`<div>
      <learning-city api=${API} lang="en"></learning-city>
      <activity-card activity-id="13965"></activity-card>
      <activity-list limit="2"></activity-list>
      <badge-card badge-id="strategist-2022"></badge-card>
      <badge-claim badge-id="strategist-2022"></badge-claim>
      <my-badges></my-badges>
      <qr-scanner></qr-scanner>
    </div>`);
    await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
    const card = page.querySelector('activity-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part="title"]'), 'the card did not render');
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('21st-century skills');
  });

  it('defines an element inserted later by a script', async () => {
    const late = document.createElement('badge-card');
    document.body.append(late);
    await customElements.whenDefined('badge-card');
    expect(late.shadowRoot).to.not.equal(null);
    late.remove();
  });

  it('has not downloaded the QR decoder before anyone scans', () => {
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((name) => name.includes('/dist/cdn/'))).to.equal(true);
    expect(loaded.filter((name) => /html5-qrcode|\/esm-/.test(name))).to.deep.equal([]);
  });

  it('loads the organiser elements from chunks of their own, once they appear in the page', async () => {
    const chunks = () => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\/chunks\/(claim-review|claim-kiosk|organiser-client)-/.test(name));
    expect(chunks()).to.deep.equal([]);
    const page = await fixture(html`<div>
      <claim-review></claim-review>
      <claim-kiosk></claim-kiosk>
    </div>`);
    await Promise.all(['claim-review', 'claim-kiosk'].map((tag) => customElements.whenDefined(tag)));
    expect(page.querySelector('claim-kiosk')!.shadowRoot).to.not.equal(null);
    expect(chunks().map((name) => name.replace(/^.*\/chunks\/([a-z-]+)-[\w-]+\.js$/, '$1')).sort()).to.deep.equal(['claim-kiosk', 'claim-review', 'organiser-client']);
  });

  it('can be loaded twice on one page without throwing', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      await import(`${BUNDLE}?copy=2`);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('activity-card')).to.not.equal(undefined);
  });
});
