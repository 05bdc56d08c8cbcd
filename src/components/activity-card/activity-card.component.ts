import { nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html } from 'lit/static-html.js';
import type { Activity, Badge, Place } from '../../api/types.js';
import { eventTime, formatDuration, prepareEventTimesSoon, type EventTime } from '../../i18n/format.js';
import { HeadedElement } from '../../internal/headed-element.js';
import { shared } from '../../styles/shared.js';
import { ResourceController } from '../../internal/resource-controller.js';
import { ReloadWhenOnline, ReportLoadErrors, resourceStates, showsOwnContent } from '../shared/resource-states.js';
import { claimAction, skillChips } from '../shared/templates.js';
import type { CalendarLinks } from './calendar-links.js';
import type { PlaylistList } from './playlist-list.js';
import { styles } from './activity-card.styles.js';

/** A map for a place: its coordinates when known, else a search for its address. */
function mapUrl(place: Place): string {
  if (place.lat !== undefined && place.lng !== undefined) {
    return `https://www.openstreetmap.org/?mlat=${place.lat}&mlon=${place.lng}#map=17/${place.lat}/${place.lng}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(place.address ?? place.name)}`;
}

/**
 * An activity's date, time and time to complete as the cards show them, worked out once per
 * language, length and visitor's zone: a card shows its activity several times over as its parts
 * arrive, and a page of many cards often shows the same activity more than once.
 */
const shownTimes = new Map<string, [when: EventTime, duration: string | undefined]>();
function activityTimes(lang: string, activity: Activity, visitorZone: string, length: 'long' | 'short') {
  const { startsAt, endsAt, timeZone, duration } = activity;
  const key = [lang, length, visitorZone, startsAt, endsAt, timeZone, duration].join(' ');
  let times = shownTimes.get(key);
  if (!times) {
    times = [eventTime(lang, activity, visitorZone, length), duration ? formatDuration(lang, duration) : undefined];
    shownTimes.set(key, times);
  }
  return times;
}

/** The module that makes the `Event` data, asked for once per page rather than once per card. */
let eventDataModule: Promise<typeof import('./event-data.js')> | undefined;

/**
 * How long a card waits for its activity before its skeleton shimmers: this device's cache
 * answers within it, and a card shown from the cache then never flashes placeholders.
 */
const SKELETON_DELAY_MS = 300;

/** A broken cover or badge image gives way to the placeholder behind it. */
const hideBroken = (event: Event) => ((event.target as HTMLImageElement).hidden = true);

/**
 * One learning activity as on its Cities of Learning page: cover, title, date and time in the
 * event's own time zone, place or online link, description, organiser, category, time to
 * complete, skills, its badge, how many playlists (learning paths) include it (the full card opens
 * the list of them, each name linked with `playlist-href`), "add to calendar" (full card), and a
 * call to action to get the badge. The activity's text carries its own `lang`; the widget's labels
 * follow the UI language.
 *
 * Whatever the page puts inside the element (a link to the activity page, say) is shown until
 * the kit has loaded, and again whenever the activity cannot be shown. Once the activity is shown,
 * the element also holds it as schema.org `Event` microdata (a hidden child), for search engines.
 *
 * @summary Shows one learning activity from the badge API.
 * @tag activity-card
 *
 * @slot - Fallback content, shown before the kit loads and when the activity cannot be shown.
 *
 * @fires lc-claim-start - The visitor asked to get the activity's badge (`{ badgeId, activityId }`).
 * Cancel it to open the claim in place; otherwise, with `claim-href`, the browser follows the link.
 * @fires lc-error - The activity could not be loaded and there is nothing cached to show (`{ code, message }`).
 *
 * @csspart base - The card.
 * @csspart media - The cover image's frame (a placeholder when there is no image).
 * @csspart image - The cover image.
 * @csspart body - Everything below (or, compact, beside) the cover.
 * @csspart title - The activity's title.
 * @csspart details - The list of when, where, organiser, category and time to complete.
 * @csspart when - Date and time.
 * @csspart visitor-time - The same time on the visitor's clock, when their time zone differs.
 * @csspart place - Where it happens, or that it is online.
 * @csspart organiser - The organiser.
 * @csspart category - The category.
 * @csspart duration - Time to complete.
 * @csspart description - The description (the full card shows its first lines until the visitor asks for more).
 * @csspart description-toggle - The button that shows the whole description, or its first lines again.
 * @csspart skills - The skills section.
 * @csspart skill - One skill chip.
 * @csspart playlists - "Added to N playlists"; on the full card, the button that opens the list of them.
 * @csspart playlist-list - The list of the learning paths that include the activity.
 * @csspart playlist - One learning path in that list.
 * @csspart calendar - "Add to calendar" (full card): the .ics file from the API, Google Calendar and Outlook.
 * @csspart badge - The badge's thumbnail and name.
 * @csspart claim - The call to action to get the badge.
 * @csspart skeleton - The placeholder shown while loading: the card's frame, with shimmering blocks once loading takes
 * longer than a moment (an activity this device has kept shows without them).
 * @csspart not-found - The notice that the activity does not exist.
 * @csspart error - The error notice.
 * @csspart retry - The button that loads the activity again after an error.
 * @csspart offline - The notice that the card is shown from this device's cache.
 *
 * @cssprop --lc-activity-card-padding - Space inside the card (default `--lc-space-m`).
 * @cssprop --lc-activity-card-media-ratio - Aspect ratio of the full card's cover (default `16 / 9`).
 * @cssprop --lc-activity-card-thumbnail-size - Size of the compact card's image (default `6rem`).
 * @cssprop --lc-activity-card-placeholder - Background behind or instead of the cover image.
 * @cssprop --lc-activity-card-description-lines - Lines of the full card's description shown before "Read more" (default `5`).
 * @cssprop --lc-activity-card-body-size - Height the full card's body reserves while loading and keeps once loaded, so
 * that nothing below moves (default `66rem`, `47rem` from a 30rem-wide card). Raise it when your activities carry
 * more text; content taller than this still shows, but pushes the page down once.
 * @cssprop --lc-activity-card-compact-size - Height the compact card reserves and keeps (default `16.25rem`).
 */
export class ActivityCard extends HeadedElement {
  static override styles = [HeadedElement.styles, shared, styles];

  /** Id of the activity in the badge API. */
  @property({ attribute: 'activity-id' }) activityId = '';

  /** `full` shows everything; `compact` is a short summary for lists. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /**
   * Where the call to action leads: a URL template with `{badgeId}` and `{activityId}`, e.g.
   * `/claim?badge={badgeId}`. Without it the call to action only fires `lc-claim-start`.
   */
  @property({ attribute: 'claim-href' }) claimHref?: string;

  /**
   * Where a learning path's name links to in the list of paths that include the activity: a URL
   * template with `{playlistId}`, e.g. `/path?id={playlistId}`. Without it the names are not links.
   */
  @property({ attribute: 'playlist-href' }) playlistHref?: string;

  /**
   * The visitor's IANA time zone, to tell whether to name the event's zone and show the visitor's
   * own time. Defaults to the browser's.
   */
  @property({ attribute: 'visitor-time-zone' }) visitorTimeZone = '';

  /** Whether the visitor opened the whole description. */
  @state() private descriptionOpen = false;

  /** Whether the visitor opened the list of learning paths that include the activity. */
  @state() private playlistsOpen = false;

  /** The "add to calendar" links, made when the visitor first opens them. */
  @state() private calendar?: { id: string; links: CalendarLinks };

  /** The list of learning paths that include the activity, loaded when the visitor first opens it. */
  private playlistList?: PlaylistList;

  /** Whether the activity being loaded took longer than {@link SKELETON_DELAY_MS} (then the skeleton shimmers). */
  private slow = false;
  private slowTimer?: ReturnType<typeof setTimeout>;

  /** Whether the description is longer than the lines shown (only then is "Read more" offered). */
  @state() private descriptionClamped = false;

  private readonly descriptionSize = new ResizeObserver(([entry]) => this.measureDescription(entry!.target));
  private observedDescription?: Element;

  /** The activity whose `Event` data the card has placed (or is placing) in its light DOM. */
  private eventDataFor?: Activity;

  private readonly activity = new ResourceController(this, {
    args: () => [this.activityId, this.config.repository, this.config.cacheTtl] as const,
    read: ([id, repository, ttl], signal) => (id && repository ? repository.activity(id, ttl, signal) : undefined),
    reloadOn: ([id, repository], change) => !!repository?.changed(change, 'activity', id),
  });

  /** The activity's badge, for its thumbnail and name (full cards only). */
  private readonly badge = new ResourceController(this, {
    args: () =>
      [this.variant === 'full' ? this.activity.value?.badgeId : undefined, this.config.repository, this.config.cacheTtl] as const,
    read: ([id, repository, ttl], signal) => (id && repository ? repository.badge(id, ttl, signal) : undefined),
    reloadOn: ([id, repository], change) => !!id && !!repository?.changed(change, 'badge', id),
  });

  constructor() {
    super();
    new ReloadWhenOnline(this, () => [this.activity]);
    new ReportLoadErrors(this, () => [this.activity]);
  }

  override updated(): void {
    // Its read has gone out: the wait builds the date formatters the activity will need.
    if (this.activity.status === 'loading') {
      prepareEventTimesSoon(this.localize.lang, this.variant === 'full' ? 'long' : 'short', this.visitorTimeZone);
      this.slowTimer ??= setTimeout(() => {
        this.slow = true;
        this.requestUpdate();
      }, SKELETON_DELAY_MS);
    } else {
      clearTimeout(this.slowTimer);
      this.slowTimer = undefined;
      this.slow = false;
    }
    this.placeEventData();
    const description = this.shadowRoot!.getElementById('description');
    if (description === this.observedDescription) return;
    this.descriptionSize.disconnect();
    this.observedDescription = description ?? undefined;
    if (description) this.descriptionSize.observe(description);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.descriptionSize.disconnect();
    this.observedDescription = undefined;
  }

  /**
   * The activity as schema.org `Event` microdata in the card's light DOM, where search engines
   * read it (see event-data.ts), once per activity; its module loads after the card has shown.
   */
  private placeEventData(): void {
    const activity = this.activity.value;
    if (!activity || activity === this.eventDataFor) return;
    this.eventDataFor = activity;
    void (eventDataModule ??= import('./event-data.js')).then(({ placeEventData }) => placeEventData(this, activity, () => this.activity.value === activity));
  }

  private measureDescription(description: Element): void {
    if (!this.descriptionOpen) this.descriptionClamped = description.scrollHeight > description.clientHeight + 1;
  }

  override render() {
    const own = showsOwnContent(this.activity);
    return html`<slot ?hidden=${own}></slot>${this.activity.status === 'idle'
        ? nothing
        : html`<article part="base" class="card ${this.variant}" lang=${this.localize.lang} dir=${this.localize.dir} aria-busy=${
            this.activity.status === 'loading' ? 'true' : 'false'
          }>${resourceStates(this.activity, this.localize, {
              skeleton: () => this.renderSkeleton(),
              loaded: (activity) => this.renderActivity(activity),
              notFound: 'activityNotFound',
              loadError: 'activityLoadError',
            })}</article>`}`;
  }

  /**
   * Placeholders in the loaded card's layout, inside the same reserved size: at first the card's
   * frame only, then (once the activity is slow to come) shimmering blocks where its text will be.
   */
  private renderSkeleton() {
    const slow = this.slow;
    return html`<div part="skeleton" class="skeleton-layout" aria-hidden="true"
      ><div class="media ${slow ? 'skeleton' : ''}"></div
      ><div class="body"
        >${slow
          ? html`<span class="skeleton line title-line"></span><span class="skeleton line"></span><span class="skeleton line short"></span
              >${this.variant === 'full'
                ? html`<span class="skeleton line"></span><span class="skeleton line"></span
                    ><span class="skeleton line short"></span><span class="skeleton button-block"></span>`
                : nothing}`
          : nothing}</div
      ></div
    >`;
  }

  private renderActivity(activity: Activity) {
    const full = this.variant === 'full';
    const { term } = this.localize;
    const { organiser } = activity;
    const content = activity.language || undefined;
    const [when, duration] = activityTimes(this.localize.lang, activity, this.visitorTimeZone, full ? 'long' : 'short');
    // The full card shows the details' labels; the compact one leaves them to screen readers.
    const label = full ? 'label' : 'sr-only';
    const heading = this.headingTag();

    // Few nodes per card, for pages of many: no white space between elements where the layout
    // ignores it anyway (flex and grid containers, lists).
    return html`<div part="media" class="media"
        >${activity.imageUrl
          ? // `loading` before `src`: an image the browser has in memory loads the moment it gets its `src`.
            html`<img part="image" loading=${this.coverLoading()} src=${activity.imageUrl} alt=${activity.imageAlt ?? ''} width="640" height="360" decoding="async" @error=${hideBroken} />`
          : nothing}</div
      ><div part="body" class="body"
        ><${heading} part="title" class="heading" lang=${ifDefined(content)}
          >${!full && activity.url ? html`<a href=${activity.url}>${activity.title}</a>` : activity.title}</${heading}
        ><dl part="details" class="details"
          ><dt class=${label}>${term('whenLabel')}</dt
          ><dd part="when"
            ><time datetime=${activity.startsAt}>${when.event}</time>${when.visitor && full
              ? html`<span part="visitor-time" class="muted">${term('visitorTime', when.visitor)}</span>`
              : nothing}</dd
          ><dt class=${label}>${term('whereLabel')}</dt
          ><dd part="place">${this.renderPlace(activity, full)}</dd
          >${full
            ? html`<dt class="label">${term('organiserLabel')}</dt
                ><dd part="organiser"
                  >${organiser.url ? html`<a href=${organiser.url}>${organiser.name}</a>` : organiser.name}</dd
                >${activity.category
                  ? html`<dt class="label">${term('categoryLabel')}</dt
                      ><dd part="category" lang=${ifDefined(content)}>${activity.category.name}</dd>`
                  : nothing}`
            : nothing}${duration ? html`<dt class=${label}>${term('durationLabel')}</dt><dd part="duration">${duration}</dd>` : nothing}</dl
        >${activity.description ? this.renderDescription(activity.description, content, full) : nothing}${full
          ? skillChips(term('skillsLabel'), activity.skills, content, this.headingTag(1))
          : nothing}${activity.playlistCount > 0
          ? full
            ? // "Added to N playlists" opens the list of them, each name linked.
              html`<button part="playlists" class="toggle action" aria-expanded=${this.playlistsOpen} @click=${this.togglePlaylists}>${term(
                  'playlists',
                  activity.playlistCount,
                )}</button>${this.playlistList?.render(this.playlistsOpen, this.playlistHref)}`
            : html`<p part="playlists" class="muted">${term('playlists', activity.playlistCount)}</p>`
          : nothing}${full ? this.renderCalendar(activity) : nothing}${full && activity.badgeId ? this.renderBadge(activity.badgeId) : nothing}</div>`;
  }

  /**
   * The first card of its page (or of its list) loads its cover at once: it is likely the largest
   * thing on the first screen. Any other waits until it comes near the viewport.
   */
  private coverLoading(): 'eager' | 'lazy' {
    return (this.getRootNode() as ParentNode).querySelector('activity-card') === this ? 'eager' : 'lazy';
  }

  /** "Add to calendar": a disclosure whose links are made (in a module of their own) when it opens. */
  private renderCalendar(activity: Activity) {
    const { term } = this.localize;
    const links = this.calendar?.id === activity.id ? this.calendar.links : undefined;
    return html`<details part="calendar" class="calendar" @toggle=${(event: Event) => this.openCalendar(event, activity)}
      ><summary class="action">${term('addToCalendar')}</summary>${links
        ? html`<ul>
            ${links.ics ? html`<li><a href=${links.ics} download>${term('calendarFile')}</a></li>` : nothing}
            <li><a href=${links.google} target="_blank" rel="noopener">Google Calendar</a></li>
            <li><a href=${links.outlook} target="_blank" rel="noopener">Outlook.com</a></li>
          </ul>`
        : nothing}</details
    >`;
  }

  private async openCalendar(event: Event, activity: Activity): Promise<void> {
    if (!(event.target as HTMLDetailsElement).open) return;
    const { calendarLinks } = await import('./calendar-links.js');
    this.calendar = { id: activity.id, links: calendarLinks(activity, this.config.api) };
  }

  private togglePlaylists = async () => {
    this.playlistsOpen = !this.playlistsOpen;
    // Loaded once (the module is cached); of two quick clicks, the first to arrive makes the list.
    const { PlaylistList } = await import('./playlist-list.js');
    this.playlistList ??= new PlaylistList(this, () => [this.activityId, this.config.repository, this.config.cacheTtl] as const, this.localize);
  };

  /**
   * The full card shows the description's first lines and a "Read more" button; the button keeps
   * its row (invisible) when the text fits, so the card's height does not depend on measuring it.
   */
  private renderDescription(description: string, lang: string | undefined, full: boolean) {
    const open = this.descriptionOpen;
    // No white space around the text inside <p>: descriptions keep their line breaks (pre-line).
    return html`<p part="description" id="description" class="text description ${open ? 'open' : ''}" lang=${ifDefined(lang)}
      >${description}</p
      >${full
        ? html`<button part="description-toggle" class="toggle action ${this.descriptionClamped || open ? '' : 'concealed'}" aria-controls="description"
            aria-expanded=${open ? 'true' : 'false'} @click=${() => (this.descriptionOpen = !open)}
          >${this.localize.term(open ? 'readLess' : 'readMore')}</button>`
        : nothing}`;
  }

  /** Where it happens; the full card adds a map link and the online link (a compact one links only its title). */
  private renderPlace({ location, onlineUrl, language }: Activity, full: boolean) {
    const { term } = this.localize;
    return html`${location
      ? html`<span lang=${ifDefined(language || undefined)}>${[location.name, location.address].filter(Boolean).join(', ')}</span>${full
            ? html`<a class="action" href=${mapUrl(location)}>${term('showOnMap')}</a>`
            : nothing}`
      : html`<span>${term('online')}</span>`}${full && onlineUrl ? html`<a class="action" href=${onlineUrl} rel="noopener">${term('joinOnline')}</a>` : nothing}`;
  }

  private renderBadge(badgeId: string) {
    const badge: Badge | null | undefined = this.badge.value;
    return html`<div part="badge" class="badge"
        ><span class="badge-image"
          >${badge?.imageUrl ? html`<img src=${badge.imageUrl} alt=${badge.imageAlt ?? ''} width="48" height="48" @error=${hideBroken} />` : nothing}</span
        ><span class="badge-text"
          ><span class="label">${this.localize.term('badgeLabel')}</span>${badge
            ? html`<strong>${badge.name}</strong>`
            : this.badge.status === 'loading'
              ? html`<span class="skeleton line"></span>`
              : nothing}</span
        ></div
      >${claimAction(this, this.localize.term('getActivityBadge'), this.claimHref, {
        badgeId,
        activityId: this.activityId,
      })}`;
  }
}
