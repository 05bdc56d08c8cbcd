import { expect, fixture, html, waitUntil } from '@open-wc/testing';

/**
 * A browser that refuses IndexedDB (private mode, storage disabled): the kit keeps working from
 * memory, and the widgets with offline features say they are off. IndexedDB is refused before
 * the kit is loaded, so this file imports the kit only after that.
 */
describe('without IndexedDB', () => {
  before(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    console.warn = () => {};
  });

  it('shows activities and tells the visitor that offline features are off', async () => {
    await import('../../../src/components/activity-card/activity-card.js');
    await import('../../../src/components/my-badges/my-badges.js');
    const { kitStore } = await import('../../../src/store/store.js');
    const page = await fixture(html`<div>
      <activity-card api="/api" lang="en" activity-id="13965"></activity-card>
      <my-badges api="/api" lang="en"></my-badges>
    </div>`);
    const card = page.querySelector('activity-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part="title"]'), 'the card did not render');
    expect(kitStore().persistent).to.equal(false);
    const badges = page.querySelector('my-badges')!;
    await waitUntil(() => badges.shadowRoot?.textContent?.includes('offline features are off'), 'no notice');
    await expect(badges).to.be.accessible();
  });
});
