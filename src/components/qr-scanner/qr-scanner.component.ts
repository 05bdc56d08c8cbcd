import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Messages } from '../../i18n/locales/en.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { ScannerMessages } from '../../i18n/scanner/en.js';
import { SCANNER_MESSAGES } from '../../i18n/scanner-messages.js';
import { emit } from '../../internal/emit.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { allowedOrigins, claimCode, MAX_TEXT_LENGTH } from '../../scan/claim-code.js';
import { loadDecoder, pageCameraFailure, type CameraFailure } from '../../scan/decoder.js';
import { shared } from '../../styles/shared.js';
import { CameraController } from './camera-controller.js';
import { styles } from './qr-scanner.styles.js';

/** Where the visitor is, apart from the camera being on: nothing yet, a code read, or an error. */
type Phase = 'idle' | 'read' | 'error';

/** A message kept unrendered, so it follows the language when that changes (or its catalogue arrives). */
type Text = () => string;

const FAILURE_MESSAGES = {
  insecure: 'scanErrorInsecure',
  unsupported: 'scanErrorUnsupported',
  'not-found': 'scanErrorNotFound',
  denied: 'scanErrorDenied',
  'in-use': 'scanErrorInUse',
  overconstrained: 'scanErrorOverconstrained',
  failed: 'scanErrorFailed',
  load: 'scanErrorLoad',
} as const;

/** Failures that trying again on this page cannot fix. */
const FINAL: ReadonlySet<string> = new Set(['insecure', 'unsupported']);

const visible = (element: Element) =>
  element.checkVisibility ? element.checkVisibility() : element.getClientRects().length > 0;

let instances = 0;

/**
 * Reads a badge claim code: from the camera (the rear one by default, another one to choose
 * when there are several, with the torch where the camera has one), from a photo of the
 * poster, or typed by hand. Only claim URLs of the allowed origins (`…/claim?code=…`) and bare
 * codes (`VILNIUS-2022`: 4 to 64 letters, digits and dashes) count as claim codes; anything
 * else is reported as not a claim code and never opened.
 *
 * The camera picture is shown in a light-DOM child the element creates (slot `viewfinder`),
 * because the fallback decoder looks its container up by id in the document. The decoder is
 * loaded on demand when scanning starts. The camera is released when scanning stops, when the
 * element leaves the page, and while the page is hidden (it comes back when the page does);
 * starting one scanner stops any other on the page.
 *
 * A photo is read as it is (scaled down to 600 px when larger); when that finds no code, from a
 * binarised copy (which undoes uneven light), a contrast-stretched one and its centre, before the
 * element says there is no code in it. Each try is a User Timing measure
 * (`lc-scan-photo:scaled`, `…:binarised`, `…:stretched`, `…:centre`).
 *
 * @summary Scans a badge claim QR code with the camera or from a photo; manual entry always there.
 * @tag qr-scanner
 *
 * @slot viewfinder - Filled by the element itself with the camera picture; leave it alone.
 *
 * @fires lc-scan - A QR code was read or a code typed: `{ text, code? }`. `code` is there only
 *   when the text is a claim code (a claim URL of an allowed origin, or a bare code); a QR code
 *   holding anything else fires once with `text` alone. A camera scan ends at the first claim
 *   code it reads.
 * @fires lc-error - The camera could not be used: `{ code, message }` with `code` one of
 *   `camera-insecure`, `camera-unsupported`, `camera-not-found`, `camera-denied`,
 *   `camera-in-use`, `camera-overconstrained`, `camera-failed`, `scanner-load`.
 *
 * @csspart base - The whole scanner.
 * @csspart viewfinder - The frame around the camera picture, shown while the camera is on.
 * @csspart status - The progress line, announced to screen readers.
 * @csspart message - Errors and refusals (camera unavailable, not a claim code, no code in the photo).
 * @csspart controls - The row of camera and photo controls.
 * @csspart camera-button - Starts the camera, stops it, scans again or tries again.
 * @csspart torch-button - Switches the torch (shown when the camera has one).
 * @csspart camera-select - Chooses the camera (shown when there are several).
 * @csspart file-button - Scans a photo of the QR code.
 * @csspart form - The manual entry form.
 * @csspart label - The manual entry label.
 * @csspart input - The manual entry field.
 * @csspart hint - The hint under the field.
 * @csspart submit-button - Submits the typed code.
 * @csspart error - The manual entry error.
 *
 * @cssprop --lc-qr-scanner-viewfinder-max-size - Largest width of the camera picture (default: the element's width).
 * @cssprop --lc-qr-scanner-gap - Space between the scanner's parts (default `--lc-space-m`).
 */
