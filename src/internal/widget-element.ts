import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import { ConfigController } from '../config/config-controller.js';
import type { Messages } from '../i18n/locales/en.js';
import { LocalizeController, MESSAGES, type MessageSource } from '../i18n/localize.js';
import { device } from '../store/device.js';
import { installTheme, tokens } from '../styles/tokens.js';

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

  /**
   * The messages the element shows: the kit's, or a set that adds the element's own words
   * (`withOwnMessages`) so that they load with the element.
   */
  protected static messages: MessageSource<Messages> = MESSAGES;

  protected readonly config = new ConfigController(this);
  protected readonly localize = new LocalizeController(this, () => this.config.lang, (this.constructor as typeof WidgetElement).messages);

  private stopWatchingStorage?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // The page gets the kit's tokens when the first widget shows, not when a module is imported.
    installTheme();
    // Widgets that offer offline features say so when the device's storage fails.
    this.stopWatchingStorage = device().store.onDegrade(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingStorage?.();
  }
}
