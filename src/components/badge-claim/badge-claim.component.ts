import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html } from 'lit/static-html.js';
import type { Badge, Task } from '../../api/types.js';
import type { ScanDetail } from '../../events.js';
import { ResourceController } from '../../internal/resource-controller.js';
import { CLAIM_MESSAGES, type ClaimWords } from '../../i18n/claim-messages.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { HeadedElement } from '../../internal/headed-element.js';
import { shared } from '../../styles/shared.js';
import { resourceStates } from '../shared/resource-states.js';
import { TASK_CHECK } from '../shared/task-labels.js';
import { styles } from './badge-claim.styles.js';
import { claimFields } from './claim-fields.styles.js';
import { ClaimDrafts } from './claim-drafts.js';
import { answerField, ClaimForm, fileField, inputId, stepOf, type FieldErrors, type FieldKey } from './claim-form.js';
import { ClaimSender } from './claim-sender.js';
import { formatBytes } from './format-bytes.js';

type Step = 'badge' | 'identify' | 'prove' | 'review' | 'result';
const STEPS: Step[] = ['badge', 'identify', 'prove', 'review', 'result'];
const STEP_LABELS = {
  badge: 'claimStepBadge',
  identify: 'claimStepIdentify',
  prove: 'claimStepProve',
  review: 'claimStepReview',
  result: 'claimStepResult',
} as const;

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
 * @csspart result - The outcome of the claim; it follows the organiser's review while the page is open.
 * @csspart comment - The organiser's comment on an approved claim.
 * @csspart skeleton - The placeholder shown while the badge loads.
 * @csspart not-found - The notice that the badge does not exist.
 * @csspart error - The notice that the badge could not be loaded, with its retry button.
 * @csspart retry - The button that loads the badge again.
 * @csspart offline - The notice that the badge is shown from this device's cache.
 *
 * @cssprop --lc-badge-claim-padding - Space inside the frame; `--lc-space-l` by default.
 * @cssprop --lc-badge-claim-min-height - Height reserved while the badge loads, so nothing below moves.
 */
export class BadgeClaim extends HeadedElement {
  static override styles = [HeadedElement.styles, shared, claimFields, styles];
  protected static override messages = CLAIM_MESSAGES;
  protected declare readonly localize: LocalizeController<ClaimWords>;

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
  @state() private status = '';
  @state() private scanning = false;

  @query('[part="heading"]') private heading?: HTMLElement;

  private readonly form = new ClaimForm(this, this.localize, () => this.drafts.save());
  private readonly drafts = new ClaimDrafts(
    this,
    this.form,
    () => (this.config.repository && this.badgeId ? { repository: this.config.repository, badgeId: this.badgeId } : undefined),
    () => this.code || new URL(location.href).searchParams.get('code') || '',
  );
  private readonly sender = new ClaimSender(this, () => this.config.repository, this.localize, (text) => (this.status = text));

  private readonly badge = new ResourceController(this, {
    args: () => [this.badgeId, this.config.repository, this.config.cacheTtl] as const,
    read: ([id, repository, ttl], signal) => (id && repository ? repository.badge(id, ttl, signal) : undefined),
    reloadOn: ([id, repository], change) => !!repository?.changed(change, 'badge', id),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') && this.code) this.form.restore({ code: this.code });
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
    return html`<${this.headingTag()} part="heading" tabindex="-1">${text}</${this.headingTag()}>`;
  }

  private renderBadge(badge: Badge) {
    const { term } = this.localize;
    return html`${this.renderHeading(badge.name)}
      <div class="badge">
        ${badge.imageUrl ? html`<img src=${badge.imageUrl} alt=${badge.imageAlt ?? ''} width="96" height="96" />` : nothing}
        <p>${badge.description}</p>
      </div>
      <${this.headingTag(1)}>${term('tasksLabel')}</${this.headingTag(1)}>
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
          .checked=${live(this.form.fields.consent)}
          aria-invalid=${this.form.errors.consent ? 'true' : 'false'}
          aria-describedby=${this.form.errors.consent ? 'consent-error' : nothing}
          @change=${(e: Event) => this.form.set({ consent: (e.target as HTMLInputElement).checked })}
        />
        <label for="consent">
          ${term('claimConsent', badge.issuer.name)}
          ${this.privacyHref ? html`<a href=${this.privacyHref} target="_blank" rel="noopener">${term('claimPrivacy')}</a>` : nothing}
        </label>
        ${this.renderError('consent')}
      </div>
      ${this.renderActions('badge', () => this.passes(this.form.checkIdentify()) && this.go('prove'))}`;
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
      ${this.renderActions('identify', () => this.passes(this.form.checkProve(badge)) && this.go('review'))}`;
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
    const error = this.form.errors[name];
    const described = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`<div part="field">
      <label for=${name}>${label}</label>
      ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : nothing}
      <input
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        .value=${live(this.form.fields[name])}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${(e: Event) => this.form.set({ [name]: (e.target as HTMLInputElement).value })}
      />
      ${this.renderError(name)}
    </div>`;
  }

  private renderAnswer(task: Task, index: number, label: string) {
    const field = answerField(task);
    const id = `${field}-${index}`;
    const error = this.form.errors[field];
    return html`<div part="field">
      <label for=${id}>${label}</label>
      <textarea
        id=${id}
        rows="3"
        .value=${live(this.form.fields.answers[task.id]?.[index] ?? '')}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${field}-error` : nothing}
        @input=${(e: Event) => this.form.setAnswer(task, index, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${index === (task.kind === 'questions' ? (task.questions?.length ?? 1) - 1 : 0) ? this.renderError(field) : nothing}
    </div>`;
  }

