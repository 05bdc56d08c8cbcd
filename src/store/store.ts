import type { IDBPDatabase } from 'idb';
import { DB_NAME, STORE_NAMES, openDatabase, type KitSchema, type StoreName } from './database.js';

type Value<S extends StoreName> = KitSchema[S]['value'];

/** How long an IndexedDB operation may take before the kit stops waiting for IndexedDB. */
const STALL_MS = 5000;
const STALLED = Symbol('stalled');
const NO_DATABASE = Symbol('no database');

/**
 * The kit's storage on this device: IndexedDB when the browser lets us, memory otherwise.
 * Private mode, a full quota or a blocked upgrade switch it to memory for the rest of the page's
 * life (nothing is lost in this page, but nothing survives a reload); `persistent` says which,
 * so widgets can tell the visitor that offline features are off. A value the engine refuses to
 * store is kept in memory on its own, and everything else stays in IndexedDB.
 */
export class KitStore {
  private connection?: Promise<IDBPDatabase<KitSchema> | undefined>;
  private readonly memory = new Map<StoreName, Map<string, unknown>>(STORE_NAMES.map((name) => [name, new Map()]));
  private failed = !('indexedDB' in globalThis);
  private readonly listeners = new Set<() => void>();

  constructor(readonly name = DB_NAME) {}

  /** False once the kit works from memory only. */
  get persistent(): boolean {
    return !this.failed;
  }

  /**
   * Whether this device may have kept entities: false on a first visit, so that widgets ask the
   * API at once instead of waiting for IndexedDB (slowest to open then, as it creates the
   * database) to say it has nothing. Noted in localStorage, read synchronously; a page without
   * localStorage counts as maybe.
   */
  get mayHaveEntities(): boolean {
    try {
      return localStorage.getItem(this.keptKey) !== null;
    } catch {
      return true;
    }
  }

  private get keptKey(): string {
    return `${this.name}.kept`;
  }

  private noteKept(kept: boolean): void {
    try {
      if (kept) localStorage.setItem(this.keptKey, '1');
      else localStorage.removeItem(this.keptKey);
    } catch {
      // Unnoted, a later visit may count as a first one (see mayHaveEntities).
    }
  }

