import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '../api/errors.js';
import { onChange, type Change } from '../store/channel.js';

/** What a widget is shown: cached data first, then what the API confirms. */
export interface Snapshot<T> {
  /** `null` when the API says the entity does not exist. */
  value: T | null;
  /** When the API last confirmed this value (ms since epoch). */
  storedAt: number;
  fromCache: boolean;
}

export type ResourceStatus = 'idle' | 'loading' | 'complete' | 'error';

export interface ResourceOptions<T, A extends readonly unknown[]> {
  /** What the resource depends on; it reloads when any of them changes. */
  args: () => A;
  /** Snapshots to show, cached first then fresh; nothing when the args are incomplete. */
  read: (args: A, signal: AbortSignal) => AsyncIterable<Snapshot<T>> | undefined;
  /** Whether a change to stored data (announced by this tab or another) should reload it. */
  reloadOn?: (args: A, change: Change) => boolean;
}

/**
 * Drives a widget's data through its states: `loading` (no data yet), `complete` (with a value,
 * possibly from this device's cache) and `error` (no data at all). When a refresh fails after
 * cached data was shown, the data stays and `offline` is set instead of an error. Aborts its
 * work when the args change or the element leaves the page.
 */
export class ResourceController<T, A extends readonly unknown[]> implements ReactiveController {
  status: ResourceStatus = 'idle';
  value: T | null | undefined;
  error: ApiError | undefined;
  /** When the shown value was confirmed by the API. */
  storedAt: number | undefined;
  /** The value is shown from this device because the API could not be reached. */
  offline = false;

  private args: A | undefined;
  private abort: AbortController | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ResourceOptions<T, A>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // E.g. another tab refreshed this entity, or the outbox delivered a claim: show the news.
    this.unsubscribe = onChange((change) => {
      if (this.args && this.options.reloadOn?.(this.args, change)) this.reload();
    });
    // Reconnected after a move in the page: pick up where it stopped.
    if (this.args && this.status === 'loading') this.reload();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.abort?.abort();
  }

  hostUpdate(): void {
    const args = this.options.args();
    if (this.args && args.length === this.args.length && args.every((a, i) => a === this.args![i])) return;
    this.args = args;
    this.value = undefined;
    this.reload();
  }

  /** Reads again, e.g. from a retry button. */
  reload(): void {
    if (!this.args) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const snapshots = this.options.read(this.args, abort.signal);
    if (!snapshots) {
      Object.assign(this, { status: 'idle', value: undefined, error: undefined, offline: false });
      return;
    }
    if (this.value === undefined || this.status === 'error') this.status = 'loading';
    this.error = undefined;
    void this.consume(snapshots, abort.signal);
  }

  private async consume(snapshots: AsyncIterable<Snapshot<T>>, signal: AbortSignal): Promise<void> {
    let shown = false;
    try {
      for await (const snapshot of snapshots) {
        if (signal.aborted) return;
        shown = true;
        this.value = snapshot.value;
        this.storedAt = snapshot.storedAt;
        this.offline = false;
        this.status = 'complete';
        this.host.requestUpdate();
      }
    } catch (error) {
      if (signal.aborted) return;
      const apiError = error instanceof ApiError ? error : new ApiError('bad_response', String(error));
      if (shown || (this.value !== undefined && this.status === 'complete')) {
        this.offline = true;
        this.error = apiError;
      } else {
        this.status = 'error';
        this.error = apiError;
      }
      this.host.requestUpdate();
    }
  }
}
