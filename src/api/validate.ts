/**
 * Checks API responses at the boundary, so a malformed or wrongly shaped body becomes an
 * `ApiError('bad_response')` here instead of a crash inside a template.
 * URL fields keep only http(s) URLs: anything else (`javascript:`, `data:`) is dropped.
 */
import { ApiError } from './errors.js';
import type { BatchRead, Facets } from './client.js';
import type { Activity, ActivityPage, Badge, Claim, Evidence, Organiser, Skill, Task } from './types.js';

export type Decoder<T> = (value: unknown, path: string) => T;

export function fail(path: string, expected: string): never {
  throw new ApiError('bad_response', `The badge API sent an unexpected response (${path}: expected ${expected}).`);
}

export const string: Decoder<string> = (v, p) => (typeof v === 'string' ? v : fail(p, 'a string'));
export const number: Decoder<number> = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(p, 'a number'));
export const id: Decoder<string> = (v, p) => (typeof v === 'number' ? String(v) : string(v, p));

export function optional<T>(decode: Decoder<T>): Decoder<T | undefined> {
  return (v, p) => (v === undefined || v === null ? undefined : decode(v, p));
}

export function array<T>(decode: Decoder<T>): Decoder<T[]> {
  return (v, p) => (Array.isArray(v) ? v.map((item, i) => decode(item, `${p}[${i}]`)) : fail(p, 'an array'));
}

export function oneOf<T extends string>(...values: T[]): Decoder<T> {
  return (v, p) => (values.includes(v as T) ? (v as T) : fail(p, values.join(' | ')));
}

type Fields<T> = { [K in keyof T]-?: Decoder<T[K]> };

export function object<T>(fields: Fields<T>): Decoder<T> {
  return (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(p, 'an object');
    const out: Record<string, unknown> = {};
    for (const [key, decode] of Object.entries(fields) as [string, Decoder<unknown>][]) {
      const value = decode((v as Record<string, unknown>)[key], `${p}.${key}`);
      if (value !== undefined) out[key] = value;
    }
    return out as T;
  };
}

/** An http(s) URL, or nothing: other schemes never reach a link or an image. */
export const httpUrl: Decoder<string | undefined> = (v) => {
  if (typeof v !== 'string') return undefined;
  try {
    const url = new URL(v);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};

/** A date-time the browser can read. */
export const dateTime: Decoder<string> = (v, p) =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : fail(p, 'an ISO 8601 date-time');

const skill = object<Skill>({ id, name: string, escoUri: httpUrl });

export const organiser = object<Organiser>({ id, name: string, url: httpUrl, logoUrl: httpUrl });

/** A cursor-paged list of `item`s. */
export const page = <T>(item: Decoder<T>) => object<{ items: T[]; nextCursor: string | null }>({
  items: array(item),
  nextCursor: (v, p) => optional(string)(v, p) ?? null,
});

const activity = object<Activity>({
  id,
  title: string,
  description: optional(string) as Decoder<string>,
  startsAt: dateTime,
  endsAt: optional(dateTime),
  timeZone: string,
  location: optional(
    object({ name: string, address: optional(string), lat: optional(number), lng: optional(number) }),
  ),
  onlineUrl: httpUrl,
  imageUrl: httpUrl,
  imageAlt: optional(string),
  organiser,
  category: optional(object({ id, name: string })),
  skills: (v, p) => optional(array(skill))(v, p) ?? [],
  duration: optional(string),
  badgeId: optional(id),
  playlistCount: (v, p) => optional(number)(v, p) ?? 0,
  language: (v, p) => optional(string)(v, p) ?? '',
  url: httpUrl,
});

const task = object<Task>({
  id,
  no: number,
  kind: oneOf('code', 'file', 'text', 'questions'),
  description: string,
  questions: optional(array(string)),
  check: oneOf('auto', 'self', 'organiser', 'peer'),
  accept: optional(array(string)),
  maxBytes: optional(number),
});

const badge = object<Badge>({
  id,
  name: string,
  description: string,
  imageUrl: httpUrl,
  imageAlt: optional(string),
  criteria: (v, p) => optional(string)(v, p) ?? '',
  skills: (v, p) => optional(array(skill))(v, p) ?? [],
  issuer: object({ id, name: string, url: httpUrl }),
  tasks: array(task),
});

const claim = object<Claim>({
  id,
  badgeId: id,
  status: oneOf('issued', 'pending-review', 'rejected', 'revoked'),
  token: optional(string),
  assertionUrl: httpUrl,
  credentialUrl: httpUrl,
  createdAt: dateTime,
  reason: optional(string),
  reviewComment: optional(string),
  decidedAt: optional(dateTime),
  decidedBy: optional(string),
});

const activityPage: Decoder<ActivityPage> = page(activity);

const facet = object({ id, name: string });
const facets = object<Facets>({ organisers: array(facet), skills: array(facet), categories: array(facet) });

const evidence = object<Evidence>({ id, taskId: id, name: string, size: number, type: string });

/**
 * `{ items }` of a batch read, each item decoded on its own: one that does not decode is
 * reported with its id (when that much is readable) and the others are kept.
 */
export function batch<T>(item: Decoder<T>): Decoder<BatchRead<T>> {
  return (v, p) => {
    const items = (v as { items?: unknown } | null | undefined)?.items;
    if (!Array.isArray(items)) fail(`${p}.items`, 'an array');
    const read: BatchRead<T> = { items: [], invalid: [] };
    items.forEach((raw, i) => {
      try {
        read.items.push(item(raw, `${p}.items[${i}]`));
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const rawId = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
        read.invalid.push(typeof rawId === 'string' || typeof rawId === 'number' ? { id: String(rawId), error } : { error });
      }
    });
    return read;
  };
}

const activityBatch = batch(activity);
const badgeBatch = batch(badge);

export const decode = {
  activity: (body: unknown) => activity(body, 'activity'),
  activityPage: (body: unknown) => activityPage(body, 'page'),
  activityBatch: (body: unknown) => activityBatch(body, 'batch'),
  badgeBatch: (body: unknown) => badgeBatch(body, 'batch'),
  facets: (body: unknown) => facets(body, 'facets'),
  badge: (body: unknown) => badge(body, 'badge'),
  claim: (body: unknown) => claim(body, 'claim'),
  evidence: (body: unknown) => evidence(body, 'evidence'),
};
