import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { DB_VERSION } from '../../../src/store/database.js';
import { Drafts } from '../../../src/store/drafts.js';
import { attachments, storable } from '../../../src/store/files.js';
import { KitStore } from '../../../src/store/store.js';

const record = (key: string) => ({ key, data: { key }, storedAt: Date.now() });

describe('KitStore', () => {
  let dbName: string;

  beforeEach(() => {
    dbName = `lcw-store-${Math.random().toString(36).slice(2)}`;
  });

  afterEach(() => {
    indexedDB.deleteDatabase(dbName);
  });

  it('keeps data across connections (a reload)', async () => {
    const store = new KitStore(dbName);
    await store.put('entities', record('a'));
    await store.close();
    const reopened = new KitStore(dbName);
    expect((await reopened.get('entities', 'a'))?.data).to.deep.equal({ key: 'a' });
    expect(reopened.persistent).to.equal(true);
    await reopened.close();
  });

  it('works from memory, and says so, when IndexedDB cannot be opened', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('private mode', 'InvalidStateError');
    };
    const warn = console.warn;
    console.warn = () => {};
    try {
      const store = new KitStore(dbName);
      let told = false;
      store.onDegrade(() => (told = true));
      await store.put('entities', record('a'));
      expect((await store.get('entities', 'a'))?.key).to.equal('a');
      expect(store.persistent).to.equal(false);
      expect(told).to.equal(true);
    } finally {
      IDBFactory.prototype.open = open;
      console.warn = warn;
    }
  });

  it('stops waiting for an IndexedDB that does not answer, and works from memory', async function () {
    this.timeout(30_000);
    const store = new KitStore(dbName);
    await store.put('entities', record('a'));
    // Another connection keeps a read-write transaction on the same store busy, so the kit's read
    // queues behind it and IndexedDB does not answer, as a stalled engine would not.
    const other = await openDB(dbName);
    const hog = other.transaction('entities', 'readwrite');
    let hogging = true;
    const spinning = (async () => {
      while (hogging) await hog.store.get('a');
    })();
    const warn = console.warn;
    console.warn = () => {};
    try {
      let told = false;
      store.onDegrade(() => (told = true));
      expect(await store.get('entities', 'a'), 'a stalled read is a miss').to.equal(undefined);
      expect(store.persistent).to.equal(false);
      expect(told).to.equal(true);
      await store.put('entities', record('b'));
      expect((await store.get('entities', 'b'))?.key, 'later writes are kept in memory').to.equal('b');
    } finally {
      console.warn = warn;
      hogging = false;
      await spinning;
      other.close();
      await store.close();
    }
  });

  it('keeps what it could not write (quota exceeded) in memory', async () => {
    const store = new KitStore(dbName);
    await store.put('entities', record('before'));
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const warn = console.warn;
    console.warn = () => {};
    try {
      await store.put('drafts', { key: 'd', fields: { name: 'Rūta' }, files: [], savedAt: 1 });
      expect((await store.get('drafts', 'd'))?.fields).to.deep.equal({ name: 'Rūta' });
      expect(store.persistent).to.equal(false);
    } finally {
      IDBObjectStore.prototype.put = put;
      console.warn = warn;
      await store.close();
    }
  });

  it('closes for a newer version instead of blocking its upgrade', async () => {
    const store = new KitStore(dbName);
    await store.put('entities', record('a'));
    // Another tab with a newer kit upgrades the same database: it is never told it is blocked.
    let blocked = false;
    const newer = await openDB(dbName, DB_VERSION + 1, { upgrade: () => undefined, blocked: () => (blocked = true) });
    expect(blocked).to.equal(false);
    expect((await newer.get('entities', 'a'))?.key).to.equal('a');
    newer.close();
  });

  it('keeps a value the browser refuses in memory, and everything else in IndexedDB', async () => {
    const store = new KitStore(dbName);
    const warn = console.warn;
    console.warn = () => {};
    try {
      // A function cannot be cloned into IndexedDB (DataCloneError) in any engine.
      await store.put('entities', { key: 'refused', data: () => 1, storedAt: Date.now() });
    } finally {
      console.warn = warn;
    }
    expect(store.persistent).to.equal(true);
    expect((await store.get('entities', 'refused'))?.key).to.equal('refused');
    await store.put('entities', record('kept'));
    await store.close();
    const reopened = new KitStore(dbName);
    expect((await reopened.get('entities', 'kept'))?.key).to.equal('kept');
    expect(await reopened.get('entities', 'refused')).to.equal(undefined);
    await reopened.close();
  });

  it('restores a draft, attached files included, after a reload', async () => {
    const store = new KitStore(dbName);
    const file = new File(['my strategy'], 'strategy.txt', { type: 'text/plain' });
    const key = '/api|strategist-2022';
    await new Drafts(store).save(key, { name: 'Rūta', email: 'ruta@example.org' }, await storable([{ taskId: 't1', file }]));
    await store.close();
    const reopened = new KitStore(dbName);
    const draft = await new Drafts(reopened).load(key);
    expect(draft!.fields).to.deep.equal({ name: 'Rūta', email: 'ruta@example.org' });
    const [restored] = attachments(draft!.files);
    expect(restored!.taskId).to.equal('t1');
    expect([restored!.file.name, restored!.file.type, await restored!.file.text()]).to.deep.equal(['strategy.txt', 'text/plain', 'my strategy']);
    await new Drafts(reopened).discard(key);
    expect(await new Drafts(reopened).load(key)).to.equal(undefined);
    await reopened.close();
  });

  it('forgets everything', async () => {
    const store = new KitStore(dbName);
    await store.put('entities', record('a'));
    await store.put('drafts', { key: 'd', fields: {}, files: [], savedAt: 1 });
    expect(store.mayHaveEntities, 'the cache in use is noted').to.equal(true);
    await store.clear();
    expect(store.mayHaveEntities, 'the note is forgotten too').to.equal(false);
    expect(await store.all('entities')).to.deep.equal([]);
    expect(await store.all('drafts')).to.deep.equal([]);
    await store.close();
  });
});
