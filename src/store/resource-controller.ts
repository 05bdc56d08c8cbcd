import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '../api/errors.js';
import { onChange } from './channel.js';
import type { Snapshot } from './repository.js';

export type ResourceStatus = 'idle' | 'loading' | 'complete' | 'error';

export interface ResourceOptions<T, A extends readonly unknown[]> {
  /** What the resource depends on; it reloads when any of them changes. */
  args: () => A;
  /** Snapshots to show, cached first then fresh; nothing when the args are incomplete. */
  read: (args: A, signal: AbortSignal) => AsyncIterable<Snapshot<T>> | undefined;
  /** Cache keys whose refresh in another tab should reload it. */
  keys?: (args: A) => string[];
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
    // Another tab refreshed this entity: show its value. (After "forget this device" a widget
    // keeps showing its public content without reading it again, so nothing is cached anew.)
    this.unsubscribe = onChange((change) => {
      const keys = this.args && this.options.keys?.(this.args);
      if (change.kind === 'entities' && keys?.some((k) => change.keys.includes(k))) this.reload();
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
