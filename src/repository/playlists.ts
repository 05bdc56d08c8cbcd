// Learning paths on the kit's one data path: cached, batched reads of playlists through the
// repository, a path's steps through the activity cards' reads, and the visitor's progress from
// this device's claims. Loaded with the elements that show paths, not by every page.
import type { PlaylistQuery } from '../api/client.js';
import { decodePlaylists } from '../api/playlist-decoders.js';
import type { Activity, Playlist, PlaylistPage, PlaylistStep, ProofClaim } from '../api/types.js';
import type { Snapshot } from '../internal/resource-controller.js';
import type { ClaimRecord } from '../store/database.js';
import type { Batcher } from './batcher.js';
import { listKey, type Repository } from './repository.js';

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

/**
 * Several cached reads as one: what this device has of each first, then, when any of it was shown
 * from the cache, what the API answers for the stale ones.
 */
async function* allOf<T>(reads: AsyncGenerator<Snapshot<T>>[]): AsyncGenerator<Snapshot<T[]>> {
  const shown = (await Promise.all(reads.map((read) => read.next()))).map((result) => result.value as Snapshot<T>);
  const combined = (snapshots: Snapshot<T>[]): Snapshot<T[]> => ({
    value: snapshots.flatMap((snapshot) => (snapshot.value ? [snapshot.value] : [])),
    storedAt: Math.min(...snapshots.map((snapshot) => snapshot.storedAt)),
    fromCache: snapshots.some((snapshot) => snapshot.fromCache),
  });
  yield combined(shown);
  if (!shown.some((snapshot) => snapshot.fromCache)) return;
  const fresh = await Promise.all(reads.map(async (read, i) => ((await read.next()).value as Snapshot<T> | undefined) ?? shown[i]!));
  yield combined(fresh);
}

/**
 * A learning path's activities, through the same batched, cached reads as the activity cards. An
 * activity the API does not know is left out.
 */
export function stepActivities(repository: Repository, ids: string[], ttlSeconds: number, signal: AbortSignal): AsyncGenerator<Snapshot<Activity[]>> {
  return allOf(ids.map((id) => repository.activity(id, ttlSeconds, signal)));
}

/** The learning paths that the given badges are steps of, each once. */
export async function* pathsOf(repository: Repository, badgeIds: string[], ttlSeconds: number, signal: AbortSignal): AsyncGenerator<Snapshot<Playlist[]>> {
  for await (const snapshot of allOf(badgeIds.map((badge) => readPlaylistList(repository, { badge }, ttlSeconds, signal)))) {
    const byId = new Map(snapshot.value!.flatMap((page) => page.items).map((playlist) => [playlist.id, playlist]));
    yield { ...snapshot, value: [...byId.values()] };
  }
}

const batchers = new WeakMap<Repository, Batcher<Playlist>>();

/** One learning path, read like the other entities: batched per task, cached, then refreshed. */
export function readPlaylist(repository: Repository, id: string, ttlSeconds: number, signal: AbortSignal): AsyncGenerator<Snapshot<Playlist>> {
  let batcher = batchers.get(repository);
  if (!batcher) {
    batcher = repository.entities('playlist', (ids, batchSignal) => repository.client.getPlaylists(ids, { signal: batchSignal }));
    batchers.set(repository, batcher);
  }
  const playlists = batcher;
  return repository.read('playlist', id, ttlSeconds, decodePlaylists.playlist, () => playlists.load(id, signal));
}

/**
 * The first page of a playlist query (e.g. the paths holding an activity), cached under the query
 * for offline use; its playlists go into the cache that `playlist-card` reads from.
 */
export function readPlaylistList(repository: Repository, query: PlaylistQuery, ttlSeconds: number, signal: AbortSignal): AsyncGenerator<Snapshot<PlaylistPage>> {
  const key = listKey(query);
  return repository.read('playlists', key, ttlSeconds, decodePlaylists.page, async () => {
    const generation = repository.device.store.generation;
    const page = await repository.client.listPlaylists(query, { signal });
    // Shown while it is kept, as activity-list's pages are.
    void repository.remember('playlist', page.items, generation);
    void repository.keep('playlists', key, page, generation);
    return page;
  });
}
