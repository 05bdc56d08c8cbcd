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
   * Asks the API for the status of the claims still waiting for review, and stores what changed
   * (waiting → issued or rejected). Other tabs hear about it. Resolves to the claims that changed.
   */
  async refresh(api: string, client: BadgeClient, signal?: AbortSignal): Promise<ClaimRecord[]> {
    const waiting = (await this.all()).filter((c) => c.api === api && c.status === 'pending-review');
    const updated: ClaimRecord[] = [];
    for (const record of waiting) {
      const claim: Claim = await client.getClaim(record.claimId, record.token, signal ? { signal } : {});
      if (claim.status !== record.status) {
        updated.push({
          ...record,
          status: claim.status,
          updatedAt: Date.now(),
          ...outcome(claim),
        });
      }
    }
    if (updated.length > 0) {
      await this.store.put('claims', ...updated);
      announce({ kind: 'claims' });
    }
    return updated;
  }
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
