import type { ClaimStatus } from '../api/types.js';
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

/** One database for the whole kit, namespaced so it never meets a host page's own. */
export const DB_NAME = 'learning-city-widgets';

/** A cached API entity: `key` is `api|type|id`, so two APIs never mix. */
export interface EntityRecord {
  key: string;
  data: unknown;
  /** When the API last confirmed it (ms since epoch). */
  storedAt: number;
}

/**
 * A file attached to a claim: its bytes, name and type. Versions before 0.2 kept a `Blob`,
 * which WebKit cannot store; records they wrote are still read.
 */
export type StoredFile = { taskId: string; name: string; type: string } & ({ bytes: ArrayBuffer } | { blob: Blob });

/** What `my-badges` shows of a badge without asking the API. */
export interface BadgeSummary {
  name: string;
  imageUrl?: string;
  /** Who issues the badge (kept since 0.3: older records lack it). */
  issuerName?: string;
}

/**
 * A claim submission, or an organiser's decision on a claim (`kind: 'review'`), waiting to be
 * delivered; `id` is its idempotency key.
 */
export interface OutboxRecord {
  id: string;
  api: string;
  /** Absent for claim submissions, which older versions stored without it. */
  kind?: 'review';
  badgeId: string;
  badge: BadgeSummary;
  body: unknown;
  files: StoredFile[];
  /** The organiser token a decision is sent with. */
  token?: string;
  createdAt: number;
  /** Set when the API refused the claim for good; it stays for the visitor to see. */
  error?: { code: string; message: string; status: number; field?: string; retryAfter?: number };
}

/** What a visitor typed and attached in a claim form, keyed by `api|badgeId`. */
export interface DraftRecord {
  key: string;
  fields: Record<string, unknown>;
  files: StoredFile[];
  savedAt: number;
}

/** A claim this device made, for `my-badges` and status updates; `id` is its idempotency key. */
export interface ClaimRecord {
  id: string;
  /** The claim's id at the API. */
  claimId: string;
  api: string;
  badgeId: string;
  badge: BadgeSummary;
  token: string;
  status: ClaimStatus;
  assertionUrl?: string;
  /** The Open Badges 3.0 credential, once issued. */
  credentialUrl?: string;
  reason?: string;
  /** What the organiser wrote with the decision. */
  reviewComment?: string;
  createdAt: string;
  updatedAt: number;
  /** When the API was last asked for its status (milliseconds since the epoch). */
  checkedAt?: number;
}

export interface KitSchema extends DBSchema {
  entities: { key: string; value: EntityRecord; indexes: { storedAt: number } };
  outbox: { key: string; value: OutboxRecord };
  drafts: { key: string; value: DraftRecord };
  claims: { key: string; value: ClaimRecord };
}

export type StoreName = StoreNames<KitSchema>;
export const STORE_NAMES: StoreName[] = ['entities', 'outbox', 'drafts', 'claims'];

type Upgrade = (db: IDBPDatabase<KitSchema>, tx: IDBPTransaction<KitSchema, StoreName[], 'versionchange'>) => void;

/**
 * The upgrade ladder: entry N takes the schema from version N to N + 1. Append, never edit, so
 * a visitor coming back after months climbs every step in order.
 */
const MIGRATIONS: Upgrade[] = [
  (db) => {
    db.createObjectStore('entities', { keyPath: 'key' }).createIndex('storedAt', 'storedAt');
    db.createObjectStore('outbox', { keyPath: 'id' });
    db.createObjectStore('drafts', { keyPath: 'key' });
    db.createObjectStore('claims', { keyPath: 'id' });
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** How long to wait for an old tab to let go before working from memory instead. */
const BLOCKED_TIMEOUT_MS = 3000;

/**
 * Opens the kit's database. A tab holding an older version closes its connection as soon as a
 * newer one asks (`blocking`), so an old tab never wedges a new one; if the upgrade stays
 * blocked anyway (a tab running an old copy of the kit), the caller falls back to memory.
 */
export function openDatabase(onClosed: () => void, name = DB_NAME): Promise<IDBPDatabase<KitSchema>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const blocked = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The database upgrade is blocked by another tab.')), BLOCKED_TIMEOUT_MS);
  });
  const opening = openDB<KitSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < MIGRATIONS.length; version++) MIGRATIONS[version]!(db, tx);
    },
    blocking() {
      db.then((d) => d.close());
      onClosed();
    },
    terminated: onClosed,
  });
  const db = opening.finally(() => clearTimeout(timer));
  // Given up on: close the connection if the upgrade goes through after all.
  blocked.catch(() => db.then((d) => d.close(), () => undefined));
  return Promise.race([db, blocked]);
}
