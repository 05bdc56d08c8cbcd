import { nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html } from 'lit/static-html.js';
import type { VerifyDetail } from '../../events.js';
import type { Messages } from '../../i18n/locales/en.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { VerifyMessages } from '../../i18n/verify/en.js';
import { VERIFY_MESSAGES } from '../../i18n/verify-messages.js';
import { emit } from '../../internal/emit.js';
import { HeadedElement } from '../../internal/headed-element.js';
import { shared } from '../../styles/shared.js';
import type { BadgeInput, CheckId, Finding, Verification } from '../../verify/verify.js';
import { styles } from './badge-verify.styles.js';

const CHECK_NAMES: Record<CheckId, keyof VerifyMessages> = {
  format: 'verifyCheckFormat',
  signature: 'verifyCheckSignature',
  issuer: 'verifyCheckIssuer',
  status: 'verifyCheckStatus',
  dates: 'verifyCheckDates',
  recipient: 'verifyCheckRecipient',
};

/**
 * Lets anyone check an Open Badge: paste a link (or the badge's JSON), or pick or drop a baked
 * PNG or SVG badge image or a JSON file. Open Badges 2.0 hosted assertions are checked with
 * their issuer's site; Open Badges 3.0 credentials are verified right here in the browser
 * (signature, the issuer's key, revocation, dates). Every check is shown on its own with a
 * plain-language verdict; typing the earner's e-mail address adds a check that it was issued to
 * them. The verification code loads only when a badge is checked.
 *
 * @summary Checks an Open Badge from a link, a baked image or a JSON file.
 * @tag badge-verify
 *
 * @fires lc-verify - A check finished: `{ verified, checks: [{ id, ok, message }] }`, `id` one of
 * `format`, `signature`, `issuer`, `status`, `dates`, `recipient`.
 *
 * @csspart base - The whole element.
 * @csspart form - The form with the badge link, file and e-mail.
 * @csspart input - The field for a link or JSON.
 * @csspart drop - The area to pick or drop a file.
 * @csspart file - The file picker.
 * @csspart email - The e-mail field.
 * @csspart submit - The button that starts the check.
 * @csspart result - The outcome: verdict, badge and checks.
 * @csspart verdict - The one-line verdict.
 * @csspart summary - The badge's image, name, issuer and date.
 * @csspart checks - The list of checks.
 * @csspart check - One check (also `check-passed` or `check-failed`).
 *
 * @cssprop --lc-badge-verify-padding - Space inside the element (default `--lc-space-m`).
 * @cssprop --lc-badge-verify-image-size - Size of the badge image (default `5rem`).
 * @cssprop --lc-badge-verify-ok-color - Colour of a passed check (default `--lc-color-accent`).
 * @cssprop --lc-badge-verify-fail-color - Colour of a failed check (default `--lc-color-danger`).
 * @cssprop --lc-badge-verify-min-size - Height the element reserves from its first render, so that nothing below
 * moves when it appears (default `36rem`, the form's height on a phone in its longest language, in every engine). The result grows past it.
 */
export class BadgeVerify extends HeadedElement {
  static override styles = [HeadedElement.styles, shared, styles];
  protected static override messages = VERIFY_MESSAGES;
  protected declare readonly localize: LocalizeController<Messages & VerifyMessages>;

  /** A credential or assertion URL to check as soon as the element is on the page. */
  @property() src = '';

  @state() private text = '';
  @state() private file?: File;
  @state() private email = '';
  @state() private checking = false;
  @state() private dragging = false;
  @state() private empty = false;
  @state() private result?: Verification;

