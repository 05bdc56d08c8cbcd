import { Rejected, fail } from './findings.js';

/** More than any badge, key or status list needs: a larger answer or file is refused unread. */
export const MAX_BYTES = 1024 * 1024;

/** A readable size for messages: `1 MB`. */
export const MAX_SIZE_TEXT = `${MAX_BYTES / 1024 / 1024} MB`;

export const tooLarge = () => new Rejected(fail('format', 'verifyTooLarge', { arg: MAX_SIZE_TEXT }));

/** Parses JSON that must be an object. */
export function parseObject(text: string): Record<string, unknown> {
  if (text.length > MAX_BYTES) throw tooLarge();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Rejected(fail('format', 'verifyMalformed'));
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Rejected(fail('format', 'verifyNotBadge'));
  return value as Record<string, unknown>;
}

/** Whether a string is an absolute http(s) URL. */
export function isWebUrl(text: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

export interface Fetched {
  status: number;
  body?: Record<string, unknown>;
}

/**
 * GETs a JSON-LD document (a badge, a key, a status list) without cookies, reading at most
 * {@link MAX_BYTES}. Network failures and non-JSON answers come back as `body: undefined`.
 */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<Fetched> {
  const response = await fetch(url, {
    headers: { Accept: 'application/ld+json, application/json;q=0.9' },
    credentials: 'omit',
    signal,
  });
  if (Number(response.headers.get('Content-Length') ?? 0) > MAX_BYTES) throw tooLarge();
  const text = await response.text();
  try {
    return { status: response.status, body: parseObject(text) };
  } catch (error) {
    if (error instanceof Rejected && error.finding.key === 'verifyTooLarge') throw error;
    return { status: response.status };
  }
}
