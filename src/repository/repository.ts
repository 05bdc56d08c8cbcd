import type { ActivityQuery, BadgeClient, BatchRead, Facets } from '../api/client.js';
import type { Activity, ActivityPage, Badge, Claim, ClaimSubmission } from '../api/types.js';
import { decode } from '../api/validate.js';
import type { Snapshot } from '../internal/resource-controller.js';
import { announce, type Change } from '../store/channel.js';
import type { BadgeSummary, ClaimRecord, EntityRecord, OutboxRecord } from '../store/database.js';
import type { Device } from '../store/device.js';
import { attachments, storable, type Attachment } from '../store/files.js';
import type { Delivery, ProgressListener, QueuedReview } from '../store/outbox.js';
import type { KitStore } from '../store/store.js';
import { Batcher, type BatchAnswer } from './batcher.js';

/** Most entities kept on a device; the oldest are evicted first. */
export const MAX_CACHED_ENTITIES = 500;

type EntityType = 'activity' | 'badge' | 'playlist';
/** What the cache keeps: entities, and the first page of list queries (of activities, or of playlists). */
export type CacheKind = EntityType | 'list' | 'playlists';

// What the widgets show of the device's records, so that they need no store module.
export type { Attachment, ClaimRecord, QueuedReview };

/** What the visitor typed and attached in a claim form, as last saved. */
export interface Draft {
  fields: Record<string, unknown>;
  attachments: Attachment[];
}

/** The claims this device keeps for one API: sent ones, and those still in the outbox. */
export interface DeviceClaims {
  claims: ClaimRecord[];
  queued: OutboxRecord[];
}

/**
 * The one way a widget reaches data, per API. Reads are snapshots for `ResourceController`,
 * with stale-while-revalidate: what this device has renders at once, and a refresh follows when
 * it is older than the cache TTL. Entity reads are batched per task (100 cards cost one
 * IndexedDB transaction, one `GET /activities?ids=` and one `GET /badges?ids=`), and concurrent
 * reads of one entity share a request. Writes are commands: submit a claim, save or drop a
 * draft, dismiss a refused claim, forget this device. It registers its client with the outbox
 * when made, so claims queued for this API on an earlier visit go out.
 */
export class Repository {
  private readonly cache = new Batcher<EntityRecord>((keys) => this.readCache(keys));
  private readonly activities = this.entities('activity', (ids, signal) => this.client.getActivities(ids, { signal }));
  private readonly badges = this.entities('badge', (ids, signal) => this.client.getBadges(ids, { signal }));
  private facetRequest: Promise<Facets> | undefined;
  private readonly store: KitStore;
  /**
   * What the API answered and is being written to the cache, by key: a widget reads it at once
   * rather than waiting for the write (on a first visit, for IndexedDB to create the database).
   */
  private readonly writing = new Map<string, EntityRecord>();

  constructor(
    /** The API's client: the organisers' widgets (through `Organiser`) and the learning paths' reads (`playlists.ts`) use it too. */
    readonly client: BadgeClient,
    /** The API base; part of every cache key, so two APIs never mix. */
    readonly api: string,
    readonly device: Device,
  ) {
    this.store = device.store;
    this.store.connect();
    void device.outbox().then((outbox) => outbox.register(api, client));
  }

  /** False once this device's storage failed and the kit works from memory only. */
  get persistent(): boolean {
    return this.store.persistent;
  }

  /** Whether a change announced by some tab concerns this entity. */
  changed(change: Change, type: EntityType, id: string): boolean {
    return change.kind === 'entities' && change.keys.includes(this.key(type, id));
  }

  private key(type: CacheKind, id: string): string {
    return `${this.api}|${type}|${id}`;
  }

  activity(id: string, ttlSeconds: number, signal: AbortSignal): AsyncGenerator<Snapshot<Activity>> {
    return this.read('activity', id, ttlSeconds, decode.activity, () => this.activities.load(id, signal));
  }

  badge(id: string, ttlSeconds: number, signal: AbortSignal): AsyncGenerator<Snapshot<Badge>> {
    return this.read('badge', id, ttlSeconds, decode.badge, () => this.badges.load(id, signal));
  }

