import type { Playlist, PlaylistStep, ProofClaim } from '../api/types.js';
import type { ClaimRecord } from './database.js';

/** How far along a learning path the visitor is, from the badges issued on this device. */
export interface PathProgress {
  /** Ids of the activities whose step is done. */
  done: Set<string>;
  /** Steps that count towards the path done so far: required ones, and optional ones up to the number needed. */
  count: number;
  /** Steps that complete the path: every required one and the optional ones needed. */
  total: number;
  complete: boolean;
  /** The first step in order that still counts towards the path, if any. */
  next: PlaylistStep | undefined;
  /** The claims that prove the done steps, as a claim for the path's badge sends them. */
  proofs: ProofClaim[];
}

/**
 * A path's progress from this device's claims for one API: a step is done when a claim for its
 * badge was issued.
 */
export function pathProgress(playlist: Playlist, claims: ClaimRecord[]): PathProgress {
  const issued = new Map<string, ClaimRecord>();
  for (const claim of claims) if (claim.status === 'issued') issued.set(claim.badgeId, claim);
  const doneSteps = playlist.steps.filter((step) => issued.has(step.badgeId));
  const required = playlist.steps.filter((step) => step.required);
  const optionalNeeded = Math.min(playlist.optionalNeeded, playlist.steps.length - required.length);
  const optionalDone = doneSteps.filter((step) => !step.required).length;
  const count = doneSteps.filter((step) => step.required).length + Math.min(optionalDone, optionalNeeded);
  const total = required.length + optionalNeeded;
  const stillCounts = (step: PlaylistStep) => !issued.has(step.badgeId) && (step.required || optionalDone < optionalNeeded);
  const proofs = [...new Set(doneSteps.map((step) => step.badgeId))].map((badgeId) => {
    const claim = issued.get(badgeId)!;
    return { claimId: claim.claimId, token: claim.token };
  });
  return {
    done: new Set(doneSteps.map((step) => step.activityId)),
    count,
    total,
    complete: count >= total,
    next: playlist.steps.find(stillCounts),
    proofs,
  };
}
