import type { ActivityQuery, BadgeClient, BatchRead, EvidenceUpload, Facets, PlaylistQuery, RequestOptions } from './client.js';
import { ApiError } from './errors.js';
import type { Activity, ActivityPage, Badge, Claim, ClaimSubmission, Evidence, Playlist, PlaylistPage } from './types.js';
import { decode } from './validate.js';

export interface RestClientOptions {
  /** Base URL of the API, e.g. `https://badges.example.org/api`. */
  api: string;
  /** Extra headers on every request, e.g. `{ Authorization: 'Bearer …' }` or an API key. */
  headers?: Record<string, string>;
  /** `include` sends cookies, for a platform on the same site. */
  credentials?: RequestCredentials;
  /** Milliseconds before one attempt is abandoned. */
  timeout?: number;
  /** Attempts for retryable requests, the first included. */
  attempts?: number;
}

/** One request to the API, as `RestClient.call` makes it. */
export interface Call {
  method?: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Only requests that are safe to repeat are retried. */
  retry: boolean;
  signal?: AbortSignal | undefined;
  /** Answers the body as a Blob of this type (a file) instead of reading JSON. */
  blob?: string;
}

const BACKOFF_MS = 400;
const MAX_WAIT_MS = 10_000;

/** The reference client: `fetch` with timeouts, retries with backoff, and typed errors. */
export class RestClient implements BadgeClient {
  readonly api: string;
  private readonly options: RestClientOptions;

  constructor(options: RestClientOptions) {
    this.options = options;
    this.api = options.api.replace(/\/+$/, '');
  }

  getActivities(ids: string[], { signal }: RequestOptions = {}): Promise<BatchRead<Activity>> {
    return this.batch('/activities', ids, decode.activityBatch, signal);
  }

  async listActivities(query: ActivityQuery, { signal }: RequestOptions = {}): Promise<ActivityPage> {
    return decode.activityPage(await this.call({ path: '/activities', query: { ...query }, retry: true, signal }));
  }

  async getFacets({ signal }: RequestOptions = {}): Promise<Facets> {
    return decode.facets(await this.call({ path: '/facets', retry: true, signal }));
  }

  getBadges(ids: string[], { signal }: RequestOptions = {}): Promise<BatchRead<Badge>> {
    return this.batch('/badges', ids, decode.badgeBatch, signal);
  }

  /** Learning paths are decoded by a module loaded with the first of them (few pages show any). */
  async getPlaylists(ids: string[], { signal }: RequestOptions = {}): Promise<BatchRead<Playlist>> {
    return this.batch('/playlists', ids, (await import('./playlist-decoders.js')).decodePlaylists.batch, signal);
  }

  async listPlaylists(query: PlaylistQuery, { signal }: RequestOptions = {}): Promise<PlaylistPage> {
    const { decodePlaylists } = await import('./playlist-decoders.js');
    return decodePlaylists.page(await this.call({ path: '/playlists', query: { ...query }, retry: true, signal }));
  }

  async getClaim(id: string, token: string, { signal }: RequestOptions = {}): Promise<Claim> {
    const path = `/claims/${encodeURIComponent(id)}`;
    const headers = { Authorization: `Bearer ${token}` };
    return decode.claim(await this.call({ path, headers, retry: true, signal }));
  }

  /** Retried too: the idempotency key makes the server answer a repeat with the same claim. */
  async createClaim(submission: ClaimSubmission, idempotencyKey: string, { signal }: RequestOptions = {}): Promise<Claim> {
    const headers = { 'Idempotency-Key': idempotencyKey };
    return decode.claim(await this.call({ method: 'POST', path: '/claims', body: submission, headers, retry: true, signal }));
  }

  /**
   * Sent with XMLHttpRequest, the one browser API that reports upload progress, from a module
   * loaded with the first upload (most pages never send one).
   */
  async uploadEvidence(upload: EvidenceUpload, { signal }: RequestOptions = {}): Promise<Evidence> {
    const { xhrPost } = await import('./xhr-post.js');
    const form = new FormData();
    form.append('taskId', upload.taskId);
    form.append('file', upload.file, upload.fileName);
    const url = this.url(`/claims/${encodeURIComponent(upload.claimId)}/evidence`);
    const body = await this.retrying(true, signal, () =>
      xhrPost(url, form, {
        headers: {
          Accept: 'application/json',
          ...this.options.headers,
          Authorization: `Bearer ${upload.token}`,
          'Idempotency-Key': upload.idempotencyKey,
        },
        withCredentials: this.options.credentials === 'include',
        timeout: this.options.timeout ?? 120_000,
        signal,
        onProgress: upload.onProgress,
      }),
    );
    return decode.evidence(body);
  }