  /**
   * The first page of a list query: as this device last saw it, then as the API answers. The
   * answer is kept under the query that asked for it, for offline use, and its activities go
   * into the cache the cards read from.
   */
  list(query: ActivityQuery, ttlSeconds: number, signal: AbortSignal): AsyncGenerator<Snapshot<ActivityPage>> {
    return this.read('list', listKey(query), ttlSeconds, decode.activityPage, async () => {
      const generation = this.store.generation;
      const page = await this.listPage(query, signal);
      void this.keep('list', listKey(query), page, generation);
      return page;
    });
  }

  /** One page of a list query; its activities are cached for the cards, which read them at once. */
  async listPage(query: ActivityQuery, signal: AbortSignal): Promise<ActivityPage> {
    const generation = this.store.generation;
    const page = await this.client.listActivities(query, { signal });
    void this.remember('activity', page.items, generation);
    return page;
  }

  /** The organisers, skills and categories for a list's filters: asked for once per API. */
  facets(): Promise<Facets> {
    if (!this.facetRequest) {
      this.facetRequest = this.client.getFacets();
      this.facetRequest.catch(() => (this.facetRequest = undefined)); // asked again by the next list
    }
    return this.facetRequest;
  }

  /** The claims this device keeps for this API (a new snapshot whenever a tab changes them). */
  async *deviceClaims(): AsyncGenerator<Snapshot<DeviceClaims>> {
    const [claims, outbox] = await Promise.all([this.device.claims(), this.device.outbox()]);
    const [kept, queued] = await Promise.all([claims.all(), outbox.pending()]);
    const mine = <T extends { api: string }>(records: T[]) => records.filter((r) => r.api === this.api);
    // Organisers' decisions wait in the same outbox; they are not the visitor's claims.
    const claimsQueued = mine(queued).filter((record) => record.kind !== 'review');
    yield { value: { claims: mine(kept), queued: claimsQueued }, storedAt: Date.now(), fromCache: true };
  }

  /** A claim this device made, once it has been delivered (`null` while it waits in the outbox). */
  async *claim(id: string): AsyncGenerator<Snapshot<Claim>> {
    const claim = await (await this.device.claims()).claim(id);
    yield { value: claim ?? null, storedAt: Date.now(), fromCache: true };
  }

  /**
   * Asks the API about this device's claims waiting for review and, given `issuedTtlSeconds`,
   * issued ones not checked for that long (revoked since?); resolves to those whose status changed.
   */
  async refreshClaims(signal: AbortSignal, issuedTtlSeconds?: number): Promise<ClaimRecord[]> {
    return (await this.device.claims()).refresh(this.api, this.client, { signal, issuedTtlSeconds });
  }

  /** Stores a claim in the outbox, then tries to deliver it (see `Outbox`). */
  async submitClaim(
    submitted: { id: string; submission: ClaimSubmission; attachments: Attachment[]; badge: BadgeSummary },
    onProgress?: ProgressListener,
  ): Promise<Delivery> {
    const { id, submission, badge } = submitted;
    const files = await storable(submitted.attachments);
    return (await this.device.outbox()).submit(this.api, this.client, { id, submission, files, badge }, onProgress);
  }

  /** Takes a refused claim out of the outbox once the visitor has seen why. */
  async dismiss(id: string): Promise<void> {
    return (await this.device.outbox()).dismiss(id);
  }

  /** What the visitor typed and attached in the claim form for a badge of this API. */
  async draft(badgeId: string): Promise<Draft | undefined> {
    const record = await (await this.device.drafts()).load(this.draftKey(badgeId));
    return record && { fields: record.fields, attachments: attachments(record.files) };
  }

  async saveDraft(badgeId: string, draft: Draft): Promise<void> {
    const drafts = await this.device.drafts();
    await drafts.save(this.draftKey(badgeId), draft.fields, await storable(draft.attachments));
  }

  async dropDraft(badgeId: string): Promise<void> {
    return (await this.device.drafts()).discard(this.draftKey(badgeId));
  }

  /** Forgets everything the kit keeps on this device, for every API. */
  forgetDevice(): Promise<void> {
    this.writing.clear();
    return this.device.forget();
  }

  private draftKey(badgeId: string): string {
    return `${this.api}|${badgeId}`;
  }

