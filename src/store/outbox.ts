import type { BadgeClient } from '../api/client.js';
import { ApiError } from '../api/errors.js';
import type { Claim, ClaimSubmission } from '../api/types.js';
import { announce, onChange } from './channel.js';
import type { ClaimRecord, OutboxRecord, StoredFile } from './database.js';
import type { KitStore } from './store.js';

/** The result of handing a claim to the outbox. */
export type Delivery =
  | { state: 'delivered'; claim: Claim }
  | { state: 'queued' }
  | { state: 'refused'; error: ApiError };

const LOCK = 'learning-city-widgets-outbox';

/**
 * Claims on their way to the API. A submission is stored first (fields, files as Blobs and its
 * idempotency key) and only then sent, so it survives a failed request, a reload, a closed tab
 * or a restarted browser. It is sent again on load, when the browser comes online and when the
 * page becomes visible, by one tab at a time (Web Locks); the idempotency key makes the API
 * answer a repeat with the same claim, so it is delivered exactly once. A permanent refusal
 * (4xx) stays in the outbox with its reason for the visitor to see.
 */
export class Outbox {
  private readonly clients = new Map<string, BadgeClient>();
  private flushing: Promise<void> | undefined;

  constructor(private readonly store: KitStore) {
    addEventListener('online', () => void this.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.flush();
    });
  }

  /** Lets the outbox send claims made for `api`; the first registration triggers a flush. */
  register(api: string, client: BadgeClient): void {
    if (this.clients.get(api) === client) return;
    this.clients.set(api, client);
    void this.flush();
  }

  /** Stores a submission, then tries to deliver it. */
  async submit(api: string, client: BadgeClient, submission: ClaimSubmission, files: StoredFile[], id: string): Promise<Delivery> {
    this.clients.set(api, client);
    const record: OutboxRecord = { id, api, badgeId: submission.badgeId, body: submission, files, createdAt: Date.now() };
    await this.store.put('outbox', record);
    announce({ kind: 'outbox' });
    await this.flush();
    const left = await this.store.get('outbox', id);
    if (left?.error) return { state: 'refused', error: new ApiError(left.error.code, left.error.message, 422, left.error.field) };
    if (left) return { state: 'queued' };
    const claim = await this.store.get('claims', id);
    return claim ? { state: 'delivered', claim: toClaim(claim) } : { state: 'queued' };
  }

  /** Claims not yet delivered, refused ones included. */
  pending(): Promise<OutboxRecord[]> {
    return this.store.all('outbox');
  }

  /** Takes a refused claim out of the outbox once the visitor has seen why. */
  async dismiss(id: string): Promise<void> {
    await this.store.delete('outbox', id);
    announce({ kind: 'outbox' });
  }

  /** Sends what is waiting; concurrent calls in this tab share one run. */
  flush(): Promise<void> {
    this.flushing ??= this.exclusively(() => this.deliverAll()).finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  /** Holds the page-wide lock so that two tabs never send the same claim at once. */
  private exclusively(work: () => Promise<void>): Promise<void> {
    if (!('locks' in navigator)) return work();
    return navigator.locks.request(LOCK, work).then(() => undefined);
  }

  private async deliverAll(): Promise<void> {
    if (!navigator.onLine) return;
    // Read inside the lock: another tab may have delivered some while this one waited.
    for (const record of await this.store.all('outbox')) {
      const client = this.clients.get(record.api);
      if (!client || record.error) continue;
      try {
        await this.deliver(record, client);
      } catch (error) {
        if (error instanceof ApiError && !error.transient && error.code !== 'aborted') {
          const { code, message, field } = error;
          await this.store.put('outbox', { ...record, error: { code, message, ...(field ? { field } : {}) } });
          announce({ kind: 'outbox' });
        } else {
          return; // offline or the server is failing: the rest waits for the next flush
        }
      }
    }
  }

  private async deliver(record: OutboxRecord, client: BadgeClient): Promise<void> {
    const claim = await client.createClaim(record.body as ClaimSubmission, record.id);
    const token = claim.token ?? '';
    for (const file of record.files) {
      await client.uploadEvidence({
        claimId: claim.id,
        token,
        taskId: file.taskId,
        file: file.blob,
        fileName: file.name,
        idempotencyKey: `${record.id}:${file.taskId}:${file.name}`,
      });
    }
    const kept: ClaimRecord = {
      id: record.id,
      claimId: claim.id,
      api: record.api,
      badgeId: claim.badgeId,
      token,
      status: claim.status,
      createdAt: claim.createdAt,
      updatedAt: Date.now(),
      ...(claim.assertionUrl ? { assertionUrl: claim.assertionUrl } : {}),
      ...(claim.reason ? { reason: claim.reason } : {}),
    };
    await this.store.put('claims', kept);
    await this.store.delete('outbox', record.id);
    announce({ kind: 'claims' });
  }
}

export function toClaim(record: ClaimRecord): Claim {
  return {
    id: record.claimId,
    badgeId: record.badgeId,
    status: record.status as Claim['status'],
    createdAt: record.createdAt,
    ...(record.assertionUrl ? { assertionUrl: record.assertionUrl } : {}),
    ...(record.reason ? { reason: record.reason } : {}),
  };
}

let shared: Outbox | undefined;

/** The page's outbox. Other tabs' changes to it are picked up when they announce them. */
export function outbox(store: KitStore): Outbox {
  if (!shared) {
    const box = (shared = new Outbox(store));
    onChange((change) => {
      if (change.kind === 'outbox') void box.flush();
    });
  }
  return shared;
}
