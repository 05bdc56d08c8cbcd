import { ApiError } from '../api/errors.js';

interface Entry<V> {
  promise: Promise<V | undefined>;
  resolve(value: V | undefined): void;
  reject(reason: unknown): void;
  /** Callers still waiting for this key. */
  waiters: number;
  batch?: Batch;
}

interface Batch {
  controller: AbortController;
  /** Callers still waiting for any key of the batch; at zero the request is aborted. */
  waiters: number;
}

/** What one call answered: values by key, and the keys that failed on their own (the others still count). */
export interface BatchAnswer<V> {
  values: Map<string, V>;
  errors?: Map<string, unknown>;
}

const aborted = () => new ApiError('aborted', 'The request was cancelled.');

/**
 * Collects the keys asked for within one task (all the cards a page parses at once) and loads
 * them with one call. A key already on its way joins that call instead of starting another.
 * Each caller may abort its own wait (its element left the page); the call itself is aborted
 * only when nobody waits for any of its keys any more.
 */
export class Batcher<V> {
  private queued = new Map<string, Entry<V>>();
  private readonly inFlight = new Map<string, Entry<V>>();

  constructor(
    private readonly loadMany: (keys: string[], signal: AbortSignal) => Promise<BatchAnswer<V>>,
    /** Largest number of keys one call may carry. */
    private readonly maxBatch = 100,
  ) {}

  load(key: string, signal?: AbortSignal): Promise<V | undefined> {
    if (signal?.aborted) return Promise.reject(aborted());
    let entry = this.inFlight.get(key) ?? this.queued.get(key);
    if (!entry) {
      if (this.queued.size === 0) setTimeout(() => this.flush(), 0);
      entry = newEntry<V>();
      this.queued.set(key, entry);
    }
    entry.waiters++;
    if (entry.batch) entry.batch.waiters++;
    if (!signal) return entry.promise;
    const waiting = entry;
    return new Promise((resolve, reject) => {
      const abort = () => {
        reject(aborted());
        this.leave(key, waiting);
      };
      signal.addEventListener('abort', abort, { once: true });
      waiting.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
    });
  }

  private leave(key: string, entry: Entry<V>): void {
    entry.waiters--;
    if (entry.batch) {
      if (--entry.batch.waiters === 0) entry.batch.controller.abort();
    } else if (entry.waiters === 0) {
      this.queued.delete(key);
    }
  }

  private flush(): void {
    const queued = [...this.queued];
    this.queued = new Map();
    for (let i = 0; i < queued.length; i += this.maxBatch) {
      const slice = queued.slice(i, i + this.maxBatch);
      const batch: Batch = { controller: new AbortController(), waiters: 0 };
      for (const [key, entry] of slice) {
        entry.batch = batch;
        batch.waiters += entry.waiters;
        this.inFlight.set(key, entry);
      }
      this.loadMany(
        slice.map(([key]) => key),
        batch.controller.signal,
      )
        .then(
          ({ values, errors }) =>
            slice.forEach(([key, entry]) =>
              errors?.has(key) ? entry.reject(errors.get(key)) : entry.resolve(values.get(key)),
            ),
          (error: unknown) => slice.forEach(([, entry]) => entry.reject(error)),
        )
        .finally(() => slice.forEach(([key]) => this.inFlight.delete(key)));
    }
  }
}

function newEntry<V>(): Entry<V> {
  const entry = { waiters: 0 } as Entry<V>;
  entry.promise = new Promise<V | undefined>((resolve, reject) => Object.assign(entry, { resolve, reject }));
  // A batch nobody waits for any more is aborted; its rejection then has no one to reach.
  entry.promise.catch(() => undefined);
  return entry;
}
