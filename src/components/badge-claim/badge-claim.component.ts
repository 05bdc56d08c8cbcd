import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ApiError } from '../../api/errors.js';
import type { Badge, Claim, ClaimSubmission, Task } from '../../api/types.js';
import type { ScanDetail } from '../../events.js';
import { emit } from '../../internal/emit.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { formatBytes } from './format-bytes.js';
import { ResourceController } from '../../internal/resource-controller.js';
import type { Attachment, Repository } from '../../store/repository.js';
import { shared } from '../../styles/shared.js';
import { resourceStates } from '../shared/resource-states.js';
import { TASK_CHECK } from '../shared/task-labels.js';
import { styles } from './badge-claim.styles.js';

type Step = 'badge' | 'identify' | 'prove' | 'review' | 'result';
const STEPS: Step[] = ['badge', 'identify', 'prove', 'review', 'result'];
const STEP_LABELS = {
  badge: 'claimStepBadge',
  identify: 'claimStepIdentify',
  prove: 'claimStepProve',
  review: 'claimStepReview',
  result: 'claimStepResult',
} as const;

type Result =
  | { kind: 'delivered'; claim: Claim }
  | { kind: 'queued'; id: string };

interface Fields {
  name: string;
  email: string;
  consent: boolean;
  code: string;
  /** Per task id: the answer to a text task, or one per question. */
  answers: Record<string, string[]>;
}

const EMPTY: Fields = { name: '', email: '', consent: false, code: '', answers: {} };

/** The field an API error is about, in this form's terms. */
function formField(apiField: string | undefined): string {
  if (!apiField) return 'form';
  if (apiField.startsWith('recipient.')) return apiField.slice('recipient.'.length);
  if (apiField.startsWith('answers.')) return `answer:${apiField.slice('answers.'.length)}`;
  return apiField;
}

function stepOf(field: string): Step {
  return field === 'name' || field === 'email' || field === 'consent' ? 'identify' : field === 'form' ? 'review' : 'prove';
}

