import type { ClaimStatus, Decision } from './api/types.js';

/** `lc-scan`: a QR code was read (or a code typed in the scanner). */
export interface ScanDetail {
  /** The text the code holds. */
  text: string;
  /** The claim code in it, when it is a claim URL of an allowed origin or a bare code. */
  code?: string;
}

/** `lc-claim`: a claim changed state. */
export interface ClaimDetail {
  claimId: string;
  badgeId: string;
  status: ClaimStatus | 'queued';
}

/** `lc-error`: something failed that the page may want to know about. */
export interface ErrorDetail {
  code: string;
  message: string;
}

/** `lc-claim-start`: the visitor asked to claim a badge; cancel it to open the claim in place. */
export interface ClaimStartDetail {
  badgeId: string;
  activityId?: string;
}

/** `lc-verify`: a badge check finished. */
export interface VerifyDetail {
  /** Whether every check passed. */
  verified: boolean;
  /** Each check, `id` one of `format`, `signature`, `issuer`, `status`, `dates`, `recipient`; `message` in the UI language. */
  checks: { id: string; ok: boolean; message: string }[];
}

/** `lc-review`: an organiser decided a claim (sent, or kept on the device until it can be). */
export interface ReviewDetail {
  claimId: string;
  decision: Decision;
  /** True when the decision waits on this device for the connection to come back. */
  queued: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lc-scan': CustomEvent<ScanDetail>;
    'lc-claim': CustomEvent<ClaimDetail>;
    'lc-error': CustomEvent<ErrorDetail>;
    'lc-claim-start': CustomEvent<ClaimStartDetail>;
    'lc-verify': CustomEvent<VerifyDetail>;
    'lc-review': CustomEvent<ReviewDetail>;
  }
}
