import { nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html } from 'lit/static-html.js';
import { ApiError } from '../../api/errors.js';
import type { KioskCode } from '../../api/types.js';
import type { Messages } from '../../i18n/locales/en.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { OrganiserMessages } from '../../i18n/organiser/en.js';
import { ORGANISER_MESSAGES } from '../../i18n/organiser-messages.js';
import { emit } from '../../internal/emit.js';
import { HeadedElement } from '../../internal/headed-element.js';
import { organiser } from '../../repository/organiser.js';
import { shared } from '../../styles/shared.js';
import { styles } from './claim-kiosk.styles.js';
import { encodeQr, qrPath } from './qr-code.js';

/** Seconds between attempts while the API cannot be reached. */
const RETRY_SECONDS = 5;
/** Modules of light margin around the QR code, as the standard asks. */
const QUIET_ZONE = 4;

/**
 * For organisers at the event: the badge's claim code as a large QR code (and as text, for
 * typing), rotating every `period` seconds so that a photo of it stops working soon after, with
 * a countdown to the next code and the number claimed so far. It keeps the screen on (Screen
 * Wake Lock, where the browser has it) and goes full screen on request. When the API cannot be
 * reached it says so instead of showing a code that would fail, and tries again.
 *
 * @summary A rotating claim QR code for a tablet or projector at the event.
 * @tag claim-kiosk
 *
 * @fires lc-error - The code could not be fetched: `{ code, message }`, once while the failure lasts.
 *
 * @csspart base - The whole kiosk.
 * @csspart heading - The call to scan.
 * @csspart qr - The QR code (an SVG image).
 * @csspart code - The code as text.
 * @csspart countdown - The time until the next code.
 * @csspart claimed - How many have claimed the badge.
 * @csspart fullscreen - The full screen button.
 * @csspart error - Why no code is shown.
 * @csspart skeleton - The QR code's placeholder while the first code is fetched.
 *
 * @cssprop --lc-claim-kiosk-padding - Space inside the frame; `--lc-space-l` by default.
 * @cssprop --lc-claim-kiosk-qr-size - Side of the QR code; `min(70vmin, 100%)` by default.
 * @cssprop --lc-claim-kiosk-code-size - Font size of the code as text; `clamp(1.5rem, 5vmin, 4rem)` by default.
 */
export class ClaimKiosk extends HeadedElement {
  static override styles = [HeadedElement.styles, shared, styles];
  protected static override messages = ORGANISER_MESSAGES;
  protected declare readonly localize: LocalizeController<Messages & OrganiserMessages>;

  /** The badge whose code is shown. */
  @property({ attribute: 'badge-id' }) badgeId = '';

  /** Seconds each code is shown for; a code is accepted for this period and the next. */
  @property({ type: Number }) period = 30;

  /** The organiser's bearer token. */
  @property() token = '';

  @state() private current: KioskCode | undefined;
  @state() private problem: ApiError | undefined;
  @state() private remaining = 0;
  @state() private awake = false;
  @state() private fullScreen = false;

