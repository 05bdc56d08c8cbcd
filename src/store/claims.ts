import type { BadgeClient } from '../api/client.js';
import type { Claim } from '../api/types.js';
import { announce } from './channel.js';
import type { ClaimRecord } from './database.js';
import { kitStore, type KitStore } from './store.js';

/** The claims this device made, as `my-badges` lists them. */
export function keptClaims(store: KitStore): Promise<ClaimRecord[]> {
  return store.all('claims');
}

/**
 * Asks the API for the status of the claims still waiting for review, and stores what changed
 * (waiting → issued or rejected). Other tabs hear about it. Resolves to the claims that changed.
 */
export async function refreshClaims(store: KitStore, api: string, client: BadgeClient, signal?: AbortSignal): Promise<ClaimRecord[]> {
  const waiting = (await store.all('claims')).filter((c) => c.api === api && c.status === 'pending-review');
  const updated: ClaimRecord[] = [];
  for (const record of waiting) {
    const claim: Claim = await client.getClaim(record.claimId, record.token, signal ? { signal } : {});
    if (claim.status !== record.status) {
      updated.push({
        ...record,
        status: claim.status,
        updatedAt: Date.now(),
        ...(claim.assertionUrl ? { assertionUrl: claim.assertionUrl } : {}),
        ...(claim.reason ? { reason: claim.reason } : {}),
      });
    }
  }
  if (updated.length > 0) {
    await store.put('claims', ...updated);
    announce({ kind: 'claims' });
  }
  return updated;
}

/** Forgets everything the kit keeps on this device: cache, outbox, drafts and claims. */
export async function forgetDevice(store: KitStore = kitStore()): Promise<void> {
  await store.clear();
  announce({ kind: 'cleared' });
}
