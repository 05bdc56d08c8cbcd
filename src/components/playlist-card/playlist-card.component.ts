import { nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html } from 'lit/static-html.js';
import type { Activity, Badge, Playlist, PlaylistStep } from '../../api/types.js';
import type { ClaimWords } from '../../i18n/claim-messages.js';
import { eventTime, visitorTimeZone } from '../../i18n/format.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { PATH_CLAIM_MESSAGES } from '../../i18n/path-claim-messages.js';
import type { PlaylistMessages } from '../../i18n/playlist/en.js';
import { ResourceController } from '../../internal/resource-controller.js';
import { HeadedElement } from '../../internal/headed-element.js';
import { pathProgress, readPlaylist, stepActivities, type PathProgress } from '../../repository/playlists.js';
import { shared } from '../../styles/shared.js';
import { ClaimDrafts } from '../badge-claim/claim-drafts.js';
import { claimFields } from '../badge-claim/claim-fields.styles.js';
import { ClaimForm, type FieldErrors, type FieldKey } from '../badge-claim/claim-form.js';
import { ClaimSender } from '../badge-claim/claim-sender.js';
import { loadingState, ReloadWhenOnline, ReportLoadErrors, resourceStates, showsOwnContent } from '../shared/resource-states.js';
import { claimUrl } from '../shared/templates.js';
import { styles } from './playlist-card.styles.js';

/** The fields of the path's claim form, in the order they are shown (and focused on an error). */
const IDENTIFY: FieldKey[] = ['name', 'email', 'consent'];

/**
 * A learning path (playlist): its name, image, description and organiser, its activities in
 * order (each with its date and place, required or optional, done or not), the visitor's progress
 * from the badges issued on this device, a link to the next step, and, once the path is complete,
 * the claim of the path's own badge, which sends this device's claims for the steps as proof.
 * Works offline from this device's cache like the other widgets; a claim made offline is sent
 * when the connection is back.
 *
 * Whatever the page puts inside the element is shown until the kit has loaded, and again
 * whenever the path cannot be shown.
 *
 * @summary Shows one learning path and the visitor's progress along it.
 * @tag playlist-card
 *
 * @slot - Fallback content, shown before the kit loads and when the path cannot be shown.
 *
 * @fires lc-claim - The claim of the path's badge was sent or queued (`{ claimId, badgeId, status }`).
 * @fires lc-error - The path could not be loaded and there is nothing cached to show, or its
 * badge's claim was refused (`{ code, message }`).
 *
 * @csspart base - The card.
 * @csspart media - The image's frame (a placeholder when there is no image).
 * @csspart image - The path's image.
 * @csspart body - Everything below the image.
 * @csspart name - The path's name.
 * @csspart description - The description.
 * @csspart organiser - Who curates the path.
 * @csspart progress - The progress: its label, bar and "3 of 5".
 * @csspart progress-bar - The progress bar.
 * @csspart progress-text - "3 of 5".
 * @csspart optional-needed - How many optional steps complete the path.
 * @csspart steps - The list of steps.
 * @csspart step - One step; a done step also has the part `done`.
 * @csspart done - A step that is done.
 * @csspart step-details - A step's date and place.
 * @csspart next - The link to the next step.
 * @csspart complete - The notice that the path is complete.
 * @csspart claim-form - The form that claims the path's badge.
 * @csspart field - One field of that form.
 * @csspart field-error - The error shown under a field.
 * @csspart claim - The button that claims the path's badge.
 * @csspart claimed - The notice that this device has the path's badge or a claim for it.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart not-found - The notice that the path does not exist.
 * @csspart error - The error notice.
 * @csspart retry - The button that loads the path again after an error.
 * @csspart offline - The notice that the path is shown from this device's cache.
 *
 * @cssprop --lc-playlist-card-padding - Space inside the card (default `--lc-space-m`).
 * @cssprop --lc-playlist-card-progress-height - Height of the progress bar (default `0.75rem`).
 * @cssprop --lc-playlist-card-body-size - Height the card reserves below its image while loading and keeps once loaded
 * (its text and steps, with its padding), so that nothing below moves (default: a four-step path's, from `124rem` on a
 * 16rem-wide card down to `52rem` from a 52.5rem-wide one). A longer path grows past it; set it for your own paths.
 */
