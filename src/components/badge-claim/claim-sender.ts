import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiError } from '../../api/errors.js';
import type { Badge, Claim } from '../../api/types.js';
import type { ClaimWords } from '../../i18n/claim-messages.js';
import type { LocalizeController, TextKey } from '../../i18n/localize.js';
import { emit } from '../../internal/emit.js';
import { ResourceController } from '../../internal/resource-controller.js';
import type { Attachment, Repository } from '../../repository/repository.js';
import { formField, type FieldErrors } from './claim-form.js';
import type { ClaimSubmission } from '../../api/types.js';

/** `id` is the claim's key on this device (its idempotency key). */
export type Result = { kind: 'delivered'; id: string; claim: Claim } | { kind: 'queued'; id: string };

/** How often a claim waiting for review asks the API for the organiser's decision. */
const REVIEW_POLL_MS = 60_000;

/** API refusals the visitor can act on, in their words; anything else shows the API's message. */
const REFUSALS: Record<string, TextKey<ClaimWords>> = {
  code_invalid: 'errorCodeInvalid',
  code_used: 'errorCodeUsed',
  code_expired: 'errorCodeExpired',
  code_not_yet_valid: 'errorCodeNotYetValid',
  code_wrong_badge: 'errorCodeWrongBadge',
  file_too_large: 'errorUploadTooLarge',
  unsupported_type: 'errorUploadType',
};

/** Fresh idempotency key for one submission. */
function newKey(): string {
  return crypto.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Sends a claim through the repository's outbox, one submission at a time: its upload progress,
 * its result (delivered, or queued until the outbox delivers it from this tab or another), and a
 * refusal worded for the field it is about. Fires `lc-claim` and `lc-error`.
 */
export class ClaimSender implements ReactiveController {
  submitting = false;
  /** Fraction of the attached files sent, while they are being sent. */
  progress: number | undefined;
  result: Result | undefined;

  /** The claim as this device keeps it: a queued one until the outbox delivers it, then its status. */
  private readonly kept: ResourceController<Claim, readonly [string, Repository | undefined]>;
  private poll: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly repository: () => Repository | undefined,
    private readonly localize: LocalizeController<ClaimWords>,
    /** Tells the visitor, through the element's live region. */
    private readonly say: (text: string) => void,
  ) {
    host.addController(this);
    this.kept = new ResourceController(host, {
      args: () => [this.result?.id ?? '', this.repository()] as const,
      read: ([id, repository]) => (id && repository ? repository.claim(id) : undefined),
      reloadOn: (_, change) => change.kind === 'claims',
    });
  }

  hostConnected(): void {
    // A claim waiting for review shows the organiser's decision when it comes.
    this.poll = setInterval(this.askForDecision, REVIEW_POLL_MS);
    document.addEventListener('visibilitychange', this.askForDecision);
  }

  hostDisconnected(): void {
    clearInterval(this.poll);
    document.removeEventListener('visibilitychange', this.askForDecision);
  }

  hostUpdate(): void {
    const kept = this.kept.value;
    const result = this.result;
    if (!kept || !result || (result.kind === 'delivered' && result.claim.status === kept.status)) return;
    this.result = { kind: 'delivered', id: result.id, claim: kept };
    this.say(result.kind === 'queued' ? this.localize.term('claimDelivered') : this.localize.term('myBadgesUpdated', 1));
    emit(this.host, 'lc-claim', { claimId: kept.id, badgeId: kept.badgeId, status: kept.status });
  }

  private readonly askForDecision = () => {
    const waiting = this.result?.kind === 'delivered' && this.result.claim.status === 'pending-review';
    if (waiting && document.visibilityState === 'visible') void this.repository()?.refreshClaims(new AbortController().signal).catch(() => undefined);
  };

  /**
   * Sends the claim. Resolves to the errors to show when the API refused it, else to nothing
   * (the result is set, or a submission was already under way).
   */
  async submit(badge: Badge, submission: ClaimSubmission, attachments: Attachment[]): Promise<FieldErrors | undefined> {
    const repository = this.repository();
    if (this.submitting || !repository) return undefined;
    this.submitting = true;
    this.say(this.localize.term('claimSubmitting'));
    const id = newKey();
    try {
      const onProgress = (sent: number, total: number) => {
        this.progress = total ? sent / total : 1;
        this.host.requestUpdate();
      };
      const badgeSummary = { name: badge.name, issuerName: badge.issuer.name, ...(badge.imageUrl ? { imageUrl: badge.imageUrl } : {}) };
      const delivery = await repository.submitClaim({ id, submission, attachments, badge: badgeSummary }, attachments.length ? onProgress : undefined);
      if (delivery.state === 'refused') {
        await repository.dismiss(id);
        emit(this.host, 'lc-error', { code: delivery.error.code, message: delivery.error.message });
        return this.explain(delivery.error);
      }
      this.result = delivery.state === 'delivered' ? { kind: 'delivered', id, claim: delivery.claim } : { kind: 'queued', id };
      const status = delivery.state === 'delivered' ? delivery.claim.status : 'queued';
      emit(this.host, 'lc-claim', { claimId: delivery.state === 'delivered' ? delivery.claim.id : id, badgeId: badge.id, status });
      return undefined;
    } finally {
      this.submitting = false;
      this.progress = undefined;
      this.host.requestUpdate();
    }
  }

  /** A refusal next to the field it is about, in the visitor's language. */
  private explain(error: ApiError): FieldErrors {
    const { term } = this.localize;
    const aboutCode = error.code.startsWith('code_') || error.code === 'rate_limited';
    const field = formField(error.field ?? (aboutCode ? 'code' : undefined));
    const known = REFUSALS[error.code];
    const message =
      error.code === 'rate_limited'
        ? term('errorRateLimited', Math.ceil((error.retryAfter ?? 60) / 60))
        : known
          ? term(known)
          : term('errorServer', error.message);
    return { [field]: message };
  }
}