export class QrScanner extends WidgetElement {
  static override styles = [WidgetElement.styles, shared, styles];
  protected static override messages = SCANNER_MESSAGES;
  protected declare readonly localize: LocalizeController<Messages & ScannerMessages>;

  /**
   * Origins claim URLs may come from, space-separated (`https://vilnius.example
   * https://kaunas.example`). By default the configured API's origin, else the page's.
   */
  @property() accept = '';

  @state() private phase: Phase = 'idle';
  @state() private failure?: CameraFailure | 'load';
  @state() private status?: Text;
  @state() private message?: Text;
  @state() private readingFile = false;
  @state() private codeError?: Text;

  @query('[part="camera-button"]') private cameraButton?: HTMLButtonElement;
  @query('[part="file-button"]') private fileButton!: HTMLButtonElement;
  @query('input[type="file"]') private fileInput!: HTMLInputElement;
  @query('[part="input"]') private codeInput!: HTMLInputElement;

  private readonly viewfinder = document.createElement('div');
  private readonly camera = new CameraController(this, this.viewfinder, {
    onStarting: () => {
      this.refused = undefined;
      this.message = undefined;
      this.failure = undefined;
      this.phase = 'idle';
      this.status = () => this.localize.term('scanStarting');
    },
    onScanning: () => (this.status = () => this.localize.term('scanPointCamera')),
    onRead: (text) => this.onCameraRead(text),
    onFailure: (reason) => this.fail(reason),
    onStopped: () => {
      this.phase = 'idle';
      this.status = () => this.localize.term('scanStopped');
    },
    onPaused: () => {
      this.phase = 'idle';
      this.status = undefined;
    },
  });
  /** The last text refused during this camera run, so a refused code is reported once. */
  private refused?: string;
  private focused?: Element | null;

  constructor() {
    super();
    this.viewfinder.id = `lc-qr-scanner-${++instances}`;
    this.viewfinder.slot = 'viewfinder';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    while (document.getElementById(this.viewfinder.id)) this.viewfinder.id = `lc-qr-scanner-${++instances}`;
    if (this.viewfinder.parentNode !== this) this.append(this.viewfinder);
  }

  /** Whether the camera is on or being turned on. */
  get cameraOn(): boolean {
    return this.camera.state !== 'off';
  }

  /** Turns the camera on and scans until a claim code is read or `stop()` is called. */
  start(): Promise<void> {
    return this.camera.start();
  }

  /** Turns the camera off (releasing it) and stops scanning. */
  stop(): Promise<void> {
    return this.camera.stop();
  }

  private fail(reason: CameraFailure | 'load'): void {
    this.failure = reason;
    this.phase = 'error';
    this.status = undefined;
    this.message = () => `${this.localize.term(FAILURE_MESSAGES[reason])} ${this.localize.term('scanFallback')}`;
    const code = reason === 'load' ? 'scanner-load' : `camera-${reason}`;
    emit(this, 'lc-error', { code, message: this.localize.term(FAILURE_MESSAGES[reason]) });
  }

  private onCameraRead(text: string): void {
    const code = claimCode(text, this.origins);
    if (code === undefined) {
      if (text === this.refused) return;
      this.refused = text;
      this.message = () => this.localize.term('scanNotClaim');
      emit(this, 'lc-scan', { text });
      return;
    }
    void this.camera.release();
    this.phase = 'read';
    this.message = undefined;
    this.status = () => this.localize.term('scanGotCode', code);
    emit(this, 'lc-scan', { text, code });
  }

  private get origins(): string[] {
    return allowedOrigins(this.accept, this.config.api);
  }

  private onCameraButton = () => {
    if (this.cameraOn) void this.stop();
    else void this.start();
  };

  private onCameraChange = (event: Event) => void this.camera.choose((event.target as HTMLSelectElement).value);

  private async onFile(): Promise<void> {
    const file = this.fileInput.files?.[0];
    this.fileInput.value = ''; // the same photo can be chosen again
    if (!file) return;
    // Also when the camera is paused for a hidden page (the file picker hides it on phones): it
    // must not come back over the photo's result.
    await this.stop();
    this.readingFile = true;
    this.message = undefined;
    this.status = () => this.localize.term('scanReadingFile');
    let text: string | undefined;
    try {
      text = await (await loadDecoder()).scanFile(file);
    } catch {
      this.readingFile = false;
      this.status = undefined;
      this.message = () => this.localize.term('scanErrorLoad');
      return;
    }
    this.readingFile = false;
    this.status = undefined;
    if (text === undefined) {
      this.message = () => this.localize.term('scanNoCodeInFile');
      return;
    }
    const code = claimCode(text, this.origins);
    if (code === undefined) {
      this.message = () => this.localize.term('scanNotClaim');
      emit(this, 'lc-scan', { text });
    } else {
      this.phase = 'read';
      this.message = undefined;
      this.status = () => this.localize.term('scanGotCode', code);
      emit(this, 'lc-scan', { text, code });
    }
  }

