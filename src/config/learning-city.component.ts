import { ContextConsumer, ContextProvider } from '@lit/context';
import { LitElement, html, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { BadgeClient } from '../api/client.js';
import { LANGUAGES } from '../i18n/localize.js';
import { configContext, type LearningCityConfig } from './context.js';
import { installContextRoot } from './context-root.js';

/** The `<learning-city>` acting for the whole page; the first one connected takes the role. */
let pageLevel: LearningCity | undefined;

/**
 * Configuration for the widgets: the badge API, the language and the cache policy.
 *
 * Widgets inside it use its settings; the first one on the page also configures every widget
 * outside any `<learning-city>`. A nested one inherits what it does not set from the one around it.
 * A widget's own `api` and `lang` attributes win over both.
 *
 * @summary Configures the badge API, language and caching for the widgets.
 * @tag learning-city
 * @slot - Widgets that use this configuration.
 */
export class LearningCity extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The UI languages with a catalogue of their own (BCP 47); any other language shows English. */
  static readonly languages: readonly string[] = LANGUAGES;

  /** Base URL of the badge API, e.g. `https://badges.example.org/api`. */
  @property() api?: string;

  /** UI language of the widgets (BCP 47, e.g. `lt` or `lt-LT`); content keeps its own language. */
  @property() override lang = '';

  /** Seconds that cached data counts as fresh before it is refreshed in the background. */
  @property({ attribute: 'cache-ttl', type: Number }) cacheTtl?: number;

  /** `include` sends the visitor's cookies to the API, for a platform on the same site. */
  @property() credentials?: RequestCredentials;

  /** A bearer token sent as `Authorization` with every request. */
  @property() token?: string;

  /** Extra headers for every request, such as an API key. */
  @property({ attribute: false }) headers?: Record<string, string>;

  /** Replaces the built-in REST client, for a platform with another API style. */
  @property({ attribute: false }) client?: BadgeClient;

  private inherited: LearningCityConfig = {};
  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });
  private pageProvider?: ContextProvider<typeof configContext>;
  private parentConsumer?: ContextConsumer<typeof configContext, this>;

  override connectedCallback(): void {
    super.connectedCallback();
    if (pageLevel === undefined) {
      pageLevel = this;
      this.providePage();
    } else {
      // Ask the providers above (an ancestor, or the page-level one) for what this one leaves unset.
      this.parentConsumer ??= new ContextConsumer(this, {
        context: configContext,
        subscribe: true,
        callback: (value) => {
          this.inherited = value ?? {};
          this.publish();
        },
      });
    }
    this.publish();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (pageLevel === this) {
      pageLevel = undefined;
      this.pageProvider?.clearCallbacks();
      if (this.pageProvider) {
        document.body.removeEventListener('context-request', this.pageProvider.onContextRequest);
        document.body.removeEventListener('context-provider', this.pageProvider.onProviderRequest);
      }
      this.pageProvider = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.size > 0) this.publish();
  }

  override render() {
    return html`<slot></slot>`;
  }

  /** The configuration this element stands for: its own settings over the inherited ones. */
  get config(): LearningCityConfig {
    const own: LearningCityConfig = {};
    if (this.api) own.api = this.api;
    if (this.lang) own.lang = this.lang;
    if (this.cacheTtl !== undefined && Number.isFinite(this.cacheTtl)) own.cacheTtl = this.cacheTtl;
    if (this.credentials) own.credentials = this.credentials;
    if (this.token || this.headers) {
      own.headers = { ...this.inherited.headers, ...this.headers };
      if (this.token) own.headers['Authorization'] = `Bearer ${this.token}`;
    }
    if (this.client) own.client = this.client;
    return { ...this.inherited, ...own };
  }

  private publish(): void {
    const config = this.config;
    this.provider.setValue(config);
    this.pageProvider?.setValue(config);
  }

  /** Serves widgets anywhere in the page, and wakes the ones that asked before it existed. */
  private providePage(): void {
    installContextRoot();
    this.pageProvider = new ContextProvider(document.body, { context: configContext, initialValue: this.config });
    // The `context-provider` event of the context protocol (its class is not exported).
    const announce = Object.assign(new Event('context-provider', { bubbles: true, composed: true }), {
      context: configContext,
      contextTarget: document.body,
    });
    document.body.dispatchEvent(announce);
  }
}