export class PlaylistCard extends HeadedElement {
  static override styles = [HeadedElement.styles, shared, claimFields, styles];
  // The path's badge is claimed with the claim form's parts, in its words.
  protected static override messages = PATH_CLAIM_MESSAGES;
  protected declare readonly localize: LocalizeController<ClaimWords & PlaylistMessages>;

  /** Id of the learning path in the badge API. */
  @property({ attribute: 'playlist-id' }) playlistId = '';

  /**
   * Where a step links to: a URL template with `{activityId}` (and `{badgeId}`), e.g.
   * `/activity?id={activityId}`. Without it a step links to the activity's own page, when it has one.
   */
  @property({ attribute: 'activity-href' }) activityHref?: string;


  /** What the live region says (progress of a claim, its result). */
  @state() private announcement = '';

  private readonly playlist = new ResourceController(this, {
    args: () => [this.playlistId, this.config.repository, this.config.cacheTtl] as const,
    read: ([id, repository, ttl], signal) => (id && repository ? readPlaylist(repository, id, ttl, signal) : undefined),
    reloadOn: ([id, repository], change) => !!repository?.changed(change, 'playlist', id),
  });

  /** The steps' activities, read as the activity cards read them (batched and cached). */
  private readonly activities = new ResourceController(this, {
    args: () => [this.playlist.value?.steps.map((step) => step.activityId).join('\n') ?? '', this.config.repository, this.config.cacheTtl] as const,
    read: ([ids, repository, ttl], signal) => (ids && repository ? stepActivities(repository, ids.split('\n'), ttl, signal) : undefined),
  });

  /** The path's own badge: its name and image for the claim. */
  private readonly badge = new ResourceController(this, {
    args: () => [this.playlist.value?.badgeId ?? '', this.config.repository, this.config.cacheTtl] as const,
    read: ([id, repository, ttl], signal) => (id && repository ? repository.badge(id, ttl, signal) : undefined),
  });

  /** This device's claims for the API, again whenever a tab sends, refreshes or forgets them. */
  private readonly kept = new ResourceController(this, {
    args: () => [this.config.repository] as const,
    read: ([repository]) => repository?.deviceClaims(),
    reloadOn: (_, change) => change.kind !== 'entities',
  });

  private readonly form = new ClaimForm(this, this.localize, () => this.drafts.save());
  private readonly drafts = new ClaimDrafts(
    this,
    this.form,
    () => {
      const { repository } = this.config;
      const badgeId = this.playlist.value?.badgeId;
      return repository && badgeId ? { repository, badgeId } : undefined;
    },
    () => '',
  );
  private readonly sender = new ClaimSender(this, () => this.config.repository, this.localize, (text) => (this.announcement = text));

  constructor() {
    super();
    new ReloadWhenOnline(this, () => [this.playlist, this.activities, this.badge]);
    new ReportLoadErrors(this, () => [this.playlist]);
  }

  override render() {
    return html`<slot ?hidden=${showsOwnContent(this.playlist)}></slot>
      ${this.playlist.status === 'idle'
        ? nothing
        : html`<article
            part="base"
            class="card"
            lang=${this.localize.lang}
            dir=${this.localize.dir}
            aria-busy=${this.playlist.status === 'loading' || this.waitingForSteps ? 'true' : 'false'}
          >
            ${this.waitingForSteps
              ? loadingState(this.localize, this.renderSkeleton)
              : resourceStates(this.playlist, this.localize, {
                  skeleton: this.renderSkeleton,
                  loaded: (playlist) => this.renderPlaylist(playlist),
                  notFound: 'playlistNotFound',
                  loadError: 'playlistLoadError',
                })}
            <p class="sr-only" role="status" aria-live="polite">${this.announcement}</p>
          </article>`}`;
  }

  /**
   * The path waits in its skeleton for its steps' activities, so that the steps appear at once
   * with their titles and dates and nothing inside the card moves when they arrive.
   */
  private get waitingForSteps(): boolean {
    return this.playlist.status === 'complete' && !!this.playlist.value && this.activities.status === 'loading';
  }

  /** Placeholders in the loaded card's layout: its image, name, description, organiser and steps. */
  private readonly renderSkeleton = () =>
    html`<div part="skeleton" class="skeleton-layout" aria-hidden="true">
      <div class="media skeleton"></div>
      <div class="body">
        <span class="skeleton line title-line"></span>
        ${[1, 2, 3].map(() => html`<span class="skeleton line"></span>`)}
        <span class="skeleton line short"></span>
        ${[1, 2, 3, 4].map(() => html`<span class="skeleton step"></span>`)}
      </div>
    </div>`;

