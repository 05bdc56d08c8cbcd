/**
 * IndexedDB in a bad way, beyond what the data-layer suite covers (unavailable, quota exceeded,
 * an upgrade blocked by an old tab): a database of another layout under the kit's name and
 * version, and cached entries that are corrupted or from an older shape. The kit keeps working,
 * from memory or from the API, and says so where it matters.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/activity-card/activity-card.js';
import '../../../src/components/badge-card/badge-card.js';
import { DB_NAME, DB_VERSION } from '../../../src/store/database.js';
import { KitStore, kitStore } from '../../../src/store/store.js';
import { cached } from '../helpers/cache.js';
import { API, resetServer } from '../helpers/server.js';

function rawOpen(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, version);
    open.onupgradeneeded = () => upgrade?.(open.result);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

/** Rewrites every cached entity with `corrupt(record)`, straight through IndexedDB. */
async function corruptEntities(corrupt: (record: Record<string, unknown>, i: number) => unknown): Promise<number> {
  const db = await rawOpen(DB_NAME);
  try {
    const tx = db.transaction('entities', 'readwrite');
    const store = tx.objectStore('entities');
    const records = await new Promise<Record<string, unknown>[]>((resolve) => (store.getAll().onsuccess = (e) => resolve((e.target as IDBRequest).result)));
    records.forEach((record, i) => store.put(corrupt(record, i)));
    await new Promise((resolve) => (tx.oncomplete = resolve));
    return records.length;
  } finally {
    db.close();
  }
}

const GARBAGE = [null, 'garbage', 42, [], { title: 5 }, { id: '13965', title: 'Old shape', startsAt: 'not a date' }];

describe('IndexedDB in a bad way', () => {
  let rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => window.removeEventListener('unhandledrejection', onRejection));
  beforeEach(async () => {
    rejections = [];
    await resetServer();
    await kitStore().clear();
  });

  it('a database of another layout under the same name and version: works from memory and says so', async () => {
    const name = `lcw-old-layout-${Math.random().toString(36).slice(2)}`;
    (await rawOpen(name, DB_VERSION, (db) => db.createObjectStore('cache'))).close();
    const warn = console.warn;
    console.warn = () => {};
    try {
      const store = new KitStore(name);
      let told = false;
      store.onDegrade(() => (told = true));
      await store.put('entities', { key: 'a', data: { key: 'a' }, storedAt: Date.now() });
      expect((await store.get('entities', 'a'))?.key).to.equal('a');
      expect(store.persistent).to.equal(false);
      expect(told).to.equal(true);
    } finally {
      console.warn = warn;
      indexedDB.deleteDatabase(name);
    }
  });

  for (const [i, garbage] of GARBAGE.entries()) {
    it(`a corrupted cached entry (${JSON.stringify(garbage)}) is ignored: the widgets load from the API`, async () => {
      const first = await fixture(html`<div>
        <activity-card api=${API} lang="en" activity-id="13965"></activity-card>
        <badge-card api=${API} lang="en" badge-id="strategist-2022"></badge-card>
      </div>`);
      await waitUntil(() => first.querySelector('activity-card')!.shadowRoot!.querySelector('[part~="badge"] strong'), 'no first load');
      await waitUntil(() => first.querySelector('badge-card')!.shadowRoot!.querySelector('[part~="name"]'), 'no first load');
      await cached('activity|13965', 'badge|strategist-2022');
      const corrupted = await corruptEntities((record) => (i % 2 ? { ...record, data: garbage } : { ...record, data: garbage, storedAt: 'yesterday' }));
      expect(corrupted).to.be.greaterThan(1);

      const again = await fixture(html`<div>
        <activity-card api=${API} lang="en" activity-id="13965" cache-ttl="3600"></activity-card>
        <badge-card api=${API} lang="en" badge-id="strategist-2022"></badge-card>
      </div>`);
      const card = again.querySelector('activity-card')!;
      const badge = again.querySelector('badge-card')!;
      await waitUntil(() => card.shadowRoot!.querySelector('[part~="title"]')?.textContent?.includes('21st-century'), 'the card did not show its activity');
      await waitUntil(() => badge.shadowRoot!.querySelector('[part~="name"]')?.textContent?.trim(), 'the badge card did not show its badge');
      expect(rejections).to.deep.equal([]);
    });
  }
});
