import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ActivityQuery, Facet, Facets } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import type { Activity, ActivityPage } from '../../api/types.js';
import { prepareEventTimesSoon } from '../../i18n/format.js';
import type { TextKey } from '../../i18n/localize.js';
import { emit } from '../../internal/emit.js';
import { HeadedElement } from '../../internal/headed-element.js';
import type { Repository } from '../../repository/repository.js';
import { ResourceController } from '../../internal/resource-controller.js';
import { shared } from '../../styles/shared.js';
import { errorNotice, ReloadWhenOnline, ReportLoadErrors } from '../shared/resource-states.js';
import { styles } from './activity-list.styles.js';

/** Milliseconds of quiet typing before a search goes out. */
const SEARCH_DELAY = 350;

/**
 * A filterable, paged list of learning activities. Filters are attributes (for a page that
 * shows, say, one organiser's activities) and visible, labelled controls; "Show more" fetches the
 * next page. Each page goes into the cache the cards read from, so the cards cost no requests.
 *
 * Whatever the page puts inside the element (a link to the city's activity calendar, say) is
 * shown until the kit has loaded, and again whenever the list cannot be shown.
 *
 * The list keeps its size while it loads, so the page around it does not move: a page of
 * placeholders the size of its cards (they follow the cards' `--lc-activity-card-compact-size`,
 * `--lc-activity-card-body-size` and `--lc-activity-card-media-ratio`), a line for the count, the
 * filters at once (disabled until their options arrive) and the row of "Show more"; "Show more"
 * adds a page of placeholders at once.
 *
 * The list has no heading of its own: `heading-level` is its cards' (the titles are `h3` by default).
 *
 * @summary A filterable, paged list of activities.
 * @tag activity-list
 *
 * @slot - Fallback content, shown before the kit loads and when the list cannot be shown.
 *
 * @fires lc-claim-start - From a card in the list: the visitor asked to get a badge.
 * @fires lc-error - A page of activities could not be loaded (`{ code, message }`).
 *
 * @csspart base - The whole list.
 * @csspart filters - The filter form.
 * @csspart search - The text search field.
 * @csspart filter - Each filter's label and select.
 * @csspart clear - The button that clears the filters.
 * @csspart count - The result count, announced to screen readers.
 * @csspart items - The list of cards.
 * @csspart item - One list item holding a card.
 * @csspart card - Each `<activity-card>`; its own parts are exported as `card-<part>`.
 * @csspart empty - Shown when nothing matches.
 * @csspart more - The "Show more" button.
 * @csspart skeleton - A placeholder card shown while loading.
 * @csspart offline - The notice that the list is shown from this device because the API could not be reached.
 * @csspart error - The error notice.
 * @csspart retry - The button that tries again after an error.
 *
 * @cssprop --lc-activity-list-gap - Space between cards (default `--lc-space-m`).
 * @cssprop --lc-activity-list-columns - Minimum width of a column of cards (default `20rem`).
 */
export class ActivityList extends HeadedElement {
  static override styles = [HeadedElement.styles, shared, styles];

