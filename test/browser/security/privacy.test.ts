/**
 * Privacy: the claimant's e-mail address appears in no public response; a claim's status needs
 * its token; and "forget this device" leaves nothing of the kit in IndexedDB, localStorage or
 * the Cache Storage, after a real claim flow has filled them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/activity-card/activity-card.js';
import '../../../src/components/badge-claim/badge-claim.js';
import '../../../src/components/my-badges/my-badges.js';
import type { BadgeClaim } from '../../../src/components/badge-claim/badge-claim.js';
import { DB_NAME } from '../../../src/store/database.js';
import { kitStore } from '../../../src/store/store.js';
import { check, press, shadow, text, type } from '../helpers/forms.js';
import { API, resetServer } from '../helpers/server.js';

const EMAIL = 'ruta.private@example.org';

/** Every record of every object store of the kit's database, read with the plain IndexedDB API. */
async function everythingStored(): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(DB_NAME);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    const names = [...db.objectStoreNames];
    if (names.length === 0) return [];
    const tx = db.transaction(names);
    const all = await Promise.all(
      names.map((name) => new Promise<unknown[]>((resolve) => (tx.objectStore(name).getAll().onsuccess = (e) => resolve((e.target as IDBRequest).result)))),
    );
    return all.flat();
  } finally {
    db.close();
  }
}

/** Claims the webinar badge (issued at once) as a visitor would, and leaves a half-filled draft for another. */
async function claimAndDraft(): Promise<BadgeClaim> {
  const claim = await fixture<BadgeClaim>(html`<badge-claim api=${API} lang="en" badge-id="gnlc-future-skills" code="GNLC-FUTURE"></badge-claim>`);
  await press(claim, 'Claim this badge');
  await type(claim, '#name', 'Rūta Jonaitė');
  await type(claim, '#email', EMAIL);
  await check(claim, '#consent');
  await press(claim, 'Next');
  await shadow(claim, 'textarea');
  for (const field of claim.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('textarea')) {
    await type(claim, `#${field.id}`, 'Cities can teach future skills in libraries.');
  }
  await press(claim, 'Next');
  await press(claim, 'Send my claim');
  await waitUntil(() => text(claim).includes('You earned'), 'the badge was not issued', { timeout: 8000 });

  const draft = await fixture<BadgeClaim>(html`<badge-claim api=${API} lang="en" badge-id="strategist-2022"></badge-claim>`);
  await press(draft, 'Claim this badge');
  await type(draft, '#name', 'Rūta Jonaitė');
  await type(draft, '#email', EMAIL);
  // A card too, so that the cache holds activities; loaded before the visitor forgets, since a
  // widget still loading then would cache its (public) activity again afterwards.
  const card = await fixture(html`<activity-card api=${API} lang="en" activity-id="13965"></activity-card>`);
  await waitUntil(() => card.shadowRoot!.querySelector('[part~="badge"] strong'), 'the card did not load', { timeout: 8000 });
  return claim;
}

describe('privacy', () => {
  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
  });

  it('the e-mail address appears in no public response, and a claim needs its token', async () => {
    const claim = await claimAndDraft();
    const assertionUrl = claim.shadowRoot!.querySelector<HTMLAnchorElement>('[part="result"] a')!.href;
    const assertion = await (await fetch(assertionUrl)).text();
    expect(assertion).not.to.include(EMAIL);
    expect(JSON.parse(assertion).recipient).to.include({ hashed: true });
    const [kept] = (await kitStore().all('claims')) as { id: string }[];
    const withoutToken = await fetch(`${API}/claims/${kept!.id}`);
    expect(withoutToken.status).to.equal(401);
    expect(await withoutToken.text()).not.to.include(EMAIL);
    const badgeClass = await (await fetch(`${API}/badges/gnlc-future-skills/badgeclass`)).text();
    expect(badgeClass).not.to.include(EMAIL);
  });

  it('"forget this device" leaves nothing of the kit in IndexedDB, localStorage or caches', async () => {
    const keysBefore = Object.keys(localStorage);
    await claimAndDraft();
    await new Promise((resolve) => setTimeout(resolve, 300)); // the draft is saved as the visitor types
    expect(JSON.stringify(await everythingStored()), 'the flow kept data on the device').to.include(EMAIL);

    const mine = await fixture(html`<my-badges api=${API} lang="en"></my-badges>`);
    await press(mine, 'Forget this device');
    await press(mine, 'Yes, forget');
    await waitUntil(() => text(mine).includes('has been forgotten'), 'no confirmation', { timeout: 5000 });

    expect(await everythingStored()).to.deep.equal([]);
    expect(Object.keys(localStorage)).to.deep.equal(keysBefore);
    expect(await caches.keys()).to.deep.equal([]);
  });
});
