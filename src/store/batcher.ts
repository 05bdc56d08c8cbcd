/**
 * Collects the keys asked for within one task (all the cards a page parses at once) and loads
 * them with one call. A key already on its way joins that call instead of starting another.
 */
interface Deferred<V> {
  promise: Promise<V>;
  resolve(value: V): void;
  reject(reason: unknown): void;
}

function deferred<V>(): Deferred<V> {
  const d = {} as Deferred<V>;
  d.promise = new Promise<V>((resolve, reject) => Object.assign(d, { resolve, reject }));
  return d;
}

export class Batcher<V> {
  private queued = new Map<string, Deferred<V | undefined>>();
  private readonly inFlight = new Map<string, Promise<V | undefined>>();

  constructor(
    private readonly loadMany: (keys: string[]) => Promise<Map<string, V>>,
    /** Largest number of keys one call may carry. */
    private readonly maxBatch = 100,
  ) {}

  load(key: string): Promise<V | undefined> {
    const pending = this.inFlight.get(key) ?? this.queued.get(key)?.promise;
    if (pending) return pending;
    if (this.queued.size === 0) setTimeout(() => this.flush(), 0);
    const next = deferred<V | undefined>();
    this.queued.set(key, next);
    return next.promise;
  }

  private flush(): void {
    const batch = [...this.queued];
    this.queued = new Map();
    for (let i = 0; i < batch.length; i += this.maxBatch) {
      const slice = batch.slice(i, i + this.maxBatch);
      const keys = slice.map(([key]) => key);
      const result = this.loadMany(keys);
      for (const [key, waiting] of slice) {
        const value = result.then((values) => values.get(key));
        this.inFlight.set(key, value);
        value.then(waiting.resolve, waiting.reject).finally(() => this.inFlight.delete(key));
      }
    }
  }
}