  /**
   * Level of the cards' titles (1 to 6; any other value counts as 3), so that they sit under the
   * page's own headings: the list has no heading of its own.
   */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) override headingLevel = 3;

  /** Only this organiser's activities (an organiser id). */
  @property() organiser = '';

  /** Only activities that develop this skill (a skill id). */
  @property() skill = '';

  /** Only activities in this category (a category id). */
  @property() category = '';

  /** `upcoming` or `past`; empty for any time. */
  @property() when: '' | 'upcoming' | 'past' = '';

  /** Free-text search in titles, descriptions, organisers and places. */
  @property() q = '';

  /** Activities per page. */
  @property({ type: Number }) limit = 12;

  /** Hides the filter controls; the filter attributes still apply. */
  @property({ attribute: 'no-filters', type: Boolean }) noFilters = false;

  /** The cards' variant. */
  @property() variant: 'full' | 'compact' = 'compact';

  /** Passed to every card: where its call to action leads (see `<activity-card>`). */
  @property({ attribute: 'claim-href' }) claimHref?: string;

  /** Passed to every card: the visitor's IANA time zone, the browser's by default. */
  @property({ attribute: 'visitor-time-zone' }) visitorTimeZone = '';

  /** Pages after the first, as "Show more" added them. */
  @state() private more: Activity[] = [];
  /** Where the next page starts; `undefined` until a further page was loaded. */
  @state() private moreCursor: string | null | undefined;
  @state() private moreError: ApiError | undefined;
  @state() private loadingMore = false;
  @state() private facets: Facets | undefined;

  /** The first page of the current query: this device's copy at once, then the API's. */
  private readonly firstPage = new ResourceController(this, {
    args: () => [this.config.repository, JSON.stringify(this.query()), this.config.cacheTtl] as const,
    read: ([repository, query, ttl], signal) => repository?.list(JSON.parse(query) as ActivityQuery, ttl, signal),
  });

  /** The first page shown, and the query it answers: further pages continue that query. */
  private shownFirst: ActivityPage | null | undefined;
  private shownQuery: ActivityQuery = {};
  private facetsOf: Repository | undefined;
  private abortMore: AbortController | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Index of the first card of the page just added, to move focus to it. */
  private focusIndex: number | undefined;

  constructor() {
    super();
    new ReloadWhenOnline(this, () => [this.firstPage]);
    new ReportLoadErrors(this, () => [this.firstPage]);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abortMore?.abort();
    this.loadingMore = false;
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const repository = this.config.repository;
    if (repository && repository !== this.facetsOf) {
      this.facetsOf = repository;
      repository.facets().then(
        (facets) => repository === this.facetsOf && (this.facets = facets),
        // Without facets the list still filters by text and time.
        () => repository === this.facetsOf && (this.facets = { organisers: [], skills: [], categories: [] }),
      );
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    // The first page's controller has just taken the current query (a new query clears its
    // value), so the first page shown is always this query's. A new first page, cached or fresh,
    // starts the list over from it.
    const first = this.firstPage.value;
    if (first !== this.shownFirst) {
      this.abortMore?.abort();
      Object.assign(this, { shownFirst: first, shownQuery: this.query(), more: [], moreCursor: undefined, moreError: undefined, loadingMore: false });
    }
    super.update(changed);
  }

  protected override updated(): void {
    // The page of activities is on its way: the wait builds the cards' date formatters.
    if (this.firstPage.status === 'loading') {
      prepareEventTimesSoon(this.localize.lang, this.variant === 'full' ? 'long' : 'short', this.visitorTimeZone);
    }
    if (this.focusIndex === undefined) return;
    this.renderRoot.querySelectorAll<HTMLElement>('[part="item"]')[this.focusIndex]?.focus();
    this.focusIndex = undefined;
  }

  /** Activities per page, as asked of the API. */
  private get pageSize(): number {
    return Math.min(Math.max(Math.round(this.limit) || 12, 1), 100);
  }

  private query(): ActivityQuery {
    const query: ActivityQuery = { limit: this.pageSize };
    if (this.organiser) query.organiser = this.organiser;
    if (this.skill) query.skill = this.skill;
    if (this.category) query.category = this.category;
    if (this.when) query.when = this.when;
    if (this.q.trim()) query.q = this.q.trim();
    return query;
  }

  private get items(): Activity[] {
    return [...(this.firstPage.value?.items ?? []), ...this.more];
  }

  /** Where the next page starts; none while the first page is shown from this device because the API failed. */
  private get nextCursor(): string | null {
    if (this.firstPage.offline) return null;
    return this.moreCursor === undefined ? (this.firstPage.value?.nextCursor ?? null) : this.moreCursor;
  }

  /** Loads the page after those shown, for the query they were shown for. */
  private async loadMore(): Promise<void> {
    const repository = this.config.repository;
    const cursor = this.nextCursor;
    if (!repository || !cursor) return;
    this.abortMore?.abort();
    const abort = (this.abortMore = new AbortController());
    Object.assign(this, { loadingMore: true, moreError: undefined });
    try {
      const page = await repository.listPage({ ...this.shownQuery, cursor }, abort.signal);
      if (abort.signal.aborted) return;
      this.focusIndex = this.items.length;
      this.more = [...this.more, ...page.items];
      this.moreCursor = page.nextCursor;
    } catch (error) {
      if (abort.signal.aborted) return;
      const failure = (this.moreError = error instanceof ApiError ? error : new ApiError('bad_response', String(error)));
      emit(this, 'lc-error', { code: failure.code, message: failure.message });
    } finally {
      if (!abort.signal.aborted) this.loadingMore = false;
    }
  }

  private get filtered(): boolean {
    return !!(this.organiser || this.skill || this.category || this.when || this.q);
  }

  private clearFilters(): void {
    clearTimeout(this.searchTimer);
    Object.assign(this, { organiser: '', skill: '', category: '', when: '', q: '' });
    this.renderRoot.querySelector<HTMLInputElement>('[part="search"]')!.value = '';
  }

  private onSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => (this.q = value), SEARCH_DELAY);
  }

  /** Enter in the search field searches at once. */
  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    clearTimeout(this.searchTimer);
    this.q = this.renderRoot.querySelector<HTMLInputElement>('[part="search"]')!.value;
  }

  override render() {
    const { status, offline, storedAt } = this.firstPage;
    const own = status === 'loading' || status === 'complete';
    return html`<slot ?hidden=${own}></slot>
      ${status === 'idle'
        ? nothing
        : html`<section part="base" class="base" lang=${this.localize.lang} dir=${this.localize.dir}>
            ${this.noFilters ? nothing : this.renderFilters()}
            <p part="count" class="count" role="status">${this.countText()}</p>
            ${offline && storedAt
              ? html`<p part="offline" class="notice offline">${this.localize.term('shownOffline', storedAt)}</p>`
              : nothing}
            ${status === 'error'
              ? errorNotice(this.localize, this.firstPage.error, 'listLoadError', () => this.firstPage.reload())
              : nothing}
            ${status === 'complete' && this.items.length === 0 && this.filtered
              ? html`<div part="empty" class="empty">
                  <button part="clear" class="button" type="button" @click=${this.clearFilters}>
                    ${this.localize.term('clearFilters')}
                  </button>
                </div>`
              : nothing}
            ${this.renderItems()}
            ${own ? html`<div class="more-row">${status === 'complete' ? this.renderMore() : nothing}</div>` : nothing}
          </section>`}`;
  }

  private countText(): string {
    if (this.firstPage.status !== 'complete') return '';
    const { length } = this.items;
    return length === 0 ? this.localize.term('noActivities') : this.localize.term('activitiesShown', length);
  }

  private renderFilters() {
    const { term } = this.localize;
    const facets = this.facets;
    // Until the facets arrive, their selects are there (offering only "all"), so the form keeps its size.
    const select = (label: TextKey, any: TextKey, value: string, options: Facet[] | undefined, set: (v: string) => void) =>
      !options || options.length > 0
        ? html`<label part="filter" class="field">
            <span class="label">${term(label)}</span>
            <select ?disabled=${!options} @change=${(event: Event) => set((event.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!value}>${term(any)}</option>
              ${(options ?? []).map((option) => html`<option value=${option.id} ?selected=${option.id === value}>${option.name}</option>`)}
            </select>
          </label>`
        : nothing;
    return html`<form part="filters" class="filters" role="search" aria-label=${term('filtersLabel')} @submit=${this.onSubmit}>
      <label class="field search">
        <span class="label">${term('searchLabel')}</span>
        <input part="search" type="search" .value=${this.q} @input=${this.onSearchInput} autocomplete="off" />
      </label>
      ${select('organiserLabel', 'allOrganisers', this.organiser, facets?.organisers, (v) => (this.organiser = v))}
      ${select('skillLabel', 'allSkills', this.skill, facets?.skills, (v) => (this.skill = v))}
      ${select('categoryLabel', 'allCategories', this.category, facets?.categories, (v) => (this.category = v))}
      ${select(
        'whenLabel',
        'anyTime',
        this.when,
        [
          { id: 'upcoming', name: term('upcoming') },
          { id: 'past', name: term('past') },
        ],
        (v) => (this.when = v as ActivityList['when']),
      )}
      ${this.filtered
        ? html`<button part="clear" class="button" type="button" @click=${this.clearFilters}>${term('clearFilters')}</button>`
        : nothing}
    </form>`;
  }

  /**
   * A page's worth of placeholders, each the size of the card it stands for, so that neither
   * the list nor the page around it moves when the cards arrive.
   */
  private skeletons() {
    return Array.from({ length: this.pageSize }, () => html`<li part="skeleton" class="skeleton ${this.variant === 'full' ? 'full' : 'compact'}" aria-hidden="true"></li>`);
  }

  private renderItems() {
    if (this.firstPage.status === 'loading') return html`<ul part="items" class="items" aria-hidden="true">${this.skeletons()}</ul>`;
    if (this.items.length === 0) return nothing;
    return html`<ul part="items" class="items" aria-busy=${this.loadingMore ? 'true' : 'false'}>
      ${this.items.map(
        (activity) => html`<li part="item" tabindex="-1">
          <activity-card
            part="card"
            exportparts=${EXPORTED_PARTS}
            activity-id=${activity.id}
            variant=${this.variant}
            .headingLevel=${this.headingLevel}
            .api=${this.api}
            .lang=${this.lang}
            claim-href=${ifDefined(this.claimHref)}
            visitor-time-zone=${this.visitorTimeZone}
          ></activity-card>
        </li>`,
      )}
      ${this.loadingMore ? this.skeletons() : nothing}
    </ul>`;
  }

  private renderMore() {
    if (this.moreError) return errorNotice(this.localize, this.moreError, 'listLoadError', () => void this.loadMore());
    if (!this.nextCursor) return nothing;
    // Both labels take their room, the one not shown hidden, so the button keeps its width.
    return html`<button
      part="more"
      class="button more"
      type="button"
      aria-disabled=${this.loadingMore ? 'true' : 'false'}
      @click=${() => this.loadingMore || void this.loadMore()}
    >
      <span class=${this.loadingMore ? 'unshown' : ''}>${this.localize.term('showMore')}</span>
      <span class=${this.loadingMore ? '' : 'unshown'}>${this.localize.term('loading')}</span>
    </button>`;
  }
}

/** The cards' main parts, styleable from the page as `activity-list::part(card-title)`. */
const EXPORTED_PARTS = ['base', 'media', 'image', 'body', 'title', 'when', 'place', 'description', 'claim']
  .map((part) => `${part}:card-${part}`)
  .join(', ');
