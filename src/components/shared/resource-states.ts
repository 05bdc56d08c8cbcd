import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ApiError } from '../../api/errors.js';
import { emit } from '../../internal/emit.js';
import type { LocalizeController, TextKey } from '../../i18n/localize.js';
import type { ResourceStatus } from '../../internal/resource-controller.js';

/** What the state views need of a `ResourceController`, whatever it reads. */
export interface Resource<T> {
  status: ResourceStatus;
  value: T | null | undefined;
  error: ApiError | undefined;
  storedAt: number | undefined;
  offline: boolean;
  reload(): void;
}

export interface StateViews<T> {
  skeleton: () => TemplateResult;
  loaded: (value: T) => TemplateResult;
  notFound: TextKey;
  loadError: TextKey;
}

/**
 * True while the widget shows something of its own (its skeleton or its content). Otherwise the
 * content the page put inside the element (a plain link, say) is shown instead.
 */
export function showsOwnContent(resource: Resource<unknown>): boolean {
  return resource.status === 'loading' || (resource.status === 'complete' && !!resource.value);
}

/** The error notice with its retry button, worded for a lost connection when that is the cause. */
export function errorNotice(localize: LocalizeController, error: ApiError | undefined, message: TextKey, retry: () => void) {
  return html`<div part="error" class="notice error" role="alert">
    <span>${localize.term(error?.code === 'network' ? 'offlineError' : message)}</span>
    <button part="retry" class="button" type="button" @click=${retry}>${localize.term('retry')}</button>
  </div>`;
}

/** The skeleton, and "Loading" for screen readers. */
export function loadingState(localize: LocalizeController, skeleton: () => TemplateResult) {
  // No live region: a page of cards would each announce it. `aria-busy` on the card says it.
  return html`${skeleton()}<span class="sr-only">${localize.term('loading')}</span>`;
}

/**
 * The states every single-entity widget goes through, shown the same way: a skeleton of the final
 * size, the content (with a note when it comes from this device because the API is unreachable),
 * not found, and an error with a retry button.
 */
export function resourceStates<T>(resource: Resource<T>, localize: LocalizeController, views: StateViews<T>) {
  const { status, value } = resource;
  if (status === 'loading') return loadingState(localize, views.skeleton);
  if (status === 'error') return errorNotice(localize, resource.error, views.loadError, () => resource.reload());
  if (status !== 'complete') return nothing;
  if (!value) return html`<p part="not-found" class="notice">${localize.term(views.notFound)}</p>`;
  return html`${views.loaded(value)}
  ${resource.offline && resource.storedAt
    ? html`<p part="offline" class="notice offline" role="status">${localize.term('shownOffline', resource.storedAt)}</p>`
    : nothing}`;
}

/** Retries failed or offline reads as soon as the browser is back online. */
export class ReloadWhenOnline implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly resources: () => Resource<unknown>[],
  ) {
    host.addController(this);
  }

  private readonly onOnline = () => {
    for (const resource of this.resources()) {
      if (resource.status === 'error' || resource.offline) resource.reload();
    }
  };

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
  }
}

/** Tells the page, with `lc-error`, when a read fails with nothing to show (once per failure). */
export class ReportLoadErrors implements ReactiveController {
  private readonly reported = new WeakSet<ApiError>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly resources: () => Resource<unknown>[],
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    for (const { status, error } of this.resources()) {
      if (status !== 'error' || !error || this.reported.has(error)) continue;
      this.reported.add(error);
      emit(this.host, 'lc-error', { code: error.code, message: error.message });
    }
  }
}