  /** When the shown code gives way to the next, on the page's monotonic clock. */
  private deadline = 0;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private abort: AbortController | undefined;
  private wakeLock: WakeLockSentinel | undefined;
  private asked: unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(this.tick, 1000);
    addEventListener('online', this.refresh);
    document.addEventListener('visibilitychange', this.onVisibility);
    document.addEventListener('fullscreenchange', this.onFullScreen);
    if (this.asked) this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
    removeEventListener('online', this.refresh);
    document.removeEventListener('visibilitychange', this.onVisibility);
    document.removeEventListener('fullscreenchange', this.onFullScreen);
    this.abort?.abort();
    void this.wakeLock?.release().catch(() => undefined);
    this.wakeLock = undefined;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    // A new code whenever what it is asked with changes: the badge, period, token or API.
    const asked = JSON.stringify([this.badgeId, this.period, this.token, this.config.api]);
    if (asked !== this.asked) {
      this.asked = asked;
      this.refresh();
    }
  }

  override render() {
    const t = this.localize.term;
    const code = this.current;
    return html`<section part="base" class="card" lang=${this.localize.lang} dir=${this.localize.dir} aria-busy=${!code && !this.problem ? 'true' : 'false'}>
      <${this.headingTag()} part="heading" class="heading">${t('kioskTitle')}</${this.headingTag()}>
      ${code ? this.renderCode(code) : this.problem ? this.renderProblem(this.problem) : this.renderSkeleton()}
      <div class="controls">
        ${document.fullscreenEnabled
          ? html`<button part="fullscreen" class="button" type="button" @click=${this.toggleFullScreen}>
              ${t(this.fullScreen ? 'kioskExitFullScreen' : 'kioskFullScreen')}
            </button>`
          : nothing}
        <p class="muted awake">${this.awake && code ? t('kioskAwake') : nothing}</p>
      </div>
    </section>`;
  }

  private renderCode(code: KioskCode) {
    const t = this.localize.term;
    const matrix = encodeQr(code.url);
    const side = matrix.size + QUIET_ZONE * 2;
    return html`<svg part="qr" class="qr" role="img" aria-label=${t('kioskQrLabel', code.code)} viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">
        ${svg`<rect width=${side} height=${side} fill="#fff"></rect><path d=${qrPath(matrix, QUIET_ZONE)} fill="#000"></path>`}
      </svg>
      <p class="code-label">${t('kioskCodeLabel')}</p>
      <p part="code" class="code" translate="no">${code.code}</p>
      <p part="countdown" class="countdown">${t('kioskNext', this.remaining)}</p>
      ${code.claimed !== undefined ? html`<p part="claimed" class="claimed" role="status">${t('kioskClaimed', code.claimed)}</p>` : nothing}`;
  }

  /** While the first code is fetched: the code's layout, its QR code and lines in placeholders. */
  private renderSkeleton() {
    return html`<div part="skeleton" class="qr skeleton" aria-hidden="true"></div>
      <p class="code-label">${this.localize.term('kioskLoading')}</p>
      <p class="code" aria-hidden="true"><span class="skeleton line code-line"></span></p>
      <p class="countdown"></p>
      <p class="claimed"></p>`;
  }

  private renderProblem(error: ApiError) {
    const t = this.localize.term;
    const message = !this.token
      ? t('kioskNoToken')
      : error.status === 401 || error.status === 403
        ? t('kioskForbidden')
        : error.transient
          ? t('kioskUnreachable')
          : t('kioskError', error.message);
    return html`<p part="error" class="notice error" role="alert">${message}</p>`;
  }

  /** Asks for the current code; a failure hides the code shown so far. */
  private readonly refresh = () => {
    const repository = this.config.repository;
    this.abort?.abort();
    if (!repository || !this.badgeId) return;
    if (!this.token) {
      this.current = undefined;
      this.problem = new ApiError('unauthorized', 'An organiser token is needed.', 401);
      return;
    }
    const abort = (this.abort = new AbortController());
    organiser(repository).kiosk(this.badgeId, this.period, this.token, abort.signal).then(
      (code) => {
        if (abort.signal.aborted) return;
        const left = Date.parse(code.validUntil) - Date.parse(code.now);
        this.deadline = performance.now() + Math.max(1000, left);
        this.current = code;
        this.problem = undefined;
        this.tick();
        void this.keepAwake();
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const problem = error instanceof ApiError ? error : new ApiError('network', String(error));
        // Told once per outage, not at every attempt while it lasts.
        if (this.problem?.code !== problem.code) emit(this, 'lc-error', { code: problem.code, message: problem.message });
        this.current = undefined;
        this.problem = problem;
        this.deadline = problem.transient ? performance.now() + RETRY_SECONDS * 1000 : Infinity;
      },
    );
  };

  private readonly tick = () => {
    const left = this.deadline - performance.now();
    if (left <= 0) {
      this.deadline = Infinity; // until the answer sets the next one
      this.refresh();
      return;
    }
    this.remaining = Math.ceil(left / 1000);
  };

  /** Keeps the screen on while a code shows (the browser lets go when the page is hidden). */
  private async keepAwake(): Promise<void> {
    if (!('wakeLock' in navigator) || (this.wakeLock && !this.wakeLock.released) || document.visibilityState !== 'visible') return;
    try {
      this.wakeLock = await navigator.wakeLock.request('screen');
      this.awake = true;
      this.wakeLock.addEventListener('release', () => (this.awake = false));
    } catch {
      this.awake = false; // refused (battery saver, policy): the kiosk works, the screen may dim
    }
  }

  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible' && this.current) void this.keepAwake();
  };

  private readonly onFullScreen = () => {
    this.fullScreen = document.fullscreenElement === this;
  };

  private readonly toggleFullScreen = async () => {
    try {
      if (document.fullscreenElement === this) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      // Refused by the browser (not from a click, or not allowed in a frame): nothing changes.
    }
  };
}
