/**
 * The organisers' side of the badge API: the review queue, evidence files, decisions, kiosk
 * codes, direct issue and revocation. Loaded with the organiser widgets only: visitors' pages
 * never carry it. Each call carries the organiser's bearer token.
 */
import type { BadgeClient, RequestOptions } from './client.js';
import { ApiError } from './errors.js';
import { RestClient } from './rest-client.js';
import type { Claim, Decision, EvidenceFile, IssueResult, KioskCode, ReviewClaim, ReviewPage } from './types.js';
import { array, dateTime, fail, httpUrl, id, number, object, oneOf, optional, string, type Decoder } from './validate.js';
import { decode } from './validate.js';

/** The review queue's filters and page. */
export interface ReviewQuery {
  badge?: string;
  activity?: string;
  cursor?: string;
  limit?: number;
}

/** An organiser's decision on a claim. */
export interface Review {
  decision: Decision;
  /** At most `MAX_COMMENT_LENGTH` characters. */
  comment?: string;
}

/** The longest comment on a decision the API takes (its OpenAPI document says so too; a test keeps them equal). */
export const MAX_COMMENT_LENGTH = 1000;

export interface OrganiserClient {
  /** Claims waiting for review (`GET /claims?status=pending-review`). */
  listReviews(query: ReviewQuery, token: string, options?: RequestOptions): Promise<ReviewPage>;
  /** A claim's evidence file, with the organiser token or the claim's own token. */
  getEvidence(claimId: string, evidence: EvidenceFile, token: string, options?: RequestOptions): Promise<Blob>;
  /**
   * Approves or rejects a claim. The decision is final: a second one is refused (`409`, its
   * message saying who decided first).
   */
  reviewClaim(claimId: string, review: Review, token: string, options?: RequestOptions): Promise<Claim>;
  /** The code a kiosk shows now, rotating every `period` seconds. */
  getKiosk(badgeId: string, period: number, token: string, options?: RequestOptions): Promise<KioskCode>;
  /** Issues a badge directly to people ("issued by the organiser"). */
  issueBadge(badgeId: string, recipients: { name: string; email: string }[], token: string, options?: RequestOptions): Promise<IssueResult[]>;
  /** Revokes an issued badge. */
  revokeClaim(claimId: string, reason: string | undefined, token: string, options?: RequestOptions): Promise<Claim>;
}

/** Answers per task id: lists of strings, anything else refused. */
const answers: Decoder<Record<string, string[]>> = (v, p) => {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) fail(p, 'an object');
  return Object.fromEntries(Object.entries(v).map(([task, list]) => [task, array(string)(list, `${p}.${task}`)]));
};

const status = oneOf('issued', 'pending-review', 'rejected', 'revoked');

const reviewClaim = object<ReviewClaim>({
  id,
  badgeId: id,
  status,
  createdAt: dateTime,
  recipient: object({ name: string, email: optional(string) }),
  answers,
  evidence: (v, p) =>
    optional(array(object({ id, name: string, type: string, size: number, url: httpUrl, taskId: optional(id) })))(v, p) ?? [],
});

const reviewPage = object<ReviewPage>({
  items: array(reviewClaim),
  nextCursor: (v, p) => optional(string)(v, p) ?? null,
  total: optional(number),
});

const kioskCode = object<KioskCode>({ code: string, url: string, validUntil: dateTime, now: dateTime, claimed: optional(number) });

const issueResults = object<{ items: IssueResult[] }>({
  items: array(object({ email: string, status: oneOf('issued', 'duplicate', 'invalid'), claimId: optional(id) })),
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The reference implementation, over a `RestClient` (its headers, timeouts and retries). */
export class RestOrganiserClient implements OrganiserClient {
  constructor(private readonly rest: RestClient) {}

  async listReviews(query: ReviewQuery, token: string, { signal }: RequestOptions = {}): Promise<ReviewPage> {
    const body = await this.rest.call({ path: '/claims', query: { status: 'pending-review', ...query }, headers: bearer(token), retry: true, signal });
    return reviewPage(body, 'reviews');
  }

  /** Asked at the API's own path for the file, never at a URL from a response, so the token goes nowhere else. */
  async getEvidence(claimId: string, evidence: EvidenceFile, token: string, { signal }: RequestOptions = {}): Promise<Blob> {
    const path = `/claims/${encodeURIComponent(claimId)}/evidence/${encodeURIComponent(evidence.id)}`;
    return (await this.rest.call({ path, headers: bearer(token), retry: true, signal, blob: evidence.type })) as Blob;
  }

  /**
   * Not retried here: a repeat of a decision that did arrive is refused as already decided. The
   * outbox sends it again on its own terms (later, once).
   */
  async reviewClaim(claimId: string, review: Review, token: string, { signal }: RequestOptions = {}): Promise<Claim> {
    const path = `/claims/${encodeURIComponent(claimId)}/review`;
    return decode.claim(await this.rest.call({ method: 'POST', path, body: review, headers: bearer(token), retry: false, signal }));
  }

  async getKiosk(badgeId: string, period: number, token: string, { signal }: RequestOptions = {}): Promise<KioskCode> {
    const path = `/badges/${encodeURIComponent(badgeId)}/kiosk`;
    return kioskCode(await this.rest.call({ path, query: { period }, headers: bearer(token), retry: true, signal }), 'kiosk');
  }

  /** Not retried: a repeat reports the recipients of the first as duplicates. */
  async issueBadge(badgeId: string, recipients: { name: string; email: string }[], token: string, { signal }: RequestOptions = {}): Promise<IssueResult[]> {
    const path = `/badges/${encodeURIComponent(badgeId)}/issue`;
    const body = await this.rest.call({ method: 'POST', path, body: { recipients }, headers: bearer(token), retry: false, signal });
    return issueResults(body, 'issued').items;
  }

  async revokeClaim(claimId: string, reason: string | undefined, token: string, { signal }: RequestOptions = {}): Promise<Claim> {
    const path = `/claims/${encodeURIComponent(claimId)}/revoke`;
    const body = reason ? { reason } : {};
    return decode.claim(await this.rest.call({ method: 'POST', path, body, headers: bearer(token), retry: false, signal }));
  }
}

/** A client's organiser side: its own, or the reference one over a `RestClient`. */
export function organiserClient(client: BadgeClient): OrganiserClient {
  if (client.organiser) return client.organiser;
  if (client instanceof RestClient) return new RestOrganiserClient(client);
  throw new ApiError('unsupported', 'This badge platform has no organiser features.');
}
