import { organiserClient, type OrganiserClient, type ReviewQuery } from '../api/organiser-client.js';
import type { EvidenceFile, KioskCode, ReviewPage } from '../api/types.js';
import type { Snapshot } from '../internal/resource-controller.js';
import type { OutboxRecord } from '../store/database.js';
import type { Delivery, QueuedReview } from '../store/outbox.js';
import type { Repository } from './repository.js';

/**
 * What the organiser widgets read and write for one API. Nothing of it is cached on the
 * device: the review queue holds people's names, e-mails and files. Decisions go through the
 * outbox, so one made offline is sent once the API is back.
 */
export class Organiser {
  constructor(private readonly repository: Repository) {}

  /** Asked for in each call, so that a platform without organiser features fails that call. */
  private get client(): OrganiserClient {
    return organiserClient(this.repository.client);
  }

  /** The first page of the review queue, as the API answers it now. */
  async *reviews(query: ReviewQuery, token: string, signal: AbortSignal): AsyncGenerator<Snapshot<ReviewPage>> {
    yield { value: await this.reviewPage(query, token, signal), storedAt: Date.now(), fromCache: false };
  }

  /** A page of the review queue. */
  async reviewPage(query: ReviewQuery, token: string, signal: AbortSignal): Promise<ReviewPage> {
    return this.client.listReviews(query, token, { signal });
  }

  /** Decisions on this API's claims made on this device and not delivered yet, refused ones included. */
  async *queuedReviews(): AsyncGenerator<Snapshot<OutboxRecord[]>> {
    const { api, device } = this.repository;
    const pending = await (await device.outbox()).pending();
    yield { value: pending.filter((record) => record.api === api && record.kind === 'review'), storedAt: Date.now(), fromCache: true };
  }

  /** Stores a decision in the outbox, then tries to deliver it (see `Outbox.review`). */
  async review(decided: { id: string; review: QueuedReview; badgeId: string; token: string }): Promise<Delivery<true>> {
    const { api, client, device } = this.repository;
    // Queued decisions are listed by the review queue itself, which names badges by id.
    return (await device.outbox()).review(api, client, { ...decided, badge: { name: decided.badgeId } });
  }

  /** Takes a refused decision out of the outbox once the organiser has seen why. */
  dismiss(id: string): Promise<void> {
    return this.repository.dismiss(id);
  }

  /** A claim's evidence file, fetched with the organiser token. */
  async evidence(claimId: string, file: EvidenceFile, token: string, signal: AbortSignal): Promise<Blob> {
    return this.client.getEvidence(claimId, file, token, { signal });
  }

  /** The code a kiosk shows now. */
  async kiosk(badgeId: string, period: number, token: string, signal: AbortSignal): Promise<KioskCode> {
    return this.client.getKiosk(badgeId, period, token, { signal });
  }
}

const organisers = new WeakMap<Repository, Organiser>();

/** The organiser side of a repository, made once. */
export function organiser(repository: Repository): Organiser {
  let made = organisers.get(repository);
  if (!made) organisers.set(repository, (made = new Organiser(repository)));
  return made;
}
