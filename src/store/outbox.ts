import type { BadgeClient } from '../api/client.js';
import type { Review } from '../api/organiser-client.js';
import { ApiError } from '../api/errors.js';
import type { Claim, ClaimSubmission } from '../api/types.js';
import { announce } from './channel.js';
import type { BadgeSummary, ClaimRecord, OutboxRecord, StoredFile } from './database.js';
import { outcome, toClaim } from './claims.js';
import { attachments } from './files.js';
import type { KitStore } from './store.js';

/** The result of handing a claim (or a decision on one) to the outbox. */
export type Delivery<T = Claim> =
  | { state: 'delivered'; claim: T }
  | { state: 'queued' }
  | { state: 'refused'; error: ApiError };

/** An organiser's decision on a claim, as the outbox keeps it. */
export interface QueuedReview extends Review {
  claimId: string;
  /** Whose claim it is, for the list of decisions waiting to be sent. */
  name: string;
}

const LOCK = 'learning-city-widgets-outbox';

/** Upload progress of a submission's files: bytes sent so far over all of them. */
export type ProgressListener = (sent: number, total: number) => void;

/**
 * Claims on their way to the API. A submission is stored first (fields, file bytes and its
 * idempotency key) and only then sent, so it survives a failed request, a reload, a closed tab
 * or a restarted browser. It is sent again on load, when the browser comes online and when the
 * page becomes visible, by one tab at a time (Web Locks); the idempotency key makes the API
 * answer a repeat with the same claim, so it is delivered exactly once. A permanent refusal
 * (4xx) stays in the outbox with its reason for the visitor to see.
 */
export class Outbox {
  private readonly clients = new Map<string, BadgeClient>();
  private queue: Promise<void> = Promise.resolve();
  /** Progress listeners of submissions made in this tab, by outbox id. */
  private readonly progress = new Map<string, ProgressListener>();

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
  async submit(
    api: string,
    client: BadgeClient,
    submitted: { id: string; submission: ClaimSubmission; files: StoredFile[]; badge: BadgeSummary },
    onProgress?: ProgressListener,
  ): Promise<Delivery> {
    const { id, submission, files, badge } = submitted;
    if (onProgress) this.progress.set(id, onProgress);
    try {
      const record: OutboxRecord = { id, api, badgeId: submission.badgeId, badge, body: submission, files, createdAt: Date.now() };
      const delivery = await this.send(record, client);
      if (delivery.state !== 'delivered') return delivery;
      const claim = await this.store.get('claims', id);
      return claim ? { state: 'delivered', claim: toClaim(claim) } : { state: 'queued' };
    } finally {
      this.progress.delete(id);
    }
  }

  /**
   * Stores an organiser's decision, then tries to deliver it: a decision made offline goes out
   * once the API is back, once (the record leaves the outbox when the API has it). A decision the
   * API refuses (another organiser decided first) stays with the reason, as a refused claim does.
   */
  async review(
    api: string,
    client: BadgeClient,
    decided: { id: string; review: QueuedReview; badgeId: string; badge: BadgeSummary; token: string },
  ): Promise<Delivery<true>> {
    const { id, review, badgeId, badge, token } = decided;
    const record: OutboxRecord = { id, api, kind: 'review', badgeId, badge, body: review, files: [], token, createdAt: Date.now() };
    const delivery = await this.send(record, client);
    return delivery.state === 'delivered' ? { state: 'delivered', claim: true } : delivery;
  }

  /** Stores a record, flushes, and tells what became of it. */
  private async send(record: OutboxRecord, client: BadgeClient): Promise<Delivery<true>> {
    this.clients.set(record.api, client);
    await this.store.put('outbox', record);
    announce({ kind: 'outbox' });
    await this.flush();
    const left = await this.store.get('outbox', record.id);
    if (left?.error) {
      const { code, message, status, field, retryAfter } = left.error;
      return { state: 'refused', error: new ApiError(code, message, status, field, retryAfter) };
    }
    return left ? { state: 'queued' } : { state: 'delivered', claim: true };
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

  /**
   * Sends what is waiting. Runs in this tab queue behind each other, so a claim stored while a
   * run is under way is picked up by the next one.
   */
  flush(): Promise<void> {
    const run = this.queue.then(() => this.exclusively(() => this.deliverAll()));
    this.queue = run.catch(() => undefined);
    return run;
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
        await (record.kind === 'review' ? this.deliverReview(record, client) : this.deliver(record, client));
      } catch (error) {
        // Refused: the API said no (4xx), or too many wrong codes (429) which the visitor must
        // wait out and may correct. Only network and server failures are tried again later.
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
          const { code, message, status, field, retryAfter } = error;
          const refusal = { code, message, status, ...(field ? { field } : {}), ...(retryAfter ? { retryAfter } : {}) };
          await this.store.put('outbox', { ...record, error: refusal });
          announce({ kind: 'outbox' });
        } else {
          return; // offline or the server is failing: the rest waits for the next flush
        }
      }
    }
  }

  private async deliverReview(record: OutboxRecord, client: BadgeClient): Promise<void> {
    const { claimId, decision, comment } = record.body as QueuedReview;
    // Loaded when a decision is sent: visitors' claims never need it.
    const { organiserClient } = await import('../api/organiser-client.js');
    await organiserClient(client).reviewClaim(claimId, { decision, ...(comment ? { comment } : {}) }, record.token ?? '');
    await this.store.delete('outbox', record.id);
    announce({ kind: 'outbox' });
  }

  private async deliver(record: OutboxRecord, client: BadgeClient): Promise<void> {
    const claim = await client.createClaim(record.body as ClaimSubmission, record.id);
    const token = claim.token ?? '';
    const files = attachments(record.files);
    const total = files.reduce((sum, { file }) => sum + file.size, 0);
    let sent = 0;
    for (const { taskId, file } of files) {
      const onProgress = (fraction: number) => this.progress.get(record.id)?.(sent + fraction * file.size, total);
      await client.uploadEvidence({
        onProgress,
        claimId: claim.id,
        token,
        taskId,
        file,
        fileName: file.name,
        idempotencyKey: `${record.id}:${taskId}:${file.name}`,
      });
      sent += file.size;
    }
    const kept: ClaimRecord = {
      id: record.id,
      claimId: claim.id,
      api: record.api,
      badgeId: claim.badgeId,
      badge: record.badge,
      token,
      status: claim.status,
      createdAt: claim.createdAt,
      updatedAt: Date.now(),
      ...outcome(claim),
    };
    await this.store.put('claims', kept);
    await this.store.delete('outbox', record.id);
    announce({ kind: 'claims' });
  }
}