  private running?: AbortController;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.running?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) {
      this.text = this.src;
      this.file = undefined;
      void this.verify({ text: this.src });
    }
  }

  override render() {
    const t = this.localize.term;
    return html`<div part="base" lang=${this.localize.lang} dir=${this.localize.dir}>
      <form part="form" novalidate @submit=${this.onSubmit}>
        <div class="field">
          <label for="input">${t('verifyLinkLabel')}</label>
          <textarea
            part="input"
            id="input"
            rows="2"
            spellcheck="false"
            autocomplete="off"
            aria-describedby=${this.empty ? 'empty' : nothing}
            aria-invalid=${this.empty ? 'true' : nothing}
            .value=${this.text}
            @input=${(e: Event) => this.setInput({ text: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
        </div>
        <div
          part="drop"
          class="field ${this.dragging ? 'over' : ''}"
          @dragover=${this.onDragOver}
          @dragleave=${() => (this.dragging = false)}
          @drop=${this.onDrop}
        >
          <label for="file">${t('verifyFileLabel')}</label>
          <input
            part="file"
            id="file"
            type="file"
            accept=".png,.svg,.json,.jsonld,image/png,image/svg+xml,application/json,application/ld+json"
            @change=${(e: Event) => this.setInput({ file: (e.target as HTMLInputElement).files?.[0] })}
          />
          <p class="hint">${this.file ? this.file.name : t('verifyDrop')}</p>
        </div>
        <div class="field">
          <label for="email">${t('verifyEmailLabel')}</label>
          <p class="hint" id="email-hint">${t('verifyEmailHint')}</p>
          <input
            part="email"
            id="email"
            type="email"
            autocomplete="off"
            aria-describedby="email-hint"
            .value=${this.email}
            @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="actions">
          <button part="submit" class="button primary" type="submit" ?disabled=${this.checking}>${t('verifySubmit')}</button>
          <p class="hint" role="status">
            ${this.checking ? t('verifyChecking') : this.empty ? html`<span id="empty">${t('verifyEmpty')}</span>` : nothing}
          </p>
        </div>
      </form>
      ${this.result && !this.checking ? this.renderResult(this.result) : nothing}
    </div>`;
  }

  private renderResult(result: Verification) {
    const t = this.localize.term;
    const { badge } = result;
    return html`<section part="result" aria-labelledby="verdict">
      <${this.headingTag()} part="verdict" id="verdict" class=${result.verified ? '' : 'failed'} tabindex="-1">
        ${t(result.verified ? 'verifyVerified' : 'verifyNotVerified')}
      </${this.headingTag()}>
      ${badge?.name
        ? html`<div part="summary">
            ${badge.image ? html`<img src=${badge.image} alt="" width="80" height="80" />` : nothing}
            <div>
              <p class="check-name">${badge.name}</p>
              ${badge.issuer ? html`<p>${this.localize.term('issuerLabel')} ${badge.issuer}</p>` : nothing}
              ${badge.issuedOn ? html`<p>${t('verifyIssuedOn', this.formatDate(badge.issuedOn))}</p>` : nothing}
            </div>
          </div>`
        : nothing}
      <ul part="checks">
        ${result.checks.map(
          (check) => html`<li part="check ${check.ok ? 'check-passed' : 'check-failed'}" data-check=${check.id}>
            <span class="mark" aria-hidden="true">${check.ok ? '✓' : '✗'}</span>
            <span class="check-name">${t(CHECK_NAMES[check.id])}</span>
            <span>${this.message(check)}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private formatDate(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(this.localize.lang, { dateStyle: 'long' }).format(date);
  }

  /** A finding in words, in the UI language. */
  private message(finding: Finding): string {
    const message = this.localize.term as (key: Finding['key'], arg: string) => string;
    return message(finding.key, finding.date ? this.formatDate(finding.date) : (finding.arg ?? ''));
  }

  private setInput(input: { text: string } | { file: File | undefined }) {
    this.empty = false;
    if ('text' in input) {
      this.text = input.text;
      this.file = undefined;
    } else {
      this.file = input.file;
    }
  }

  private onDragOver(event: DragEvent) {
    event.preventDefault();
    this.dragging = true;
  }

  private onDrop(event: DragEvent) {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) {
      this.setInput({ file });
      void this.verify({ file });
    }
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const input: BadgeInput | undefined = this.file ? { file: this.file } : this.text.trim() ? { text: this.text } : undefined;
    if (!input) {
      this.empty = true;
      return;
    }
    void this.verify(input);
  }

  private async verify(input: BadgeInput) {
    this.running?.abort();
    const running = (this.running = new AbortController());
    this.checking = true;
    try {
      // The libraries that verify signatures are large: they load with the first check only.
      const { verifyBadge } = await import('../../verify/verify.js');
      const result = await verifyBadge(input, { email: this.email.trim() || undefined, signal: running.signal });
      if (running.signal.aborted) return;
      this.result = result;
      this.checking = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="verdict"]')?.focus();
      const detail: VerifyDetail = {
        verified: result.verified,
        checks: result.checks.map((check) => ({ id: check.id, ok: check.ok, message: this.message(check) })),
      };
      emit(this, 'lc-verify', detail);
    } catch (error) {
      if (running.signal.aborted) return;
      this.checking = false;
      emit(this, 'lc-error', { code: 'verify_failed', message: error instanceof Error ? error.message : String(error) });
    }
  }
}