  private onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const text = this.codeInput.value.trim();
    const code = text ? claimCode(text, this.origins) : undefined;
    if (code === undefined) {
      this.codeError = () => this.localize.term(text ? 'scanCodeInvalid' : 'scanCodeEmpty');
      this.codeInput.focus();
      return;
    }
    this.codeError = undefined;
    this.status = () => this.localize.term('scanGotCode', code);
    emit(this, 'lc-scan', { text, code });
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.focused = this.shadowRoot?.activeElement;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A control that had focus and is now gone or hidden hands it to the camera button (or,
    // without a camera, to the photo button), so keyboard users are never dropped to the page.
    const lost = this.focused && (!this.focused.isConnected || !visible(this.focused));
    if (lost) (this.cameraButton && visible(this.cameraButton) ? this.cameraButton : this.fileButton).focus();
    this.focused = undefined;
  }

  override render() {
    const term = this.localize.term.bind(this.localize);
    const camera = this.camera;
    const pageFailure = pageCameraFailure();
    const failure = pageFailure ?? this.failure;
    const final = failure !== undefined && FINAL.has(failure);
    const message =
      this.message?.() || (pageFailure ? `${term(FAILURE_MESSAGES[pageFailure])} ${term('scanFallback')}` : '');
    const cameraLabel = this.cameraOn
      ? term('scanStop')
      : this.phase === 'read'
        ? term('scanAgain')
        : this.phase === 'error'
          ? term('scanRetry')
          : term('scanStart');
    const status = this.status?.() ?? (this.phase === 'idle' && !pageFailure ? term('scanIntro') : '');
    const codeError = this.codeError?.() ?? '';
    return html`<div part="base" class="base" dir=${this.localize.dir} lang=${this.localize.lang}>
      <div part="viewfinder" class="viewfinder" ?hidden=${!this.cameraOn} aria-busy=${camera.state === 'starting' ? 'true' : 'false'}>
        <slot name="viewfinder"></slot>
      </div>
      <div class="live">
        <p part="status" class="status" role="status">${status}</p>
        <p part="message" class=${message ? 'message notice error' : 'message'} role="alert">${message}</p>
      </div>
      <div part="controls" class="controls">
        <button part="camera-button" class="button primary" type="button" ?hidden=${final} @click=${this.onCameraButton}>
          ${cameraLabel}
        </button>
        ${camera.torch && camera.state === 'on'
          ? html`<button part="torch-button" class="button" type="button" aria-pressed=${camera.torchOn ? 'true' : 'false'} @click=${() => void camera.toggleTorch()}>
              ${term('scanTorch')}
            </button>`
          : nothing}
        ${camera.cameras.length > 1 && this.cameraOn
          ? html`<label class="camera-choice">
              <span class="label">${term('scanCamera')}</span>
              <select part="camera-select" class="select" @change=${this.onCameraChange}>
                ${camera.cameras.map(
                  (choice, i) =>
                    html`<option value=${choice.id} ?selected=${choice.id === camera.cameraId}>
                      ${choice.label || term('scanCameraNumber', i + 1)}
                    </option>`,
                )}
              </select>
            </label>`
          : nothing}
        <button part="file-button" class="button" type="button" ?disabled=${this.readingFile} @click=${() => this.fileInput.click()}>
          ${term('scanFile')}
        </button>
        <input type="file" accept="image/*" hidden tabindex="-1" @change=${() => void this.onFile()} />
      </div>
      <form part="form" class="form" novalidate @submit=${this.onSubmit}>
        <label part="label" class="label" for="code">${term('scanCodeLabel')}</label>
        <div class="row">
          <input
            part="input"
            class="input"
            id="code"
            name="code"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            enterkeyhint="go"
            maxlength=${MAX_TEXT_LENGTH}
            aria-describedby="code-hint code-error"
            aria-invalid=${codeError ? 'true' : 'false'}
            @input=${() => (this.codeError = undefined)}
          />
          <button part="submit-button" class="button" type="submit">${term('scanSubmit')}</button>
        </div>
        <p part="hint" class="hint muted" id="code-hint">${term('scanCodeHint')}</p>
        <p part="error" class="field-error" id="code-error" ?hidden=${!codeError}>${codeError}</p>
      </form>
    </div>`;
  }
}
