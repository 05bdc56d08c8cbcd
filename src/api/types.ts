/** Shapes of the badge API (see the OpenAPI document the reference server publishes). */

export interface Place {
  name: string;
  address?: string;
  lat?: number;
  lng?: number;
}

export interface Organiser {
  id: string;
  name: string;
  url?: string;
  logoUrl?: string;
}

export interface Category {
  id: string;
  name: string;
}

export interface Skill {
  id: string;
  name: string;
  escoUri?: string;
}

export interface Activity {
  id: string;
  title: string;
  description: string;
  /** ISO 8601 with offset. */
  startsAt: string;
  endsAt?: string;
  /** IANA time zone of the event, e.g. `Europe/Vilnius`. */
  timeZone: string;
  location?: Place;
  onlineUrl?: string;
  imageUrl?: string;
  /** What the cover shows, for its alternative text; without it the cover is decorative. */
  imageAlt?: string;
  organiser: Organiser;
  category?: Category;
  skills: Skill[];
  /** ISO 8601 duration, e.g. `PT1H30M`. */
  duration?: string;
  badgeId?: string;
  playlistCount: number;
  /** BCP 47 language of the content. */
  language: string;
  /** Canonical page of the activity. */
  url?: string;
}

export interface ActivityPage {
  items: Activity[];
  nextCursor: string | null;
}

export type TaskKind = 'code' | 'file' | 'text' | 'questions';
export type TaskCheck = 'auto' | 'self' | 'organiser' | 'peer';

export interface Task {
  id: string;
  no: number;
  kind: TaskKind;
  description: string;
  questions?: string[];
  check: TaskCheck;
  /** File tasks: accepted MIME types. */
  accept?: string[];
  /** File tasks: largest accepted file. */
  maxBytes?: number;
}

export interface Issuer {
  id: string;
  name: string;
  url?: string;
}

export interface Badge {
  id: string;
  name: string;
  description: string;
  imageUrl?: string;
  /** What the badge image shows, for its alternative text; without it the image is decorative. */
  imageAlt?: string;
  criteria: string;
  skills: Skill[];
  issuer: Issuer;
  tasks: Task[];
}

export type ClaimStatus = 'issued' | 'pending-review' | 'rejected';

export interface Claim {
  id: string;
  badgeId: string;
  status: ClaimStatus;
  /** Bearer secret for this claim; only sent when the claim is created. */
  token?: string;
  assertionUrl?: string;
  /** The Open Badges 3.0 credential of an issued claim. */
  credentialUrl?: string;
  createdAt: string;
  reason?: string;
}

/** What a visitor submits to claim a badge (`POST /claims`). */
export interface ClaimSubmission {
  badgeId: string;
  recipient: { name: string; email: string };
  consent: boolean;
  code?: string;
  /** Per task id: one answer for a `text` task, one per question for a `questions` task. */
  answers?: Record<string, string[]>;
  /** For a learning path's badge: the recipient's issued claims for the path's steps. */
  proofClaims?: ProofClaim[];
}

/** A claim offered as proof of a learning path's step: its id and its own bearer token. */
export interface ProofClaim {
  claimId: string;
  token: string;
}

/** One step of a learning path: an activity, proven by a claim for its badge. */
export interface PlaylistStep {
  activityId: string;
  badgeId: string;
  required: boolean;
}

/** A learning path: activities in order, some required and some optional, and a badge of its own. */
export interface Playlist {
  id: string;
  name: string;
  description: string;
  imageUrl?: string;
  /** What the image shows, for its alternative text; without it the image is decorative. */
  imageAlt?: string;
  organiser: Organiser;
  /** The path's own badge, claimed with `proofClaims` once the path is complete. */
  badgeId: string;
  steps: PlaylistStep[];
  /** How many of the optional steps complete the path. */
  optionalNeeded: number;
  /** BCP 47 language of the content. */
  language: string;
}

export interface PlaylistPage {
  items: Playlist[];
  nextCursor: string | null;
}

/** A file attached to a claim as evidence for a task. */
export interface Evidence {
  id: string;
  taskId: string;
  name: string;
  size: number;
  type: string;
}