  /** A batch read (`GET <path>?ids=`), each item decoded on its own. */
  private async batch<T>(path: string, ids: string[], decodeBatch: (body: unknown) => BatchRead<T>, signal?: AbortSignal): Promise<BatchRead<T>> {
    if (ids.length === 0) return { items: [], invalid: [] };
    return decodeBatch(await this.call({ path, query: { ids: ids.join(',') }, retry: true, signal }));
  }

  /**
   * One request with the client's headers, timeout and retries; resolves to the JSON body (or
   * the Blob asked for), rejects with an `ApiError`. The organiser widgets' requests, loaded
   * with them, go through it.
   */
  call(call: Call): Promise<unknown> {
    return this.retrying(call.retry, call.signal, () => this.attempt(call));
  }

  /** Attempts with exponential backoff and jitter, honouring `Retry-After`. */
  private async retrying<T>(retry: boolean, signal: AbortSignal | undefined, attempt: () => Promise<T>): Promise<T> {
    const attempts = retry ? (this.options.attempts ?? 3) : 1;
    for (let n = 1; ; n++) {
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof ApiError) || !error.transient || n >= attempts) throw error;
        const wait = error.retryAfter !== undefined ? error.retryAfter * 1000 : BACKOFF_MS * 2 ** (n - 1) * (0.5 + Math.random());
        // A server asking for a long pause (a rate limit window) gets it: the caller decides.
        if (wait > MAX_WAIT_MS) throw error;
        await sleep(wait, signal);
      }
    }
  }

  private url(path: string, query: Call['query'] = {}): URL {
    const url = new URL(this.api + path, document.baseURI);
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
    }
    return url;
  }

  private async attempt({ method = 'GET', path, query, body, headers, signal, blob }: Call): Promise<unknown> {
    const url = this.url(path, query);
    const timeout = AbortSignal.timeout(this.options.timeout ?? 15_000);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...this.options.headers,
          ...headers,
        },
        body: body === undefined ? null : JSON.stringify(body),
        credentials: this.options.credentials ?? 'same-origin',
        signal: signal ? anySignal(signal, timeout) : timeout,
      });
    } catch {
      if (signal?.aborted) throw new ApiError('aborted', 'The request was cancelled.');
      if (timeout.aborted) throw new ApiError('timeout', 'The badge API took too long to answer.');
      throw new ApiError('network', 'The badge API cannot be reached.');
    }
    // A file keeps the type the API stored it with, not whatever a sniffing engine would make of it.
    if (blob && response.ok) return new Blob([await response.arrayBuffer()], { type: blob });
    return settle(response.status, await response.text(), response.headers.get('Retry-After'));
  }
}

/** The body of a successful response, or the API's error as an `ApiError`. */
export function settle(status: number, text: string, retryAfter: string | null): unknown {
  const ok = status >= 200 && status < 300;
  let payload: unknown;
  try {
    payload = text === '' ? undefined : JSON.parse(text);
  } catch {
    if (ok) throw new ApiError('bad_response', 'The badge API sent a response that is not JSON.', status);
  }
  if (ok) return payload;
  const { code, message, field } = errorBody(payload);
  throw new ApiError(
    code ?? `http_${status}`,
    message ?? `The badge API answered ${status}.`,
    status,
    field,
    retryAfterSeconds(retryAfter),
  );
}

function errorBody(payload: unknown): { code?: string; message?: string; field?: string } {
  const error = (payload as { error?: unknown } | undefined)?.error;
  if (typeof error !== 'object' || error === null) return {};
  const { code, message, field } = error as Record<string, unknown>;
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof message === 'string' ? { message } : {}),
    ...(typeof field === 'string' ? { field } : {}),
  };
}

/** `Retry-After` as seconds, from either of its forms (delta seconds or an HTTP date). */
function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ApiError('aborted', 'The request was cancelled.'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new ApiError('aborted', 'The request was cancelled.'));
      },
      { once: true },
    );
  });
}

/** Aborts when either signal does (`AbortSignal.any` is missing from older phones' browsers). */
function anySignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  const controller = new AbortController();
  for (const signal of [a, b]) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}
