import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BadgeClient } from '../api/client.js';
import { RestClient } from '../api/rest-client.js';
import { device } from '../store/device.js';
import { Repository } from '../repository/repository.js';
import { configContext, type LearningCityConfig } from './context.js';
import { installContextRoot } from './context-root.js';

export interface ConfigHost extends ReactiveControllerHost, HTMLElement {
  /** The element's own `api` attribute, which wins over any `<learning-city>`. */
  api?: string;
}

/** Default seconds cached data counts as fresh. */
export const DEFAULT_CACHE_TTL = 300;

/** REST clients shared by every widget that talks to the same API with the same credentials. */
const clients = new Map<string, RestClient>();

/** A page's own client may have no URL; its cache entries and queued claims are keyed by this. */
const CUSTOM = 'custom';

function restClient(config: LearningCityConfig): RestClient | undefined {
  if (!config.api) return undefined;
  const key = JSON.stringify([config.api, config.credentials, config.headers]);
  let client = clients.get(key);
  if (!client) {
    client = new RestClient({
      api: config.api,
      ...(config.headers ? { headers: config.headers } : {}),
      ...(config.credentials ? { credentials: config.credentials } : {}),
    });
    clients.set(key, client);
  }
  return client;
}

/** One repository per client, so every widget on that API shares its batches and cache. */
const repositories = new WeakMap<BadgeClient, Repository>();

/**
 * Resolves a widget's configuration in SPEC order: its own attributes, the nearest
 * `<learning-city>` around it, the page-level one, then `<html lang>`. The host re-renders when
 * any of them changes.
 */
export class ConfigController implements ReactiveController {
  private provided: LearningCityConfig = {};

  constructor(private readonly host: ConfigHost) {
    installContextRoot();
    new ContextConsumer(host, {
      context: configContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value ?? {};
        host.requestUpdate();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    watchDocumentLang(this.host);
  }

  hostDisconnected(): void {
    documentLangWatchers.delete(this.host);
  }

  get api(): string | undefined {
    return this.host.api || this.provided.api;
  }

  /** The UI language: the element's, the provider's, the document's, else English. */
  get lang(): string {
    return this.host.lang || this.provided.lang || document.documentElement.lang || 'en';
  }

  get cacheTtl(): number {
    return this.provided.cacheTtl ?? DEFAULT_CACHE_TTL;
  }

  /**
   * Everything the widget reads and writes, for the resolved API (cached, batched reads; claims,
   * drafts); undefined when the page configured none. Made once per client: making it lets the
   * claims queued for that API on an earlier visit go out.
   */
  get repository(): Repository | undefined {
    const client = this.provided.client && !this.host.api ? this.provided.client : restClient({ ...this.provided, api: this.api });
    if (!client) return undefined;
    let repository = repositories.get(client);
    if (!repository) {
      repository = new Repository(client, this.api ?? CUSTOM, device());
      repositories.set(client, repository);
    }
    return repository;
  }
}

/** One observer of `<html lang>` for all widgets, so a page switching language updates them. */
const documentLangWatchers = new Set<ReactiveControllerHost>();
let documentLangObserver: MutationObserver | undefined;

function watchDocumentLang(host: ReactiveControllerHost): void {
  documentLangWatchers.add(host);
  documentLangObserver ??= new MutationObserver(() => documentLangWatchers.forEach((h) => h.requestUpdate()));
  documentLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}
