import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { openDB } from 'idb';
import type { RequestOptions } from '../../../src/api/client.js';
import type { ApiError } from '../../../src/api/errors.js';
import { RestClient } from '../../../src/api/rest-client.js';
import type { Activity, ActivityPage } from '../../../src/api/types.js';
import '../../../src/components/activity-card/activity-card.js';
import type { ActivityCard } from '../../../src/components/activity-card/activity-card.js';
import '../../../src/config/learning-city.js';
import type { Snapshot } from '../../../src/internal/resource-controller.js';
import { Device } from '../../../src/store/device.js';
import { Repository } from '../../../src/repository/repository.js';
import { KitStore, kitStore } from '../../../src/store/store.js';
import { API, injectFault, resetServer, serverStats } from '../helpers/server.js';

/** Every seeded activity id, from the API itself. */
async function allIds(): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await new RestClient({ api: API }).listActivities({ limit: 100, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((a) => a.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

async function collect<T>(snapshots: AsyncIterable<Snapshot<T>>): Promise<Snapshot<T>[]> {
  const out: Snapshot<T>[] = [];
  for await (const s of snapshots) out.push(s);
  return out;
}

const rendered = (card: ActivityCard) => !!card.shadowRoot?.querySelector('[part="title"]');
/** The card shows its badge's name (or has settled on having none). */
const badgeSettled = (card: ActivityCard) =>
  rendered(card) && !card.shadowRoot!.querySelector('[part="badge"] .skeleton');

/** Waits until `store` holds the activity: an answer is shown while it is written. */
async function kept(store: KitStore, id: string): Promise<void> {
  await waitUntil(async () => !!(await store.get('entities', `${API}|activity|${id}`)), `activity ${id} was not kept`);
}

/**
 * Keeps a read-write transaction on the cache busy from another connection until released, so
 * that the store's reads and writes wait behind it (as they wait for IndexedDB to create its
 * database on a first visit).
 */
async function hogCache(dbName: string): Promise<() => Promise<void>> {
  const other = await openDB(dbName);
  const hog = other.transaction('entities', 'readwrite');
  let hogging = true;
  const spinning = (async () => {
    while (hogging) await hog.store.get('a');
  })();
  return async () => {
    hogging = false;
    await spinning;
    other.close();
  };
}

/** Requests the server received for activities and badges, one at a time or in batches. */
async function dataRequests(): Promise<number> {
  const { requests } = await serverStats();
  return Object.entries(requests)
    .filter(([route]) => /^GET \/(activities|badges)(\/:id)?$/.test(route))
    .reduce((sum, [, n]) => sum + n, 0);
}

describe('cache and batching', () => {
  let store: KitStore;
  let dbName: string;

  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
    dbName = `lcw-test-${Math.random().toString(36).slice(2)}`;
    store = new KitStore(dbName);
  });

  afterEach(async () => {
    await store.close();
    indexedDB.deleteDatabase(dbName);
    localStorage.removeItem(`${dbName}.kept`);
  });

  for (const count of [1, 10, 100]) {
    it(`renders ${count} cards with their badges on a cold page with two API requests, and none when warm`, async function () {
      this.timeout(30_000); // 200 full cards on a busy machine
      const ids = await allIds();
      const listed = await dataRequests();
      const page = (await fixture(html`<learning-city api=${API}>
        ${Array.from({ length: count }, (_, i) => html`<activity-card activity-id=${ids[i % ids.length]!}></activity-card>`)}
      </learning-city>`)) as HTMLElement;
      const cards = [...page.querySelectorAll('activity-card')];
      await waitUntil(() => cards.every(badgeSettled), 'cards did not render', { timeout: 10_000 });
      const before = await dataRequests();
      expect(before - listed).to.be.at.most(2);

      // The same page again: everything comes from this device's cache.
      page.remove();
      const again = (await fixture(html`<learning-city api=${API}>
        ${Array.from({ length: count }, (_, i) => html`<activity-card activity-id=${ids[i % ids.length]!}></activity-card>`)}
      </learning-city>`)) as HTMLElement;
      const warm = [...again.querySelectorAll('activity-card')];
      await waitUntil(() => warm.every(badgeSettled), 'warm cards did not render', { timeout: 10_000 });
      expect(await dataRequests()).to.equal(before);
    });
  }

  it('renders 100 cards with 100 distinct badges on a cold page with two data requests', async function () {
    this.timeout(30_000);
    // 100 distinct activities, each with its own badge: the seeded badges first, then badges the
    // API does not know (their cards show no badge name).
    const seeded = (await new RestClient({ api: API }).getActivities(await allIds())).items;
    const badgeIds = [...new Set(seeded.map((a) => a.badgeId!))];
    const activities = Array.from({ length: 100 }, (_, i) => {
      const { title, startsAt, timeZone, organiser } = seeded[i % seeded.length]!;
      return { id: `card-${i}`, title, startsAt, timeZone, organiser, badgeId: badgeIds[i] ?? `unknown-badge-${i}` };
    });
    await injectFault({ method: 'GET', path: '/activities', status: 200, body: JSON.stringify({ items: activities }), times: 1 });
    const listed = await dataRequests();
    const page = await fixture<HTMLElement>(html`<learning-city api=${API}>
      ${activities.map((a) => html`<activity-card activity-id=${a.id}></activity-card>`)}
    </learning-city>`);
    const cards = [...page.querySelectorAll('activity-card')];
    await waitUntil(() => cards.every(badgeSettled), 'cards did not render', { timeout: 8000 });
    const named = cards.filter((card) => card.shadowRoot!.querySelector('[part="badge"] strong'));
    expect(named).to.have.length(badgeIds.length);
    const requests = (await dataRequests()) - listed;
    console.info(`100 cards, 100 distinct badges: ${requests} data requests`);
    expect(requests).to.equal(2);
  });

  it('shows every card of a batch but the one whose activity is malformed, which shows an error', async () => {
    const [good] = (await new RestClient({ api: API }).getActivities(['13965'])).items;
    const body = JSON.stringify({ items: [{ ...good, id: 'broken', startsAt: 'not a date' }, good] });
    await injectFault({ method: 'GET', path: '/activities', status: 200, body, times: 1 });
    const page = await fixture<HTMLElement>(html`<learning-city api=${API}>
      <activity-card activity-id="broken"></activity-card><activity-card activity-id="13965"></activity-card>
    </learning-city>`);
    const [broken, fine] = [...page.querySelectorAll('activity-card')];
    await waitUntil(() => rendered(fine!), 'the good card did not render');
    await waitUntil(() => broken!.shadowRoot!.querySelector('[part="error"]'), 'the malformed card shows no error');
    expect((await serverStats()).requests['GET /activities']).to.equal(2);
  });

  it('serves cached data at once after a reload (a fresh connection) without waiting for the network', async () => {
    const client = new RestClient({ api: API });
    expect(store.mayHaveEntities, 'a new device has kept nothing').to.equal(false);
    const first = await collect(new Repository(client, API, new Device(store)).activity('13965', 300, new AbortController().signal));
    expect(first.map((s) => s.fromCache)).to.deep.equal([false]);
    expect(store.mayHaveEntities, 'the device did not note what it keeps').to.equal(true);
    await kept(store, '13965'); // shown while it is written
    await store.close();

    const reopened = new KitStore(dbName);
    const second = await collect(new Repository(client, API, new Device(reopened)).activity('13965', 300, new AbortController().signal));
    expect(second).to.have.length(1);
    expect(second[0]!.fromCache).to.equal(true);
    expect((second[0]!.value as Activity).title).to.contain('21st-century skills');
    expect((await serverStats()).requests['GET /activities']).to.equal(1);
    await reopened.close();
  });

  it('shows what the device keeps when the API fails, even after the page cleared localStorage', async () => {
    const client = new RestClient({ api: API });
    await collect(new Repository(client, API, new Device(store)).activity('13965', 300, new AbortController().signal));
    await kept(store, '13965');
    localStorage.clear(); // the host page's doing: the visit now counts as a first one
    const failing = new RestClient({ api: API, attempts: 1 });
    await injectFault({ method: 'GET', path: '/activities', status: 503, times: 1 });

    const shown: Snapshot<Activity | null>[] = [];
    let failure: unknown;
    try {
      for await (const s of new Repository(failing, API, new Device(store)).activity('13965', 300, new AbortController().signal)) shown.push(s);
    } catch (error) {
      failure = error;
    }
    expect(shown.map((s) => s.fromCache), 'the kept activity, from the cache').to.deep.equal([true]);
    expect((shown[0]!.value as Activity).title).to.contain('21st-century skills');
    expect((failure as ApiError | undefined)?.status, 'the failure still reaches the widget').to.equal(503);
  });

  it('asks the API on a first visit without waiting for IndexedDB, and keeps the answer once IndexedDB is free', async () => {
    await store.get('entities', 'nothing'); // the database exists, and has kept nothing
    const release = await hogCache(dbName);
    try {
      const snapshots = await collect(new Repository(new RestClient({ api: API }), API, new Device(store)).activity('13965', 300, new AbortController().signal));
      expect(snapshots.map((s) => s.fromCache)).to.deep.equal([false]);
      // A cache read would have waited for IndexedDB until the store gave up on it (and on IndexedDB).
      expect(store.persistent, 'the read waited for IndexedDB').to.equal(true);
    } finally {
      await release();
    }
    await kept(store, '13965');
  });

  it("shows a list's first page, and its cards, while the cache is still being written", async () => {
    await store.get('entities', 'nothing');
    const repository = new Repository(new RestClient({ api: API }), API, new Device(store));
    const release = await hogCache(dbName);
    let id: string;
    try {
      const list = repository.list({ limit: 3 }, 300, new AbortController().signal);
      const page = (await list.next()).value as Snapshot<ActivityPage>;
      expect(page.fromCache).to.equal(false);
      id = page.value!.items[0]!.id;
      const listed = await dataRequests();
      const card = (await repository.activity(id, 300, new AbortController().signal).next()).value as Snapshot<Activity>;
      expect(card.value!.id, 'the card has the activity the list brought').to.equal(id);
      expect(card.fromCache, 'as cached: nothing more to ask').to.equal(true);
      expect(await dataRequests(), 'the card asked the API nothing').to.equal(listed);
      expect(store.persistent, 'the list or the card waited for IndexedDB').to.equal(true);
    } finally {
      await release();
    }
    await kept(store, id);
  });

  it('writes nothing back once the device is forgotten while a read is on its way', async () => {
    const device = new Device(store);
    const repository = new Repository(new RestClient({ api: API }), API, device);
    await injectFault({ method: 'GET', path: '/activities', status: 200, delayMs: 1000, times: 1 });
    const reading = collect(repository.activity('13965', 300, new AbortController().signal));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the request is out
    await device.forget();
    const [answer] = await reading;
    expect((answer!.value as Activity).id, 'the widget still gets its answer').to.equal('13965');
    expect(await store.all('entities'), 'nothing cached after the forget').to.deep.equal([]);
  });

  it('shows stale data first, then refreshes it when older than the TTL', async () => {
    const client = new RestClient({ api: API });
    await collect(new Repository(client, API, new Device(store)).activity('13965', 300, new AbortController().signal));
    await kept(store, '13965');
    const snapshots = await collect(new Repository(client, API, new Device(store)).activity('13965', 0, new AbortController().signal));
    expect(snapshots.map((s) => s.fromCache)).to.deep.equal([true, false]);
    expect((await serverStats()).requests['GET /activities']).to.equal(2);
  });

  it('keys the cache by API, so two APIs never mix', async () => {
    const client = new RestClient({ api: API });
    await collect(new Repository(client, API, new Device(store)).activity('13965', 300, new AbortController().signal));
    const other = await collect(new Repository(client, 'https://other.example/api', new Device(store)).activity('13965', 300, new AbortController().signal));
    expect(other[0]!.fromCache).to.equal(false);
  });

  it('keeps showing cached content, marked offline, while the server is down', async () => {
    const page = await fixture<HTMLElement>(html`<learning-city api=${API} cache-ttl="0"><activity-card activity-id="13965"></activity-card></learning-city>`);
    const card = page.querySelector('activity-card')!;
    await waitUntil(() => rendered(card));
    page.remove();

    await injectFault({ method: 'GET', path: '/activities', status: 503, times: 20 });
    const again = await fixture<HTMLElement>(html`<learning-city api=${API} cache-ttl="0"><activity-card activity-id="13965"></activity-card></learning-city>`);
    const cached = again.querySelector('activity-card')!;
    await waitUntil(() => rendered(cached), 'cached content was not shown');
    await waitUntil(() => cached.shadowRoot!.querySelector('[part="offline"]'), 'the card did not say it is offline', { timeout: 8000 });
  });

  it('aborts the request when the only card waiting for it leaves the page', async () => {
    /** The real client, noting the signals it is given. */
    class SignalRecordingClient extends RestClient {
      readonly signals: AbortSignal[] = [];
      override getActivities(ids: string[], options: RequestOptions = {}) {
        if (options.signal) this.signals.push(options.signal);
        return super.getActivities(ids, options);
      }
    }
    const client = new SignalRecordingClient({ api: API });
    await injectFault({ method: 'GET', path: '/activities', status: 200, delayMs: 1500, times: 1 });
    const page = await fixture<HTMLElement>(html`<learning-city .client=${client}><activity-card activity-id="13965"></activity-card></learning-city>`);
    await waitUntil(() => client.signals.length === 1, 'no request was made');
    page.querySelector('activity-card')!.remove();
    expect(client.signals[0]!.aborted).to.equal(true);
  });

  it('updates a card when another tab refreshes the cached activity', async () => {
    const page = await fixture<HTMLElement>(html`<learning-city api=${API}><activity-card activity-id="13965"></activity-card></learning-city>`);
    const card = page.querySelector('activity-card')!;
    await waitUntil(() => rendered(card));
    // The other tab: its own connection and its own channel object.
    const key = `${API}|activity|13965`;
    const record = (await kitStore().get('entities', key))!;
    const data = { ...(record.data as Activity), title: 'Renamed in another tab' };
    await kitStore().put('entities', { key, data, storedAt: Date.now() });
    const otherTab = new BroadcastChannel('learning-city-widgets');
    otherTab.postMessage({ kind: 'entities', keys: [key] });
    otherTab.close();
    await waitUntil(() => card.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim() === 'Renamed in another tab');
  });

  it('evicts the oldest entries beyond its bound', async () => {
    const records = Array.from({ length: 12 }, (_, i) => ({ key: `k${i}`, data: {}, storedAt: i }));
    await store.put('entities', ...records);
    await store.evictEntities(10);
    const left = (await store.all('entities')).map((r) => r.key).sort();
    expect(left).to.have.length(10);
    expect(left).not.to.include.members(['k0', 'k1']);
  });
});
