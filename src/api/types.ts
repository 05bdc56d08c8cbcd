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

export type ClaimStatus = 'issued' | 'pending-review' | 'rejected' | 'revoked';

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
  /** Why the badge was revoked, when it was. */
  reason?: string;
  /** What the organiser wrote when approving or rejecting the claim. */
  reviewComment?: string;
  /** When the organiser decided, and who (the organiser's name). */
  decidedAt?: string;
  decidedBy?: string;
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

/** A file attached to a claim, as the organiser's review queue lists it. */
export interface EvidenceFile {
  id: string;
  name: string;
  /** The type the API stored the file with. */
  type: string;
  size: number;
  /** Where the file downloads, with the organiser token or the claim's own token. */
  url?: string;
  taskId?: string;
}

/** A claim waiting for the organiser's review, with everything the claimant sent. */
export interface ReviewClaim {
  id: string;
  badgeId: string;
  status: ClaimStatus;
  createdAt: string;
  /** `email` is missing only for claims stored before the API kept addresses. */
  recipient: { name: string; email?: string };
  /** Per task id, as submitted (see `ClaimSubmission.answers`). */
  answers: Record<string, string[]>;
  evidence: EvidenceFile[];
}

export interface ReviewPage {
  items: ReviewClaim[];
  nextCursor: string | null;
  /** How many claims match the filters, over every page. */
  total?: number;
}

export type Decision = 'approve' | 'reject';

/** The code a kiosk shows now (`GET /badges/{id}/kiosk`). */
export interface KioskCode {
  code: string;
  /** The claim URL the QR code holds. */
  url: string;
  /** When the next code takes over (ISO 8601). */
  validUntil: string;
  /** The API's time when it answered: the countdown is `validUntil - now`, whatever the device's clock says. */
  now: string;
  /** How many have claimed the badge so far, when the API says. */
  claimed?: number;
}

/** What `POST /badges/{id}/issue` did for one recipient. */
export interface IssueResult {
  email: string;
  status: 'issued' | 'duplicate' | 'invalid';
  claimId?: string;
}
