import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import { ConfigController } from '../config/config-controller.js';
import { LocalizeController, MESSAGES } from '../i18n/localize.js';
import { kitStore } from '../store/store.js';
import { tokens } from '../styles/tokens.js';

/**
 * What every widget shares: its own `api` and `lang` attributes over the `<learning-city>`
 * configuration, and its messages in the resolved UI language.
 */
export class WidgetElement extends LitElement {
  static override styles: CSSResultGroup = [tokens];

  /** Base URL of the badge API; overrides any `<learning-city>`. */
  @property() api?: string;

  /** UI language (BCP 47); overrides any `<learning-city>` and the page's `<html lang>`. */
  @property() override lang = '';

  protected readonly config = new ConfigController(this);
  protected readonly localize = new LocalizeController(this, () => this.config.lang, MESSAGES);

  private stopWatchingStorage?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // Widgets that offer offline features say so when the device's storage fails.
    this.stopWatchingStorage = kitStore().onDegrade(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingStorage?.();
  }
}
