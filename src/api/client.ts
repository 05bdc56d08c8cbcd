/**
 * The seam between the widgets and a badge platform. `RestClient` is the reference
 * implementation for the REST API in SPEC.md; a page whose platform speaks another API style
 * sets its own object on `<learning-city>.client`.
 */
import type { ApiError } from './errors.js';
import type { OrganiserClient } from './organiser-client.js';
import type { Activity, ActivityPage, Badge, Claim, ClaimSubmission, Evidence, Playlist, PlaylistPage } from './types.js';

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface ActivityQuery {
  organiser?: string;
  skill?: string;
  category?: string;
  when?: 'upcoming' | 'past';
  q?: string;
  cursor?: string;
  limit?: number;
}

/** Which learning paths to list: those holding an activity, proven in part by a badge, or by an organiser. */
export interface PlaylistQuery {
  activity?: string;
  badge?: string;
  organiser?: string;
  cursor?: string;
  limit?: number;
}

/** One value a list can be filtered by: an organiser, a skill or a category. */
export interface Facet {
  id: string;
  name: string;
}

/** The organisers, skills and categories that activities use, for a list's filter controls. */
export interface Facets {
  organisers: Facet[];
  skills: Facet[];
  categories: Facet[];
}

/**
 * What a batch read answered. One malformed item does not spoil the others: it is reported in
 * `invalid` (with its id when even that much could be read) and every other item is kept.
 */
export interface BatchRead<T> {
  /** The items that decoded, in the order the API sent them; unknown ids are left out. */
  items: T[];
  invalid: { id?: string; error: ApiError }[];
}

export interface BadgeClient {
  /** Reads many activities at once (`GET /activities?ids=`). */
  getActivities(ids: string[], options?: RequestOptions): Promise<BatchRead<Activity>>;
  listActivities(query: ActivityQuery, options?: RequestOptions): Promise<ActivityPage>;
  getFacets(options?: RequestOptions): Promise<Facets>;
  /** Reads many badges at once (`GET /badges?ids=`). */
  getBadges(ids: string[], options?: RequestOptions): Promise<BatchRead<Badge>>;
  /** Reads many learning paths at once (`GET /playlists?ids=`). */
  getPlaylists(ids: string[], options?: RequestOptions): Promise<BatchRead<Playlist>>;
  listPlaylists(query: PlaylistQuery, options?: RequestOptions): Promise<PlaylistPage>;
  /**
   * Creates a claim. Sending the same idempotency key again returns the same claim (with its
   * token), so a submission may be repeated until it is known to have arrived.
   */
  createClaim(submission: ClaimSubmission, idempotencyKey: string, options?: RequestOptions): Promise<Claim>;
  /** Attaches a file to a claim; the idempotency key makes a repeated upload harmless. */
  uploadEvidence(upload: EvidenceUpload, options?: RequestOptions): Promise<Evidence>;
  getClaim(id: string, token: string, options?: RequestOptions): Promise<Claim>;
  /**
   * The organisers' side of the platform (review queue, decisions, kiosk codes). Without it the
   * organiser widgets use the reference REST API's, through a `RestClient`'s `request`.
   */
  organiser?: OrganiserClient;
}

export interface EvidenceUpload {
  claimId: string;
  /** The claim's bearer token. */
  token: string;
  taskId: string;
  file: Blob;
  fileName: string;
  idempotencyKey: string;
  /** Called with the fraction (0 to 1) of the file sent so far. */
  onProgress?: (fraction: number) => void;
}
