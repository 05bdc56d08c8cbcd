import type { BadgeClient } from '../api/client.js';
import { ApiError } from '../api/errors.js';
import type { Activity, ActivityPage, Badge } from '../api/types.js';
import { decode } from '../api/validate.js';
import { Batcher } from './batcher.js';
import { announce } from './channel.js';
import type { EntityRecord } from './database.js';
import type { KitStore } from './store.js';

/** What a widget is shown: cached data first, then what the API confirms. */
export interface Snapshot<T> {
  /** `null` when the API says the entity does not exist. */
  value: T | null;
  /** When the API last confirmed this value (ms since epoch). */
  storedAt: number;
  fromCache: boolean;
}

/** Most entities kept on a device; the oldest are evicted first. */
export const MAX_CACHED_ENTITIES = 500;

type EntityType = 'activity' | 'badge';
/** What the cache keeps: entities, and the first page of list queries. */
type CacheKind = EntityType | 'list';

/**
 * Reads entities for the widgets with stale-while-revalidate: what this device has renders at
 * once, and a refresh follows when it is older than the cache TTL. Reads are batched per task
 * (100 cards cost one IndexedDB transaction and one `GET /activities?ids=`), and concurrent
 * reads of one entity share a request.
 */
export class Repository {
  private readonly cache = new Batcher<EntityRecord>((keys) => this.readCache(keys));
  private readonly activities = new Batcher<Activity>(async (ids, signal) => {
    const found = await this.client.getActivities(ids, { signal });
    await this.writeCache('activity', found);
    return new Map(found.map((activity) => [activity.id, activity]));
  });
  /** Badges have no batch endpoint: one request per badge, shared by its concurrent readers. */
  private readonly badges = new Batcher<Badge | null>(async ([id], signal) => {
    try {
      const badge = await this.client.getBadge(id!, { signal });
      await this.writeCache('badge', [badge]);
      return new Map([[id!, badge]]);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return new Map([[id!, null]]);
      throw error;
    }
  }, 1);

  constructor(
    readonly client: BadgeClient,
    /** The API base; part of every cache key, so two APIs never mix. */
    readonly api: string,
    readonly store: KitStore,
  ) {}

  key(type: CacheKind, id: string): string {
    return `${this.api}|${type}|${id}`;
  }

  activity(id: string, ttlSeconds: number, signal: AbortSignal): AsyncGenerator<Snapshot<Activity>> {
    return this.read('activity', id, ttlSeconds, () => this.activities.load(id, signal));
  }

  badge(id: string, ttlSeconds: number, signal: AbortSignal): AsyncGenerator<Snapshot<Badge>> {
    return this.read('badge', id, ttlSeconds, () => this.badges.load(id, signal));
  }

  /** Keeps the first page of a list query, to show it when the API cannot be reached. */
  async rememberList(query: string, page: ActivityPage): Promise<void> {
    await this.store.put('entities', { key: this.key('list', query), data: page, storedAt: Date.now() });
  }

  /** The first page of a list query as last seen, if this device kept it. */
  async cachedList(query: string): Promise<{ data: ActivityPage; storedAt: number } | undefined> {
    return usable<ActivityPage>('list', await this.store.get('entities', this.key('list', query)));
  }

  /** Puts entities the API sent some other way (a list page) into the cache. */
  async remember(type: EntityType, entities: { id: string }[]): Promise<void> {
    await this.writeCache(type, entities);
  }

  private async *read<T>(
    type: EntityType,
    id: string,
    ttlSeconds: number,
    fetchFresh: () => Promise<T | null | undefined>,
  ): AsyncGenerator<Snapshot<T>> {
    const cached = usable<T>(type, await this.cache.load(this.key(type, id)));
    if (cached) {
      yield { value: cached.data, storedAt: cached.storedAt, fromCache: true };
      if (Date.now() - cached.storedAt < ttlSeconds * 1000) return;
    }
    const value = await fetchFresh();
    yield { value: value ?? null, storedAt: Date.now(), fromCache: false };
  }

  private async readCache(keys: string[]): Promise<Map<string, EntityRecord>> {
    const records = await this.store.getMany('entities', keys);
    return new Map(records.filter((r) => r !== undefined).map((r) => [r.key, r]));
  }

  private async writeCache(type: EntityType, entities: { id: string }[]): Promise<void> {
    if (entities.length === 0) return;
    const storedAt = Date.now();
    const records = entities.map((data) => ({ key: this.key(type, data.id), data, storedAt }));
    await this.store.put('entities', ...records);
    await this.store.evictEntities(MAX_CACHED_ENTITIES);
    announce({ kind: 'entities', keys: records.map((r) => r.key) });
  }
}

/**
 * A cached record the widgets can still show: its data decodes as the entity, as an API answer
 * would. Entries written by an older version of the kit, or corrupted, count as not cached.
 */
function usable<T>(type: CacheKind, record: EntityRecord | undefined): { data: T; storedAt: number } | undefined {
  if (!record || typeof record.storedAt !== 'number' || !Number.isFinite(record.storedAt)) return undefined;
  try {
    const data = type === 'list' ? decode.activityPage(record.data) : decode[type](record.data);
    return { data: data as T, storedAt: record.storedAt };
  } catch {
    return undefined;
  }
}