  private renderPlaylist(playlist: Playlist) {
    const { term } = this.localize;
    const t = this.localize.term;
    const content = playlist.language || undefined;
    const progress = pathProgress(playlist, this.kept.value?.claims ?? []);
    const activities = new Map((this.activities.value ?? []).map((activity) => [activity.id, activity]));
    const optional = playlist.steps.filter((step) => !step.required).length;
    const next = progress.next && activities.get(progress.next.activityId);
    return html`<div part="media" class="media">
        ${playlist.imageUrl ? html`<img part="image" src=${playlist.imageUrl} alt=${playlist.imageAlt ?? ''} width="640" height="360" />` : nothing}
      </div>
      <div part="body" class="body">
        <${this.headingTag()} part="name" class="heading" lang=${ifDefined(content)}>${playlist.name}</${this.headingTag()}>
        ${playlist.description ? html`<p part="description" class="text" lang=${ifDefined(content)}>${playlist.description}</p>` : nothing}
        <p part="organiser" class="muted">
          <span class="label">${term('organiserLabel')}</span>
          ${playlist.organiser.url ? html`<a href=${playlist.organiser.url}>${playlist.organiser.name}</a>` : playlist.organiser.name}
        </p>
        <div part="progress">
          <span class="label" id="progress-label">${t('playlistProgressLabel')}</span>
          <progress
            part="progress-bar"
            max=${progress.total}
            .value=${progress.count}
            aria-labelledby="progress-label"
            aria-valuetext=${t('playlistProgress', progress.count, progress.total)}
          ></progress>
          <span part="progress-text" aria-hidden="true">${t('playlistProgress', progress.count, progress.total)}</span>
        </div>
        ${optional > 0 ? html`<p part="optional-needed" class="muted">${t('playlistOptionalNeeded', playlist.optionalNeeded, optional)}</p>` : nothing}
        <ol part="steps" class="steps" aria-label=${t('playlistStepsLabel')}>
          ${playlist.steps.map((step, i) => this.renderStep(step, i, activities.get(step.activityId), progress))}
        </ol>
        ${next && !progress.complete
          ? html`<p>
              <a part="next" class="button primary" href=${ifDefined(this.activityLink(progress.next!, next))}
                >${t('playlistNext', next.title)}</a
              >
            </p>`
          : nothing}
        ${progress.complete ? this.renderComplete(playlist, progress) : nothing}
      </div>`;
  }

  private renderStep(step: PlaylistStep, index: number, activity: Activity | undefined, progress: PathProgress) {
    const { term } = this.localize;
    const t = this.localize.term;
    const done = progress.done.has(step.activityId);
    const href = activity && this.activityLink(step, activity);
    const title = activity ? (href ? html`<a href=${href}>${activity.title}</a>` : activity.title) : nothing;
    return html`<li part=${done ? 'step done' : 'step'}>
      <span class="marker" aria-hidden="true">${done ? '✓' : index + 1}</span>
      <div class="step-text">
        ${activity
          ? html`<p class="step-title" lang=${ifDefined(activity.language || undefined)}>${title}</p>
              <p part="step-details" class="muted">
                <time datetime=${activity.startsAt}>${eventTime(this.localize.lang, activity, visitorTimeZone(), 'short').event}</time>
                · <span lang=${ifDefined(activity.language || undefined)}>${activity.location?.name ?? term('online')}</span>
              </p>`
          : nothing}
        <p class="tags">
          <span class="chip">${t(step.required ? 'playlistRequired' : 'playlistOptional')}</span>
          <span class="chip">${t(done ? 'playlistStepDone' : 'playlistStepOpen')}</span>
        </p>
      </div>
    </li>`;
  }

  /** Where a step links to: the page's template, or the activity's own page. */
  private activityLink(step: PlaylistStep, activity: Activity): string | undefined {
    return this.activityHref ? claimUrl(this.activityHref, step.badgeId, step.activityId) : activity.url;
  }

