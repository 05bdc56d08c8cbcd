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
    const now = Date.now();
    const due = (await this.all()).filter(
      (c) =>
        c.api === api &&
        (c.status === 'pending-review' ||
          (c.status === 'issued' && issuedTtlSeconds !== undefined && now - (c.checkedAt ?? 0) >= issuedTtlSeconds * 1000)),
    );
    const answers = new Map<string, Claim>();
    await eachAtMost(ASKED_AT_ONCE, due, async (record) => {
      answers.set(record.id, await client.getClaim(record.claimId, record.token, signal ? { signal } : {}));
    });
    if (answers.size === 0) return [];
    const asked = new Map(due.map((record) => [record.id, record]));
    const changed: ClaimRecord[] = [];
    // What another tab or refresh wrote meanwhile is newer than these answers: it stays. A claim
    // forgotten meanwhile ("forget this device") is not brought back.
    await this.store.update('claims', [...answers.keys()], (current) => {
      const before = current && asked.get(current.id);
      const claim = current && answers.get(current.id);
      if (!current || !before || !claim || current.status !== before.status || current.updatedAt !== before.updatedAt) return undefined;
      if (claim.status === current.status) return { ...current, checkedAt: now };
      const updated = { ...current, status: claim.status, updatedAt: now, checkedAt: now, ...outcome(claim) };
      changed.push(updated);
      return updated;
    });
    if (changed.length > 0) announce({ kind: 'claims' });
    return changed;
  }
}

/** How many claims are asked about at once: a device with many badges does not flood the API. */
const ASKED_AT_ONCE = 4;

/** Runs `task` for every item, at most `limit` at a time; a failed task does not stop the others. */
async function eachAtMost<T>(limit: number, items: T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!).catch(() => undefined);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
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
