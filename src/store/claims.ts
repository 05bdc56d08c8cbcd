import type { BadgeClient } from '../api/client.js';
import type { Claim } from '../api/types.js';
import { announce } from './channel.js';
import type { ClaimRecord } from './database.js';
import type { KitStore } from './store.js';

/** The claims this device made, as `my-badges` lists them, with their status kept up to date. */
export class Claims {
  constructor(private readonly store: KitStore) {}

  all(): Promise<ClaimRecord[]> {
    return this.store.all('claims');
  }

  /** One kept claim, as the API describes it. */
  async claim(id: string): Promise<Claim | undefined> {
    const kept = await this.store.get('claims', id);
    return kept && toClaim(kept);
  }

  /**
   * Asks the API for the status of this device's claims that can still change, and stores what
   * it says: those waiting for review (→ issued or rejected) every time, and, when
   * `issuedTtlSeconds` is given, issued ones last checked longer ago than that (an organiser may
   * have revoked them). Other tabs hear about changes. Resolves to the claims that changed; a
   * claim the API did not answer for (offline, an error) keeps its status until the next time.
   */
  async refresh(api: string, client: BadgeClient, { signal, issuedTtlSeconds }: RefreshOptions = {}): Promise<ClaimRecord[]> {
    const generation = this.store.generation;
    const now = Date.now();
    const due = (await this.all()).filter(
      (c) =>
        c.api === api &&
        (c.status === 'pending-review' ||
          (c.status === 'issued' && issuedTtlSeconds !== undefined && now - (c.checkedAt ?? 0) >= issuedTtlSeconds * 1000)),
    );
    const answers = await Promise.allSettled(due.map((record) => client.getClaim(record.claimId, record.token, signal ? { signal } : {})));
    const checked: ClaimRecord[] = [];
    const changed: ClaimRecord[] = [];
    answers.forEach((answer, i) => {
      if (answer.status === 'rejected') return;
      const record = due[i]!;
      const claim = answer.value;
      if (claim.status === record.status) {
        checked.push({ ...record, checkedAt: now });
      } else {
        const updated = { ...record, status: claim.status, updatedAt: now, checkedAt: now, ...outcome(claim) };
        checked.push(updated);
        changed.push(updated);
      }
    });
    // Not after "forget this device": the answers would bring the forgotten claims back.
    if (checked.length === 0 || generation !== this.store.generation) return [];
    await this.store.put('claims', ...checked);
    if (changed.length > 0) announce({ kind: 'claims' });
    return changed;
  }
}

export interface RefreshOptions {
  signal?: AbortSignal;
  /** Re-check issued claims last checked longer ago than this; issued claims are not checked without it. */
  issuedTtlSeconds?: number;
}

type Outcome = Pick<Claim, 'assertionUrl' | 'credentialUrl' | 'reason' | 'reviewComment'>;

/** What a claim's status came with: its assertion and credential, the organiser's comment, a revocation's reason. */
export function outcome(claim: Outcome): Outcome {
  return {
    ...(claim.assertionUrl ? { assertionUrl: claim.assertionUrl } : {}),
    ...(claim.credentialUrl ? { credentialUrl: claim.credentialUrl } : {}),
    ...(claim.reason ? { reason: claim.reason } : {}),
    ...(claim.reviewComment ? { reviewComment: claim.reviewComment } : {}),
  };
}

/** A kept claim as the API describes it. */
export function toClaim(record: ClaimRecord): Claim {
  return { id: record.claimId, badgeId: record.badgeId, status: record.status, createdAt: record.createdAt, ...outcome(record) };
}
