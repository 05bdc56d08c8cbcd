// Shared HTTP plumbing for the API: the error type every handler throws, body reading with
// limits, bearer tokens and the request's own origin.
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIPv4 } from 'node:net';
import { LIMITS } from './limits.js';

/** The largest JSON request body accepted. */
export const MAX_JSON_BYTES = 64 * 1024;

/**
 * An error answered as `{ error: { code, message, field? } }` with its status, and any `details`
 * beside `error` (e.g. the claim as another organiser decided it).
 */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} code machine-readable, e.g. `code_expired`
   * @param {string} message for people
   * @param {{ field?: string, headers?: Record<string, string>, details?: Record<string, unknown> }} [extra]
   */
  constructor(status, code, message, { field, headers, details } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
    this.headers = headers ?? {};
    this.details = details ?? {};
  }

  /** @returns {{ error: { code: string, message: string, field?: string } }} */
  toBody() {
    return { ...this.details, error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) } };
  }
}

/**
 * A 422 about one request field: the request was well-formed but its content is not acceptable.
 * @param {string} code
 * @param {string} message
 * @param {string} [field]
 */
export function invalid(code, message, field) {
  return new HttpError(422, code, message, { field });
}

/**
 * A 400 about the request itself: a query parameter, header, path or malformed body.
 * @param {string} code
 * @param {string} message
 * @param {string} [field]
 */
export function badRequest(code, message, field) {
  return new HttpError(400, code, message, { field });
}

/**
 * Whether text holds a NUL character, which no database stores as text (PostgreSQL refuses it).
 * @param {string} text
 */
export const hasNul = (text) => text.includes('\0');

/** @param {string} what e.g. `This claim` */
export function notFound(what) {
  return new HttpError(404, 'not_found', `${what} was not found.`);
}

/**
 * Reads a request body into memory, refusing more than `limit` bytes. A declared length over the
 * limit is refused before reading; otherwise reading stops at the limit and the rest is drained
 * unbuffered so the client can still receive the answer.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer>}
 */
function readBody(req, limit) {
  const tooLarge = () => new HttpError(413, 'body_too_large', `The request body is larger than ${limit} bytes.`);
  if (Number(req.headers['content-length']) > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.resume();
      reject(tooLarge());
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Reads and parses a JSON request body.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<unknown>}
 */
export async function readJson(req, limit = MAX_JSON_BYTES) {
  if (mediaType(req.headers['content-type']) !== 'application/json') {
    throw new HttpError(415, 'unsupported_media_type', 'Send the request body as application/json.');
  }
  const body = await readBody(req, limit);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw badRequest('invalid_json', 'The request body is not valid JSON.');
  }
}

/**
 * The bare media type of a Content-Type header, lower case, without parameters.
 * @param {string | undefined} header
 */
export function mediaType(header) {
  return String(header ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * The bearer token of the request; a missing one is a 401.
 * @param {import('node:http').IncomingMessage} req
 */
export function bearerToken(req) {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!match) {
    throw new HttpError(401, 'unauthorized', 'This request needs an Authorization: Bearer token.', {
      headers: { 'WWW-Authenticate': 'Bearer' },
    });
  }
  return match[1];
}

/**
 * Refuses (403) a token that is none of the expected ones, in constant time.
 * @param {string} given
 * @param {string | string[]} expected
 */
export function assertToken(given, expected) {
  // Every token is compared, so the time taken does not tell which one came close.
  const matches = [expected].flat().map((token) => safeEqual(given, token));
  if (!matches.includes(true)) throw new HttpError(403, 'forbidden', 'This token does not give access here.');
}

/**
 * Compares secrets without leaking their length or content through timing.
 * @param {string} a
 * @param {string} b
 */
export function safeEqual(a, b) {
  const digest = (value) => createHash('sha256').update(String(value)).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * The `Idempotency-Key` header, checked (1 to `LIMITS.idempotencyKey` characters), or undefined when absent.
 * @param {import('node:http').IncomingMessage} req
 * @returns {string | undefined}
 */
export function idempotencyKey(req) {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || key.length < 1 || key.length > LIMITS.idempotencyKey) {
    const message = `The Idempotency-Key header must have 1 to ${LIMITS.idempotencyKey} characters.`;
    throw badRequest('invalid_idempotency_key', message, 'Idempotency-Key');
  }
  return key;
}

/**
 * The origin the client used, so absolute URLs work on any host and port. Only the protocol is
 * taken from a proxy header; a malformed Host falls back to localhost.
 * @param {import('node:http').IncomingMessage} req
 */
export function requestOrigin(req) {
  const proto = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim().toLowerCase();
  const host = req.headers.host ?? '';
  return `${proto === 'https' ? 'https' : 'http'}://${/^[a-z0-9.\-:[\]]+$/i.test(host) ? host : 'localhost'}`;
}

/**
 * The visitor's address. Without trusted proxies it is the socket's; with them, `X-Forwarded-For`
 * is read from the right for as long as the address it reached is a trusted proxy, so a visitor
 * cannot choose their own address by sending the header themselves.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:net').BlockList} [trustedProxies]
 */
export function clientAddress(req, trustedProxies) {
  let address = plainAddress(req.socket?.remoteAddress ?? 'unknown');
  if (!trustedProxies) return address;
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (forwarded.length > 0 && isTrusted(trustedProxies, address)) address = plainAddress(/** @type {string} */ (forwarded.pop()));
  return address;
}

/** An IPv4 address as itself rather than IPv4-mapped IPv6 (`::ffff:10.0.0.1`). */
function plainAddress(address) {
  const mapped = /^::ffff:(.+)$/i.exec(address);
  return mapped && isIPv4(mapped[1]) ? mapped[1] : address;
}

/**
 * @param {import('node:net').BlockList} list
 * @param {string} address
 */
function isTrusted(list, address) {
  try {
    return list.check(address, isIPv4(address) ? 'ipv4' : 'ipv6');
  } catch {
    return false; // not an address at all
  }
}