/** Fresh idempotency key for one submission. */
function newKey(): string {
  return crypto.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * The whole claim of one badge: the badge and its tasks; who you are (name, e-mail, consent);
 * proof for each task (QR code or typed claim code, a file, answers); review; result.
 *
 * What the visitor types and attaches is saved on this device as it changes and restored after
 * a reload. A submission goes through the outbox: offline it is queued and sent exactly once
 * when the network returns, even after the tab was closed.
 *
 * @summary Claims a badge: identify, prove, submit, and follow its status.
 * @tag badge-claim
 *
 * @fires lc-claim - A claim was submitted or changed state: `{ claimId, badgeId, status }`.
 * @fires lc-error - The badge could not be loaded or a submission was refused: `{ code, message }`.
 *
 * @csspart base - The whole flow.
 * @csspart steps - The list of steps.
 * @csspart heading - The current step's heading.
 * @csspart field - Each form field.
 * @csspart field-error - A message about one field.
 * @csspart actions - The row of buttons at the end of a step.
 * @csspart button - Each button.
 * @csspart result - The outcome of the claim.
 * @csspart skeleton - The placeholder shown while the badge loads.
 * @csspart not-found - The notice that the badge does not exist.
 * @csspart error - The notice that the badge could not be loaded, with its retry button.
 * @csspart retry - The button that loads the badge again.
 * @csspart offline - The notice that the badge is shown from this device's cache.
 *
 * @cssprop --lc-badge-claim-padding - Space inside the frame; `--lc-space-l` by default.
 * @cssprop --lc-badge-claim-min-height - Height reserved while the badge loads, so nothing below moves.
 */
export class BadgeClaim extends WidgetElement {
  static override styles = [WidgetElement.styles, shared, styles];

  /** Id of the badge to claim. */
  @property({ attribute: 'badge-id' }) badgeId = '';

  /** A claim code to start with; `?code=` in the page URL is used when this is empty. */
  @property() code = '';

  /** Link to the city's privacy notice, shown with the consent. */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  /**
   * Origins whose claim URLs the QR scanner accepts, space-separated. By default this page's
   * origin (a poster linking to the city's claim page) and the badge API's.
   */
  @property() accept = '';

  @state() private step: Step = 'badge';
  @state() private fields: Fields = EMPTY;
  @state() private files: Attachment[] = [];
  @state() private errors: Record<string, string> = {};
  @state() private submitting = false;
  @state() private progress: number | undefined;
  @state() private result: Result | undefined;
  @state() private status = '';
  @state() private scanning = false;

  @query('[part="heading"]') private heading?: HTMLElement;

  /** The badge whose draft this form holds, and the repository it is kept by. */
  private draftOf: { badgeId: string; repository: Repository } | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly badge = new ResourceController(this, {
    args: () => [this.badgeId, this.config.repository, this.config.cacheTtl] as const,
    read: ([id, repository, ttl], signal) => (id && repository ? repository.badge(id, ttl, signal) : undefined),
    reloadOn: ([id, repository], change) => !!repository?.changed(change, 'badge', id),
  });

  /** A queued claim, until the outbox delivers it (from this tab or another). */
  private readonly queued = new ResourceController(this, {
    args: () => [this.result?.kind === 'queued' ? this.result.id : '', this.config.repository] as const,
    read: ([id, repository]) => (id && repository ? repository.claim(id) : undefined),
    reloadOn: (_, change) => change.kind === 'claims',
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.flushDraft();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const repository = this.config.repository;
    const draftOf = repository && this.badgeId ? { badgeId: this.badgeId, repository } : undefined;
    if (draftOf?.badgeId !== this.draftOf?.badgeId || draftOf?.repository !== this.draftOf?.repository) {
      this.draftOf = draftOf;
      void this.restoreDraft();
    }
    if (changed.has('code') && this.code) this.fields = { ...this.fields, code: this.code };
  }

  protected override update(changed: PropertyValues<this>): void {
    const delivered = this.queued.value;
    if (delivered && this.result?.kind === 'queued') {
      this.result = { kind: 'delivered', claim: delivered };
      this.status = this.localize.term('claimDelivered');
      emit(this, 'lc-claim', { claimId: delivered.id, badgeId: delivered.badgeId, status: delivered.status });
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('step') && changed.get('step') !== undefined) this.heading?.focus();
  }

  override render() {
    return html`<section part="base" dir=${this.localize.dir} aria-busy=${this.badge.status === 'loading' ? 'true' : 'false'}>
      ${resourceStates(this.badge, this.localize, {
        skeleton: () => html`<div part="skeleton" class="skeleton placeholder" aria-hidden="true"></div>`,
        loaded: (badge) => this.renderFlow(badge),
        notFound: 'badgeNotFound',
        loadError: 'badgeLoadError',
      })}
      <p class="sr-only" role="status" aria-live="polite">${this.status}</p>
    </section>`;
  }

  private renderFlow(badge: Badge) {
    const { term } = this.localize;
    const current = STEPS.indexOf(this.step);
    return html`
      <ol part="steps" aria-label=${term('claimSteps')}>
        ${STEPS.slice(0, 4).map(
          (step, i) =>
            html`<li aria-current=${i === current ? 'step' : nothing} class=${i < current ? 'done' : ''}>
              ${term(STEP_LABELS[step])}
            </li>`,
        )}
      </ol>
      ${this.config.repository?.persistent === false ? html`<p class="notice offline">${term('storageOff')}</p>` : nothing}
      ${this.step === 'badge'
        ? this.renderBadge(badge)
        : this.step === 'identify'
          ? this.renderIdentify(badge)
          : this.step === 'prove'
            ? this.renderProve(badge)
            : this.step === 'review'
              ? this.renderReview(badge)
              : this.renderResult(badge)}
    `;
  }

  private renderHeading(text: string) {
    return html`<h3 part="heading" tabindex="-1">${text}</h3>`;
  }

  private renderBadge(badge: Badge) {
    const { term } = this.localize;
    return html`${this.renderHeading(badge.name)}
      <div class="badge">
        ${badge.imageUrl ? html`<img src=${badge.imageUrl} alt=${badge.imageAlt ?? ''} width="96" height="96" />` : nothing}
        <p>${badge.description}</p>
      </div>
      <h4>${term('tasksLabel')}</h4>
      <ol class="tasks">
        ${badge.tasks.map((task) => html`<li>${task.description} <span class="check">(${term(TASK_CHECK[task.check])})</span></li>`)}
      </ol>
      ${this.renderActions(undefined, () => this.go('identify'), term('claimStart'))}`;
  }

  private renderIdentify(badge: Badge) {
    const { term } = this.localize;
    return html`${this.renderHeading(term('claimStepIdentify'))}
      ${this.renderInput('name', term('claimName'), 'text', 'name')}
      ${this.renderInput('email', term('claimEmail'), 'email', 'email')}
      <div part="field" class="consent">
        <input
          id="consent"
          type="checkbox"
          .checked=${live(this.fields.consent)}
          aria-invalid=${this.errors['consent'] ? 'true' : 'false'}
          aria-describedby=${this.errors['consent'] ? 'consent-error' : nothing}
          @change=${(e: Event) => this.set({ consent: (e.target as HTMLInputElement).checked })}
        />
        <label for="consent">
          ${term('claimConsent', badge.issuer.name)}
          ${this.privacyHref ? html`<a href=${this.privacyHref} target="_blank" rel="noopener">${term('claimPrivacy')}</a>` : nothing}
        </label>
        ${this.renderError('consent')}
      </div>
      ${this.renderActions('badge', () => this.validateIdentify() && this.go('prove'))}`;
  }

  private renderProve(badge: Badge) {
    const { term } = this.localize;
    return html`${this.renderHeading(term('claimStepProve'))}
      ${badge.tasks.map(
        (task) => html`<fieldset part="field" class="task">
          <legend>${term('taskNo', task.no)}: ${task.description}</legend>
          ${this.renderTask(task)}
        </fieldset>`,
      )}
      ${this.renderActions('identify', () => this.validateProve(badge) && this.go('review'))}`;
  }

  private renderTask(task: Task): TemplateResult {
    const { term } = this.localize;
    switch (task.kind) {
      case 'code':
        return html`${this.renderInput('code', term('claimCode'), 'text', 'off', task.check === 'organiser' ? term('claimCodeOptional') : '')}
          <button part="button" class="button" aria-expanded=${this.scanning ? 'true' : 'false'} @click=${this.toggleScanner}>
            ${this.scanning ? term('claimScanClose') : term('claimScan')}
          </button>
          ${this.scanning ? html`<qr-scanner accept=${this.scanOrigins()} @lc-scan=${this.onScan}></qr-scanner>` : nothing}`;
      case 'file':
        return this.renderFile(task);
      case 'text':
        return this.renderAnswer(task, 0, term('claimAnswer'));
      case 'questions':
        return html`${(task.questions ?? []).map((question, i) => this.renderAnswer(task, i, question))}`;
    }
  }

  private renderInput(name: 'name' | 'email' | 'code', label: string, type: string, autocomplete: string, hint = '') {
    const error = this.errors[name];
    const described = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`<div part="field">
      <label for=${name}>${label}</label>
      ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : nothing}
      <input
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        .value=${live(this.fields[name])}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${(e: Event) => this.set({ [name]: (e.target as HTMLInputElement).value })}
      />
      ${this.renderError(name)}
    </div>`;
  }

  private renderAnswer(task: Task, index: number, label: string) {
    const id = `answer-${task.id}-${index}`;
    const error = this.errors[`answer:${task.id}`];
    return html`<div part="field">
      <label for=${id}>${label}</label>
      <textarea
        id=${id}
        rows="3"
        .value=${live(this.fields.answers[task.id]?.[index] ?? '')}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `answer:${task.id}-error` : nothing}
        @input=${(e: Event) => this.setAnswer(task, index, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${index === (task.kind === 'questions' ? (task.questions?.length ?? 1) - 1 : 0) ? this.renderError(`answer:${task.id}`) : nothing}
    </div>`;
  }

  private renderFile(task: Task) {
    const { term } = this.localize;
    const id = `file-${task.id}`;
    const attached = this.files.filter((f) => f.taskId === task.id).map((f) => f.file);
    const error = this.errors[`file:${task.id}`];
    return html`<div part="field">
      <label for=${id}>${term('claimFile')}</label>
      ${task.accept || task.maxBytes
        ? html`<p class="hint" id="${id}-hint">
            ${term('claimFileHint', (task.accept ?? []).map((t) => t.split('/')[1]).join(', '), task.maxBytes ? formatBytes(this.localize.lang, task.maxBytes) : '')}
          </p>`
        : nothing}
      <input
        id=${id}
        type="file"
        accept=${task.accept?.join(',') || nothing}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${[task.accept || task.maxBytes ? `${id}-hint` : '', error ? `file:${task.id}-error` : ''].filter(Boolean).join(' ') || nothing}
        @change=${(e: Event) => this.attach(task, e.target as HTMLInputElement)}
      />
      ${this.renderError(`file:${task.id}`)}
      ${attached.length
        ? html`<ul class="files">
            ${attached.map(
              (file) => html`<li>
                <span>${file.name} (${formatBytes(this.localize.lang, file.size)})</span>
                <button part="button" class="button" @click=${() => this.detach(file)} aria-label=${term('claimFileRemove', file.name)}>
                  ${term('claimRemove')}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }

  private renderReview(badge: Badge) {
    const { term } = this.localize;
    const uploading = this.progress !== undefined;
    return html`${this.renderHeading(term('claimStepReview'))}
      <dl class="review">
        <dt>${term('badgeLabel')}</dt>
        <dd>${badge.name}</dd>
        <dt>${term('claimName')}</dt>
        <dd>${this.fields.name}</dd>
        <dt>${term('claimEmail')}</dt>
        <dd>${this.fields.email}</dd>
        ${this.fields.code ? html`<dt>${term('claimCode')}</dt><dd>${this.fields.code}</dd>` : nothing}
        ${this.files.length ? html`<dt>${term('claimFile')}</dt><dd>${this.files.map((f) => f.file.name).join(', ')}</dd>` : nothing}
      </dl>
      ${this.renderError('form')}
      ${uploading
        ? html`<label class="progress">${term('claimUploading')}
            <progress max="1" .value=${this.progress ?? 0}></progress>
          </label>`
        : nothing}
      ${this.renderActions('prove', () => void this.submit(badge), term('claimSubmit'))}`;
  }

  private renderResult(badge: Badge) {
    const { term } = this.localize;
    const result = this.result;
    if (!result) return nothing;
    if (result.kind === 'queued') {
      return html`${this.renderHeading(term('claimQueuedTitle'))}
        <p part="result" class="queued">${term('claimQueued')}</p>`;
    }
    const { claim } = result;
    return html`${this.renderHeading(
        claim.status === 'issued' ? term('claimIssuedTitle', badge.name) : claim.status === 'rejected' ? term('claimRejectedTitle') : term('claimPendingTitle'),
      )}
      <div part="result" class=${claim.status}>
        ${claim.status === 'issued'
          ? html`<p>${term('claimIssued')}</p>
              ${claim.assertionUrl ? html`<p><a href=${claim.assertionUrl} target="_blank" rel="noopener">${term('claimAssertion')}</a></p>` : nothing}`
          : claim.status === 'rejected'
            ? html`<p>${term('claimRejected', claim.reason ?? '')}</p>`
            : html`<p>${term('claimPending')}</p>`}
      </div>`;
  }

  private renderActions(back: Step | undefined, next: () => unknown, nextLabel = this.localize.term('claimNext')) {
    const { term } = this.localize;
    return html`<div part="actions">
      ${back ? html`<button part="button" class="button" @click=${() => this.go(back)}>${term('claimBack')}</button>` : nothing}
      <button part="button" class="button primary" ?disabled=${this.submitting} aria-disabled=${this.submitting ? 'true' : 'false'} @click=${next}>
        ${nextLabel}
      </button>
    </div>`;
  }

  private renderError(field: string) {
    const message = this.errors[field];
    return message ? html`<p part="field-error" class="error" id="${field}-error">${message}</p>` : nothing;
  }

  // --- state changes -------------------------------------------------------------------------

  private go(step: Step): void {
    this.step = step;
    this.status = this.localize.term(STEP_LABELS[step]);
  }

  private set(patch: Partial<Fields>): void {
    this.fields = { ...this.fields, ...patch };
    this.clearErrors(...Object.keys(patch));
    this.saveDraft();
  }

  private setAnswer(task: Task, index: number, value: string): void {
    const answers = [...(this.fields.answers[task.id] ?? [])];
    answers[index] = value;
    this.set({ answers: { ...this.fields.answers, [task.id]: answers } });
    this.clearErrors(`answer:${task.id}`);
  }

  private attach(task: Task, input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { term } = this.localize;
    const key = `file:${task.id}`;
    if (task.accept?.length && !task.accept.includes(file.type)) {
      this.errors = { ...this.errors, [key]: term('errorFileType', file.name) };
      return;
    }
    if (task.maxBytes && file.size > task.maxBytes) {
      this.errors = { ...this.errors, [key]: term('errorFileTooLarge', file.name, formatBytes(this.localize.lang, task.maxBytes)) };
      return;
    }
    this.files = [...this.files.filter((f) => f.taskId !== task.id), { taskId: task.id, file }];
    this.clearErrors(key);
    this.status = term('claimFileAttached', file.name);
    this.saveDraft();
  }

  private detach(file: File): void {
    this.files = this.files.filter((f) => f.file !== file);
    this.status = this.localize.term('claimFileRemoved', file.name);
    this.saveDraft();
  }

  private scanOrigins(): string {
    if (this.accept) return this.accept;
    const api = this.config.api ? new URL(this.config.api, document.baseURI).origin : '';
    return [...new Set([location.origin, api].filter(Boolean))].join(' ');
  }

  /** The scanner's code is loaded the first time a visitor asks for it. */
  private toggleScanner = async () => {
    if (!this.scanning && !customElements.get('qr-scanner')) await import('../qr-scanner/qr-scanner.js');
    this.scanning = !this.scanning;
  };

  private onScan = (event: CustomEvent<ScanDetail>) => {
    if (!event.detail.code) return;
    this.set({ code: event.detail.code });
    this.scanning = false;
    this.status = this.localize.term('claimCodeRead');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus());
  };

  private clearErrors(...fields: string[]): void {
    if (!fields.some((f) => f in this.errors)) return;
    const errors = { ...this.errors };
    fields.forEach((f) => delete errors[f]);
    this.errors = errors;
  }

  /** Shows errors next to their fields and moves focus to the first one. */
  private fail(errors: Record<string, string>): false {
    this.errors = errors;
    const [first] = Object.keys(errors);
    if (first) {
      this.step = stepOf(first);
      this.status = Object.values(errors).join(' ');
      void this.updateComplete.then(() => {
        const id = first.startsWith('answer:') ? `answer-${first.slice(7)}-0` : first.replace(':', '-');
        (this.renderRoot.querySelector<HTMLElement>(`[id="${id}"]`) ?? this.heading)?.focus();
      });
    }
    return false;
  }

  private validateIdentify(): boolean {
    const { term } = this.localize;
    const errors: Record<string, string> = {};
    if (!this.fields.name.trim()) errors['name'] = term('errorRequired');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(this.fields.email.trim())) errors['email'] = term('errorEmail');
    if (!this.fields.consent) errors['consent'] = term('errorConsent');
    return Object.keys(errors).length ? this.fail(errors) : true;
  }

  private validateProve(badge: Badge): boolean {
    const { term } = this.localize;
    const errors: Record<string, string> = {};
    for (const task of badge.tasks) {
      if (task.kind === 'code' && task.check !== 'organiser' && !this.fields.code.trim()) errors['code'] = term('errorCodeRequired');
      if (task.kind === 'file' && !this.files.some((f) => f.taskId === task.id)) errors[`file:${task.id}`] = term('errorFileRequired');
      if (task.kind === 'text' || task.kind === 'questions') {
        const expected = task.kind === 'text' ? 1 : (task.questions?.length ?? 0);
        const answers = this.fields.answers[task.id] ?? [];
        if (Array.from({ length: expected }, (_, i) => answers[i]?.trim()).some((a) => !a)) {
          errors[`answer:${task.id}`] = term('errorAnswerRequired');
        }
      }
    }
    return Object.keys(errors).length ? this.fail(errors) : true;
  }

  private async submit(badge: Badge): Promise<void> {
    // One submission at a time: a second click while this one runs does nothing.
    if (this.submitting) return;
    const repository = this.config.repository;
    if (!repository) return;
    this.submitting = true;
    this.status = this.localize.term('claimSubmitting');
    const submission: ClaimSubmission = {
      badgeId: badge.id,
      recipient: { name: this.fields.name.trim(), email: this.fields.email.trim() },
      consent: this.fields.consent,
      ...(this.fields.code.trim() ? { code: this.fields.code.trim() } : {}),
      answers: this.relevantAnswers(badge),
    };
    const id = newKey();
    try {
      const delivery = await repository.submitClaim(
        { id, submission, attachments: this.files, badge: { name: badge.name, ...(badge.imageUrl ? { imageUrl: badge.imageUrl } : {}) } },
        this.files.length ? (sent, total) => (this.progress = total ? sent / total : 1) : undefined,
      );
      if (delivery.state === 'refused') {
        await repository.dismiss(id);
        this.explain(delivery.error);
        emit(this, 'lc-error', { code: delivery.error.code, message: delivery.error.message });
        return;
      }
      await this.discardDraft();
      this.result = delivery.state === 'delivered' ? { kind: 'delivered', claim: delivery.claim } : { kind: 'queued', id };
      const claimId = delivery.state === 'delivered' ? delivery.claim.id : id;
      emit(this, 'lc-claim', { claimId, badgeId: badge.id, status: delivery.state === 'delivered' ? delivery.claim.status : 'queued' });
      this.go('result');
    } finally {
      this.submitting = false;
      this.progress = undefined;
    }
  }

  /** Only answers to this badge's text and question tasks are sent. */
  private relevantAnswers(badge: Badge): Record<string, string[]> {
    const answers: Record<string, string[]> = {};
    for (const task of badge.tasks) {
      if (task.kind === 'text' || task.kind === 'questions') answers[task.id] = (this.fields.answers[task.id] ?? []).map((a) => a.trim());
    }
    return answers;
  }

  /** Puts a refusal next to the field it is about, in the visitor's language. */
  private explain(error: ApiError): void {
    const { term } = this.localize;
    const field = formField(error.field ?? (error.code.startsWith('code_') || error.code === 'rate_limited' ? 'code' : undefined));
    const known: Record<string, string> = {
      code_invalid: term('errorCodeInvalid'),
      code_used: term('errorCodeUsed'),
      code_expired: term('errorCodeExpired'),
      code_not_yet_valid: term('errorCodeNotYetValid'),
      code_wrong_badge: term('errorCodeWrongBadge'),
      rate_limited: term('errorRateLimited', Math.ceil((error.retryAfter ?? 60) / 60)),
      file_too_large: term('errorUploadTooLarge'),
      unsupported_type: term('errorUploadType'),
    };
    this.fail({ [field]: known[error.code] ?? term('errorServer', error.message) });
  }

  // --- drafts --------------------------------------------------------------------------------

  private async restoreDraft(): Promise<void> {
    const draftOf = this.draftOf;
    const fromPage = this.code || new URL(location.href).searchParams.get('code') || '';
    if (!draftOf) return;
    const draft = await draftOf.repository.draft(draftOf.badgeId);
    if (draftOf !== this.draftOf) return;
    if (draft) {
      this.fields = { ...EMPTY, ...(draft.fields as Partial<Fields>) };
      this.files = draft.attachments;
    }
    if (fromPage) this.fields = { ...this.fields, code: fromPage };
  }

  /** Saves shortly after the visitor stops typing, and at once when the element leaves. */
  private saveDraft(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flushDraft(), 300);
  }

  private flushDraft(): void {
    if (this.saveTimer === undefined || !this.draftOf) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const { repository, badgeId } = this.draftOf;
    void repository.saveDraft(badgeId, { fields: { ...this.fields }, attachments: this.files });
  }

  private async discardDraft(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.draftOf) await this.draftOf.repository.dropDraft(this.draftOf.badgeId);
  }
}