  /**
   * A cached read: what this device has (when it still decodes), then, once it is older than the
   * TTL or missing, what `fetchFresh` answers.
   */
  async *read<T>(
    type: CacheKind,
    id: string,
    ttlSeconds: number,
    decodeCached: (data: unknown) => T,
    fetchFresh: () => Promise<T | null | undefined>,
  ): AsyncGenerator<Snapshot<T>> {
    const key = this.key(type, id);
    const kept = async () => usable(decodeCached, this.writing.get(key) ?? (await this.cache.load(key)));
    // A first visit has nothing cached: it asks the API without waiting for IndexedDB to say so.
    const firstVisit = !this.store.mayHaveEntities && !this.writing.has(key);
    let cached = firstVisit ? undefined : await kept();
    if (cached) {
      yield { value: cached.data, storedAt: cached.storedAt, fromCache: true };
      if (Date.now() - cached.storedAt < ttlSeconds * 1000) return;
    }
    try {
      yield { value: (await fetchFresh()) ?? null, storedAt: Date.now(), fromCache: false };
    } catch (error) {
      // The note that makes a visit a first one is lost when the page clears localStorage:
      // offline, what IndexedDB still keeps is better than an error.
      if (firstVisit && (cached = await kept())) yield { value: cached.data, storedAt: cached.storedAt, fromCache: true };
      throw error;
    }
  }

  /** Batches reads of one entity type; what the API answers goes into the cache. */
  entities<T extends { id: string }>(
    type: EntityType,
    readMany: (ids: string[], signal: AbortSignal) => Promise<BatchRead<T>>,
  ): Batcher<T> {
    return new Batcher<T>(async (ids, signal) => {
      const generation = this.store.generation;
      const read = await readMany(ids, signal);
      // Shown while it is kept: on a first visit the write waits for the database to be created.
      void this.remember(type, read.items, generation);
      return answer(ids, read);
    });
  }

  private async readCache(keys: string[]): Promise<BatchAnswer<EntityRecord>> {
    const records = await this.store.getMany('entities', keys);
    return { values: new Map(records.filter((r) => r !== undefined).map((r) => [r.key, r])) };
  }

  /**
   * Keeps the first page of a list query, under the query, for offline use; not when the device
   * was forgotten since `generation` (the store's when the read began).
   */
  async keep(type: 'list' | 'playlists', id: string, data: unknown, generation: number): Promise<void> {
    if (generation !== this.store.generation) return;
    await this.write([{ key: this.key(type, id), data, storedAt: Date.now() }]);
  }

  /** Caches entities the API answered, for every widget that reads them (as `keep`, not after a forget). */
  async remember(type: EntityType, entities: { id: string }[], generation: number): Promise<void> {
    if (entities.length === 0 || generation !== this.store.generation) return;
    const storedAt = Date.now();
    const records = entities.map((data) => ({ key: this.key(type, data.id), data, storedAt }));
    await this.write(records);
    await this.store.evictEntities(MAX_CACHED_ENTITIES);
    announce({ kind: 'entities', keys: records.map((r) => r.key) });
  }

  /** Writes records to the cache; until the write ends, reads find them in `writing`. */
  private async write(records: EntityRecord[]): Promise<void> {
    records.forEach((record) => this.writing.set(record.key, record));
    try {
      await this.store.put('entities', ...records);
    } finally {
      // A later write of the same key keeps its own record readable.
      for (const record of records) if (this.writing.get(record.key) === record) this.writing.delete(record.key);
    }
  }
}

/** A list query's cache id: its filters, page size and cursor. */
export function listKey(query: object): string {
  return JSON.stringify(query);
}

/**
 * A batch read as the batcher takes it: an item that did not decode fails its own id only. An
 * item whose id could not be read makes every id the answer lacks fail too, since any of them
 * may be that item (rather than counting them as not found).
 */
function answer<T extends { id: string }>(ids: string[], { items, invalid }: BatchRead<T>): BatchAnswer<T> {
  const values = new Map(items.map((item) => [item.id, item]));
  const errors = new Map<string, unknown>();
  const anonymous = invalid.find((item) => item.id === undefined);
  if (anonymous) ids.filter((id) => !values.has(id)).forEach((id) => errors.set(id, anonymous.error));
  invalid.forEach(({ id, error }) => id !== undefined && errors.set(id, error));
  return { values, errors };
}

/**
 * A cached record the widgets can still show: its data decodes as the entity, as an API answer
 * would. Entries written by an older version of the kit, or corrupted, count as not cached.
 */
function usable<T>(decodeCached: (data: unknown) => T, record: EntityRecord | undefined): { data: T; storedAt: number } | undefined {
  if (!record || typeof record.storedAt !== 'number' || !Number.isFinite(record.storedAt)) return undefined;
  try {
    return { data: decodeCached(record.data), storedAt: record.storedAt };
  } catch {
    return undefined;
  }
}