  /** Called when `persistent` turns false. */
  onDegrade(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async get<S extends StoreName>(store: S, key: string): Promise<Value<S> | undefined> {
    return (await this.getMany(store, [key]))[0];
  }

  /** Reads several records in one transaction; what is kept in memory wins. */
  async getMany<S extends StoreName>(store: S, keys: string[]): Promise<(Value<S> | undefined)[]> {
    const memory = this.memory.get(store)!;
    const stored = await this.use(
      async (db) => {
        const tx = db.transaction(store);
        return Promise.all(keys.map((key) => tx.store.get(key) as Promise<Value<S> | undefined>));
      },
      () => keys.map(() => undefined),
    );
    return keys.map((key, i) => (memory.get(key) as Value<S> | undefined) ?? stored[i]);
  }

  async all<S extends StoreName>(store: S): Promise<Value<S>[]> {
    const memory = this.memory.get(store)!;
    const stored = await this.use(
      (db) => db.getAll(store) as Promise<Value<S>[]>,
      () => [],
    );
    return [...stored.filter((value) => !memory.has(keyOf(store, value))), ...(memory.values() as Iterable<Value<S>>)];
  }

  /** Writes several records in one transaction. */
  async put<S extends StoreName>(store: S, ...values: Value<S>[]): Promise<void> {
    // Noted as the write starts: a read that comes before it lands then waits for it.
    if (store === 'entities') this.noteKept(true);
    const memory = this.memory.get(store)!;
    const keep = () => values.forEach((value) => memory.set(keyOf(store, value), value));
    await this.use(async (db) => {
      try {
        const tx = db.transaction(store, 'readwrite');
        await Promise.all([...values.map((value) => tx.store.put(value as never)), tx.done]);
        values.forEach((value) => memory.delete(keyOf(store, value)));
      } catch (error) {
        if (!refusedValue(error)) throw error;
        console.warn('learning-city-widgets: this browser would not store a value; keeping it in memory.', error);
        keep();
      }
    }, keep);
  }

  /**
   * Changes records in one transaction, so that no other write comes between reading a record
   * and writing it back: `change` is given each record as it is now (undefined when there is
   * none) and returns what to store, or undefined to leave it. Resolves to what was stored.
   */
  async update<S extends StoreName>(store: S, keys: string[], change: (current: Value<S> | undefined) => Value<S> | undefined): Promise<Value<S>[]> {
    const memory = this.memory.get(store)!;
    const inMemory = keys.filter((key) => memory.has(key));
    const changed: Value<S>[] = [];
    for (const key of inMemory) {
      const next = change(memory.get(key) as Value<S>);
      if (next !== undefined) memory.set(key, next), changed.push(next);
    }
    const stored = keys.filter((key) => !memory.has(key));
    const written = await this.use(
      async (db) => {
        const tx = db.transaction(store, 'readwrite');
        const done: Value<S>[] = [];
        for (const key of stored) {
          const next = change((await tx.store.get(key)) as Value<S> | undefined);
          if (next !== undefined) await tx.store.put(next as never), done.push(next);
        }
        await tx.done;
        return done;
      },
      () => [],
    );
    return [...changed, ...written];
  }

  async delete(store: StoreName, ...keys: string[]): Promise<void> {
    keys.forEach((key) => this.memory.get(store)!.delete(key));
    await this.use(
      async (db) => {
        const tx = db.transaction(store, 'readwrite');
        await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
      },
      () => undefined,
    );
  }

  /** Keeps the `max` newest cached entities and deletes the rest, oldest first. */
  async evictEntities(max: number): Promise<void> {
    await this.use(
      async (db) => {
        const tx = db.transaction('entities', 'readwrite');
        const excess = (await tx.store.count()) - max;
        let cursor = excess > 0 ? await tx.store.index('storedAt').openCursor() : null;
        for (let i = 0; cursor && i < excess; i++) {
          await cursor.delete();
          cursor = await cursor.continue();
        }
        await tx.done;
      },
      () => {
        const entities = this.memory.get('entities')!;
        const oldest = [...entities.entries()].sort(([, a], [, b]) => storedAt(a) - storedAt(b));
        oldest.slice(0, Math.max(0, entities.size - max)).forEach(([key]) => entities.delete(key));
      },
    );
  }

  /**
   * How many times this device has been forgotten: a read that started before it (its answer
   * still on the way) must not write back into the cache afterwards.
   */
  generation = 0;

  /** Forgets everything the kit keeps on this device. */
  async clear(): Promise<void> {
    this.generation++;
    this.memory.forEach((records) => records.clear());
    this.noteKept(false);
    await this.use(
      async (db) => {
        const tx = db.transaction(STORE_NAMES, 'readwrite');
        await Promise.all([...STORE_NAMES.map((name) => tx.objectStore(name).clear()), tx.done]);
      },
      () => undefined,
    );
  }

  /** Closes the connection, as a page unload would (tests use it to simulate a reload). */
  async close(): Promise<void> {
    (await this.connection)?.close();
    this.connection = undefined;
  }

  /**
   * Runs `op` on IndexedDB, or `fallback` in memory when IndexedDB is unavailable, fails, or does
   * not answer within {@link STALL_MS}: the cache is a shortcut, and an engine whose IndexedDB
   * stops answering (WebKit has been seen to, after a page stored many records) must not keep
   * widgets waiting on it instead of the network.
   */
  private async use<T>(op: (db: IDBPDatabase<KitSchema>) => Promise<T>, fallback: () => T): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<typeof STALLED>((resolve) => (timer = setTimeout(() => resolve(STALLED), STALL_MS)));
    try {
      const answer = (async () => {
        const db = await this.open();
        return db ? op(db) : NO_DATABASE;
      })();
      const result = await Promise.race([answer, stalled]);
      if (result === STALLED) this.degrade(new Error(`IndexedDB did not answer within ${STALL_MS} ms.`));
      else if (result !== NO_DATABASE) return result;
    } catch (error) {
      this.degrade(error);
    } finally {
      clearTimeout(timer);
    }
    return fallback();
  }

  /**
   * Starts opening IndexedDB, which takes tens of milliseconds: called as the widgets start, the
   * first cache read does not wait for it behind their placeholders.
   */
  connect(): void {
    void this.open();
  }

  private open(): Promise<IDBPDatabase<KitSchema> | undefined> {
    if (this.failed) return Promise.resolve(undefined);
    // Asked for at once, not in a microtask queued behind every widget's first render; the
    // executor turns an `indexedDB.open` that throws at once into a rejection as well.
    this.connection ??= new Promise<IDBPDatabase<KitSchema>>((resolve) => resolve(openDatabase(() => (this.connection = undefined), this.name)))
      .catch((error: unknown) => {
        this.degrade(error);
        return undefined;
      });
    return this.connection;
  }

  private degrade(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    console.warn('learning-city-widgets: IndexedDB is unavailable, keeping data in memory only.', error);
    this.listeners.forEach((listener) => listener());
  }
}

/**
 * The engine refused this value, not the database: it cannot be cloned (`DataCloneError`), its
 * key is bad (`DataError`), or WebKit could not prepare a Blob (`UnknownError`).
 */
function refusedValue(error: unknown): boolean {
  return error instanceof DOMException && ['DataCloneError', 'DataError', 'UnknownError'].includes(error.name);
}

function keyOf(store: StoreName, value: unknown): string {
  const record = value as { key?: string; id?: string };
  return (store === 'entities' || store === 'drafts' ? record.key : record.id) ?? '';
}

function storedAt(value: unknown): number {
  return (value as { storedAt: number }).storedAt;
}

let shared: KitStore | undefined;

/** The page's store, shared by every widget. */
export function kitStore(): KitStore {
  return (shared ??= new KitStore());
}