  /** The path is complete: this device's claim of its badge, or the form that claims it. */
  private renderComplete(playlist: Playlist, progress: PathProgress) {
    const { term } = this.localize;
    const t = this.localize.term;
    const result = this.sender.result;
    const kept = this.kept.value?.claims.find((claim) => claim.badgeId === playlist.badgeId && claim.status !== 'rejected');
    const queued = result?.kind === 'queued' || this.kept.value?.queued.some((record) => record.badgeId === playlist.badgeId && !record.error);
    const claimed = kept
      ? html`<p part="claimed" class="notice">
          ${kept.status === 'issued' ? t('playlistClaimed') : term('myBadgesPending')}
          ${kept.assertionUrl ? html`<a href=${kept.assertionUrl} target="_blank" rel="noopener">${term('claimAssertion')}</a>` : nothing}
        </p>`
      : queued
        ? html`<p part="claimed" class="notice offline">${term('claimQueued')}</p>`
        : undefined;
    return html`<p part="complete" class="notice">${t('playlistComplete')}</p>
      ${claimed ?? this.renderClaimForm(this.badge.value, progress)}`;
  }

  private renderClaimForm(badge: Badge | null | undefined, progress: PathProgress) {
    const { term } = this.localize;
    const t = this.localize.term;
    if (!badge) return this.badge.status === 'loading' ? html`<span class="skeleton line"></span>` : nothing;
    const { fields, errors } = this.form;
    const formError = Object.entries(errors).find(([key]) => !IDENTIFY.includes(key as FieldKey))?.[1];
    return html`<form part="claim-form" novalidate aria-labelledby="claim-heading" @submit=${(e: Event) => this.submit(e, badge, progress)}>
      <${this.headingTag(1)} class="heading" id="claim-heading">${t('playlistClaimTitle', badge.name)}</${this.headingTag(1)}>
      <p class="muted">${t('playlistClaimIntro')}</p>
      ${this.renderInput('name', term('claimName'), 'text', 'name')} ${this.renderInput('email', term('claimEmail'), 'email', 'email')}
      <div part="field" class="consent">
        <input
          id="consent"
          type="checkbox"
          .checked=${live(fields.consent)}
          aria-invalid=${errors.consent ? 'true' : 'false'}
          aria-describedby=${errors.consent ? 'consent-error' : nothing}
          @change=${(e: Event) => this.form.set({ consent: (e.target as HTMLInputElement).checked })}
        />
        <label for="consent">${term('claimConsent', badge.issuer.name)}</label>
        ${this.renderError('consent', errors.consent)}
      </div>
      ${formError ? html`<p part="field-error" class="error" id="form-error" role="alert" tabindex="-1">${formError}</p>` : nothing}
      <p>
        <button part="claim" class="button primary" type="submit" ?disabled=${this.sender.submitting}>${t('playlistClaim')}</button>
      </p>
    </form>`;
  }

  private renderInput(name: 'name' | 'email', label: string, type: string, autocomplete: string) {
    const error = this.form.errors[name];
    return html`<div part="field">
      <label for=${name}>${label}</label>
      <input
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        .value=${live(this.form.fields[name])}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${name}-error` : nothing}
        @input=${(e: Event) => this.form.set({ [name]: (e.target as HTMLInputElement).value })}
      />
      ${this.renderError(name, error)}
    </div>`;
  }

  private renderError(field: FieldKey, message: string | undefined) {
    return message ? html`<p part="field-error" class="error" id="${field}-error">${message}</p>` : nothing;
  }

  /** Claims the path's badge with this device's claims for its steps as proof; what was typed stays on a refusal. */
  private async submit(event: Event, badge: Badge, progress: PathProgress): Promise<void> {
    event.preventDefault();
    const problems = this.form.checkIdentify();
    if (Object.keys(problems).length > 0) return this.showErrors(problems);
    this.form.show({});
    const refused = await this.sender.submit(badge, { ...this.form.submission(badge), proofClaims: progress.proofs }, []);
    if (refused) {
      const key = Object.keys(refused)[0] as FieldKey;
      // The API does not count some steps (revoked, or issued to another address): say so plainly.
      return this.showErrors(key === ('proofClaims' as FieldKey) ? { form: this.localize.term('playlistIncomplete') } : refused);
    }
    await this.drafts.discard();
  }

  private async showErrors(errors: FieldErrors): Promise<void> {
    this.form.show(errors);
    await this.updateComplete;
    const first = IDENTIFY.find((field) => errors[field]);
    this.renderRoot.querySelector<HTMLElement>(first ? `#${first}` : '#form-error')?.focus();
  }
}