  private renderFile(task: Task) {
    const { term } = this.localize;
    const id = fileField(task);
    const attached = this.form.filesOf(task);
    const error = this.form.errors[id];
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
        aria-describedby=${[task.accept || task.maxBytes ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing}
        @change=${(e: Event) => this.attach(task, e.target as HTMLInputElement)}
      />
      ${this.renderError(id)}
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
    const { progress } = this.sender;
    const { fields, attachments } = this.form;
    return html`${this.renderHeading(term('claimStepReview'))}
      <dl class="review">
        <dt>${term('badgeLabel')}</dt>
        <dd>${badge.name}</dd>
        <dt>${term('claimName')}</dt>
        <dd>${fields.name}</dd>
        <dt>${term('claimEmail')}</dt>
        <dd>${fields.email}</dd>
        ${fields.code ? html`<dt>${term('claimCode')}</dt><dd>${fields.code}</dd>` : nothing}
        ${attachments.length ? html`<dt>${term('claimFile')}</dt><dd>${attachments.map((a) => a.file.name).join(', ')}</dd>` : nothing}
      </dl>
      ${this.renderError('form')}
      ${progress !== undefined
        ? html`<label class="progress">${term('claimUploading')}
            <progress max="1" .value=${progress}></progress>
          </label>`
        : nothing}
      ${this.renderActions('prove', () => void this.submit(badge), term('claimSubmit'))}`;
  }

  private renderResult(badge: Badge) {
    const { term } = this.localize;
    const { result } = this.sender;
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
              ${claim.reviewComment ? html`<p part="comment">${term('organiserComment', claim.reviewComment)}</p>` : nothing}
              ${claim.assertionUrl ? html`<p><a href=${claim.assertionUrl} target="_blank" rel="noopener">${term('claimAssertion')}</a></p>` : nothing}`
          : claim.status === 'rejected'
            ? html`<p>${term('claimRejected', claim.reviewComment ?? claim.reason ?? '')}</p>`
            : html`<p>${term('claimPending')}</p>`}
      </div>`;
  }

  private renderActions(back: Step | undefined, next: () => unknown, nextLabel = this.localize.term('claimNext')) {
    const { term } = this.localize;
    return html`<div part="actions">
      ${back ? html`<button part="button" class="button" @click=${() => this.go(back)}>${term('claimBack')}</button>` : nothing}
      <button part="button" class="button primary" ?disabled=${this.sender.submitting} aria-disabled=${this.sender.submitting ? 'true' : 'false'} @click=${next}>
        ${nextLabel}
      </button>
    </div>`;
  }

  private renderError(field: FieldKey) {
    const message = this.form.errors[field];
    return message ? html`<p part="field-error" class="error" id="${field}-error">${message}</p>` : nothing;
  }

  // --- state changes -------------------------------------------------------------------------

  private go(step: Step): void {
    this.step = step;
    this.status = this.localize.term(STEP_LABELS[step]);
  }

  private attach(task: Task, input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (file && this.form.attach(task, file)) this.status = this.localize.term('claimFileAttached', file.name);
  }

  private detach(file: File): void {
    this.form.detach(file);
    this.status = this.localize.term('claimFileRemoved', file.name);
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
    this.form.set({ code: event.detail.code });
    this.scanning = false;
    this.status = this.localize.term('claimCodeRead');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus());
  };

  /** True when there are no errors; else shows them on their step and moves focus to the first. */
  private passes(errors: FieldErrors): boolean {
    const fields = Object.keys(errors) as FieldKey[];
    this.form.show(errors);
    const [first] = fields;
    if (!first) return true;
    this.step = stepOf(first);
    this.status = Object.values(errors).join(' ');
    void this.updateComplete.then(() => (this.renderRoot.querySelector<HTMLElement>(`[id="${inputId(first)}"]`) ?? this.heading)?.focus());
    return false;
  }

  private async submit(badge: Badge): Promise<void> {
    const refused = await this.sender.submit(badge, this.form.submission(badge), this.form.attachments);
    if (refused) {
      this.passes(refused);
    } else if (this.sender.result) {
      await this.drafts.discard();
      this.go('result');
    }
  }
}
