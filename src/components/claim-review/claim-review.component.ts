import { nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html } from 'lit/static-html.js';
import { ApiError } from '../../api/errors.js';
import { MAX_COMMENT_LENGTH } from '../../api/organiser-client.js';
import type { Badge, Decision, EvidenceFile, ReviewClaim, ReviewPage } from '../../api/types.js';
import { relativeTime } from '../../i18n/format.js';
import type { Messages } from '../../i18n/locales/en.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { OrganiserMessages } from '../../i18n/organiser/en.js';
import { ORGANISER_MESSAGES } from '../../i18n/organiser-messages.js';
import { emit } from '../../internal/emit.js';
import { ResourceController } from '../../internal/resource-controller.js';
import { HeadedElement } from '../../internal/headed-element.js';
import { organiser } from '../../repository/organiser.js';
import type { QueuedReview } from '../../repository/repository.js';
import { shared } from '../../styles/shared.js';
import { formatBytes } from '../badge-claim/format-bytes.js';
import { loadingState, ReloadWhenOnline } from '../shared/resource-states.js';
import { styles } from './claim-review.styles.js';

/** Evidence shown as a picture in place; every other type is offered as a download. */
const PREVIEWED = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

const PAGE_SIZE = 20;

/** An evidence file fetched for the organiser: its object URL, or the failure. */
type Fetched = { url: string } | { failed: true };

/** Fresh idempotency key for one decision. */
function newKey(): string {
  return crypto.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * For organisers: the claims waiting for review, filtered by badge or activity. Each claim opens
 * in place with the claimant's answers and evidence (pictures previewed, other files as
 * downloads); the organiser approves or rejects it with a comment for the claimant, or selects
 * several and approves them at once. A decision made offline is kept on the device and sent
 * once the API is back; when another organiser decided first, the API's answer says who.
 *
 * @summary The organiser's review queue: evidence in place, approve or reject with a comment.
 * @tag claim-review
 *
 * @fires lc-review - The organiser decided a claim: `{ claimId, decision, queued }`.
 * @fires lc-error - The queue could not be read, or a decision was refused: `{ code, message }`.
 *
 * @csspart base - The whole element.
 * @csspart heading - The title.
 * @csspart filters - The badge and activity filter form.
 * @csspart counts - How many wait, and how many were decided here.
 * @csspart item - One claim.
 * @csspart toggle - The button that opens or closes a claim.
 * @csspart details - An open claim's answers, evidence and decision.
 * @csspart evidence - One evidence file (a picture or a download).
 * @csspart comment - The comment field.
 * @csspart approve - The approve button.
 * @csspart reject - The reject button.
 * @csspart bulk - The "approve selected" button.
 * @csspart queued - A decision waiting to be sent, or refused.
 * @csspart error - A notice of what went wrong.
 * @csspart skeleton - The placeholder shown while the queue loads.
 *
 * @cssprop --lc-claim-review-padding - Space inside the frame; `--lc-space-l` by default.
 * @cssprop --lc-claim-review-preview-size - Largest side of an evidence picture; `16rem` by default.
 * @cssprop --lc-claim-review-min-size - Height the element reserves from its first render, so that nothing below moves
 * when the queue has loaded and no claim waits (default `30.75rem`, `18.75rem` from a 36rem-wide element, where the
 * filters take one row). Waiting claims grow past it.
 */
export class ClaimReview extends HeadedElement {
  static override styles = [HeadedElement.styles, shared, styles];
  protected static override messages = ORGANISER_MESSAGES;
  protected declare readonly localize: LocalizeController<Messages & OrganiserMessages>;

  /** Shows only claims for this badge. */
  @property({ attribute: 'badge-id' }) badgeId = '';

  /** Shows only claims for this activity's badge. */
  @property({ attribute: 'activity-id' }) activityId = '';

  /** The organiser's bearer token. */
  @property() token = '';

  /** The filters typed in the form, applied on submit (the attributes until then). */
  @state() private filters: { badge?: string; activity?: string } | undefined;
  @state() private pages: ReviewPage[] = [];
  @state() private loadingMore = false;
  @state() private open = new Set<string>();
  @state() private selected = new Set<string>();
  /** Claims decided in this page: by id, the decision (sent or queued). */
  @state() private decided = new Map<string, Decision>();
  @state() private comments = new Map<string, string>();
  /** Per claim, why its decision was not taken (a refusal other than "decided first"). */
  @state() private refusals = new Map<string, string>();
  @state() private busy = new Set<string>();
  @state() private files = new Map<string, Fetched>();
  /** The badges of opened claims, for their tasks' questions. */
  @state() private badges = new Map<string, Badge>();
  @state() private status = '';

  private readonly abort = new Set<AbortController>();

  private readonly queue = new ResourceController(this, {
    args: () => [this.config.repository, this.token, this.query.badge, this.query.activity] as const,
    read: ([repository, token, badge, activity], signal) =>
      repository && token ? organiser(repository).reviews(this.withFilters({ limit: PAGE_SIZE }, badge, activity), token, signal) : undefined,
  });

  /** Decisions kept on this device until they can be sent, and refused ones. */
  private readonly queued = new ResourceController(this, {
    args: () => [this.config.repository] as const,
    read: ([repository]) => (repository ? organiser(repository).queuedReviews() : undefined),
    reloadOn: (_, change) => change.kind === 'outbox' || change.kind === 'cleared',
  });

  constructor() {
    super();
    new ReloadWhenOnline(this, () => [this.queue]);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort.forEach((controller) => controller.abort());
    this.abort.clear();
    this.forgetFiles();
  }

  private get query(): { badge?: string; activity?: string } {
    return this.filters ?? { badge: this.badgeId, activity: this.activityId };
  }

  private withFilters<Q extends object>(query: Q, badge?: string, activity?: string) {
    return { ...query, ...(badge ? { badge } : {}), ...(activity ? { activity } : {}) };
  }

  override render() {
    const t = this.localize.term;
    const loading = this.queue.status === 'loading';
    return html`<section part="base" class="card" lang=${this.localize.lang} dir=${this.localize.dir} aria-busy=${loading ? 'true' : 'false'}>
      <${this.headingTag()} part="heading" class="heading" tabindex="-1">${t('reviewTitle')}</${this.headingTag()}>
      ${this.renderFilters()} ${this.renderQueued()} ${this.renderQueue()}
      <p class="sr-only" role="status" aria-live="polite">${this.status}</p>
    </section>`;
  }

  private renderFilters() {
    const t = this.localize.term;
    const { badge = '', activity = '' } = this.query;
    return html`<form part="filters" class="filters" aria-label=${t('reviewFilters')} @submit=${this.applyFilters}>
      <label>${t('reviewBadge')} <input name="badge" autocomplete="off" .value=${badge} /></label>
      <label>${t('reviewActivity')} <input name="activity" autocomplete="off" .value=${activity} /></label>
      <button class="button" type="submit">${t('reviewApplyFilters')}</button>
    </form>`;
  }

  private renderQueue() {
    const t = this.localize.term;
    if (!this.token) return html`<p part="error" class="notice error" role="alert">${t('reviewNoToken')}</p>`;
    const { status, error } = this.queue;
    if (status === 'loading') {
      return loadingState(
        this.localize,
        () => html`<div part="skeleton" class="skeleton-layout" aria-hidden="true">
          <span class="skeleton line"></span>
          <span class="skeleton line short"></span>
        </div>`,
      );
    }
    if (status === 'error') {
      const forbidden = error?.status === 401 || error?.status === 403;
      return html`<div part="error" class="notice error" role="alert">
        <span>${forbidden ? t('reviewForbidden') : error?.code === 'network' ? this.localize.term('offlineError') : t('reviewLoadError')}</span>
        <button class="button" type="button" @click=${() => this.queue.reload()}>${this.localize.term('retry')}</button>
      </div>`;
    }
    if (status !== 'complete') return nothing;
    const claims = this.claims;
    const selected = claims.filter((claim) => this.selected.has(claim.id));
    const first = this.queue.value;
    const loaded = [first, ...this.pages].reduce((sum, page) => sum + (page?.items.length ?? 0), 0);
    const waiting = Math.max(0, (first?.total ?? loaded) - (loaded - claims.length));
    const next = (this.pages.at(-1) ?? first)?.nextCursor;
    return html`<p part="counts" class="counts">
        <span>${t('reviewWaiting', waiting)}</span> <span>${t('reviewDecidedHere', this.decided.size)}</span>
      </p>
      ${this.queue.offline ? html`<p class="notice offline" role="status">${this.localize.term('offlineError')}</p>` : nothing}
      ${claims.length === 0
        ? html`<p class="muted">${t('reviewEmpty')}</p>`
        : html`<div class="bulk">
              <label class="check"
                ><input
                  type="checkbox"
                  .checked=${selected.length === claims.length}
                  .indeterminate=${selected.length > 0 && selected.length < claims.length}
                  @change=${(e: Event) => this.selectAll((e.target as HTMLInputElement).checked)}
                />
                ${t('reviewSelectAll')}</label
              >
              <button part="bulk" class="button primary" type="button" ?disabled=${selected.length === 0} @click=${() => this.approveSelected()}>
                ${t('reviewApproveSelected', selected.length)}
              </button>
            </div>
            <ul class="items">
              ${claims.map((claim) => this.renderClaim(claim))}
            </ul>`}
      ${next
        ? html`<button class="button" type="button" ?disabled=${this.loadingMore} @click=${() => this.loadMore(next)}>${t('reviewShowMore')}</button>`
        : nothing}`;
  }

  /** The claims still to decide: every page read, less those decided or queued here. */
  private get claims(): ReviewClaim[] {
    // A refused decision leaves its claim to the queue: the API lists it again if it still waits.
    const waiting = this.waitingDecisions.filter((record) => !record.error);
    const queued = new Set(waiting.map((record) => (record.body as QueuedReview).claimId));
    const all = [this.queue.value, ...this.pages].flatMap((page) => page?.items ?? []);
    return all.filter((claim) => !this.decided.has(claim.id) && !queued.has(claim.id));
  }

  /**
   * Decisions kept on this device, refused ones included. One being sent right now is not
   * "waiting": its claim stays in the list, busy, until the answer comes.
   */
  private get waitingDecisions() {
    return (this.queued.value ?? []).filter((record) => !this.busy.has((record.body as QueuedReview).claimId));
  }

  private renderClaim(claim: ReviewClaim) {
    const t = this.localize.term;
    const isOpen = this.open.has(claim.id);
    const sent = relativeTime(this.localize.lang, Date.parse(claim.createdAt));
    return html`<li part="item" class="item">
      <div class="summary">
        <input
          type="checkbox"
          aria-label=${t('reviewSelect', claim.recipient.name)}
          .checked=${this.selected.has(claim.id)}
          @change=${(e: Event) => this.select(claim.id, (e.target as HTMLInputElement).checked)}
        />
        <button
          part="toggle"
          class="toggle"
          id="toggle-${claim.id}"
          type="button"
          aria-expanded=${isOpen ? 'true' : 'false'}
          aria-controls="details-${claim.id}"
          @click=${() => this.toggle(claim)}
        >
          <span class="name">${claim.recipient.name}</span>
          <span class="muted">${claim.badgeId} · ${t('reviewSent', sent)}</span>
        </button>
      </div>
      <div part="details" class="details" id="details-${claim.id}" ?hidden=${!isOpen}>${isOpen ? this.renderDetails(claim) : nothing}</div>
    </li>`;
  }

  private renderDetails(claim: ReviewClaim) {
    const t = this.localize.term;
    const answers = Object.entries(claim.answers);
    const busy = this.busy.has(claim.id);
    const refusal = this.refusals.get(claim.id);
    return html`<dl class="facts">
        ${claim.recipient.email ? html`<dt>${t('reviewEmail')}</dt><dd>${claim.recipient.email}</dd>` : nothing}
      </dl>
      <${this.headingTag(1)} class="label">${t('reviewAnswers')}</${this.headingTag(1)}>
      ${answers.length
        ? html`<dl class="answers">
            ${answers.map(([taskId, list]) => {
              const task = this.badges.get(claim.badgeId)?.tasks.find((candidate) => candidate.id === taskId);
              return list.map(
                (answer, i) => html`<dt>${task?.questions?.[i] ?? task?.description ?? t('reviewTask', taskId)}</dt>
                  <dd class="text">${answer}</dd>`,
              );
            })}
          </dl>`
        : html`<p class="muted">${t('reviewNoAnswers')}</p>`}
      ${claim.evidence.length
        ? html`<${this.headingTag(1)} class="label">${t('reviewEvidence')}</${this.headingTag(1)}>
            <ul class="evidence">
              ${claim.evidence.map((file) => this.renderEvidence(claim, file))}
            </ul>`
        : nothing}
      <label class="comment" for="comment-${claim.id}">${t('reviewComment')}</label>
      <textarea
        part="comment"
        id="comment-${claim.id}"
        rows="2"
        maxlength=${MAX_COMMENT_LENGTH}
        aria-describedby=${refusal ? `refusal-${claim.id}` : nothing}
        aria-invalid=${refusal ? 'true' : nothing}
        .value=${this.comments.get(claim.id) ?? ''}
        @input=${(e: Event) => this.setComment(claim.id, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${refusal ? html`<p part="error" class="error" id="refusal-${claim.id}">${refusal}</p>` : nothing}
      <div class="decide">
        <button part="approve" class="button primary" type="button" ?disabled=${busy} @click=${() => this.decide([claim], 'approve')}>
          ${t('reviewApprove')}
        </button>
        <button part="reject" class="button" type="button" ?disabled=${busy} @click=${() => this.decide([claim], 'reject')}>${t('reviewReject')}</button>
      </div>`;
  }

  private renderEvidence(claim: ReviewClaim, file: EvidenceFile) {
    const t = this.localize.term;
    const fetched = this.files.get(file.id);
    const size = formatBytes(this.localize.lang, file.size);
    if (fetched && 'failed' in fetched) {
      return html`<li part="evidence" class="file">${file.name} (${size}): <span class="error">${t('reviewFileError')}</span></li>`;
    }
    if (PREVIEWED.has(file.type)) {
      return html`<li part="evidence" class="file">
        ${fetched ? html`<img class="preview" src=${fetched.url} alt=${file.name} />` : html`<div class="skeleton preview" aria-hidden="true"></div>`}
        <a class="action" href=${fetched?.url ?? nothing} download=${file.name} @click=${(e: Event) => fetched || this.download(e, claim, file)}
          >${t('reviewDownload', file.name)} (${size})</a
        >
      </li>`;
    }
    return html`<li part="evidence" class="file">
      <a class="action" href=${fetched?.url ?? '#'} download=${file.name} @click=${(e: Event) => fetched || this.download(e, claim, file)}
        >${t('reviewDownload', file.name)} (${size})</a
      >
    </li>`;
  }

  private renderQueued() {
    const t = this.localize.term;
    const records = this.waitingDecisions;
    if (records.length === 0) return nothing;
    return html`<ul class="items queued">
      ${records.map((record) => {
        const review = record.body as QueuedReview;
        const what = t(review.decision === 'approve' ? 'reviewApproved' : 'reviewRejected', review.name);
        const error = record.error;
        return html`<li part="queued" class="item ${error ? 'refused' : ''}">
          <p>${what}</p>
          <p class=${error ? 'error' : 'muted'}>
            ${error ? t(error.status === 409 ? 'reviewConflict' : 'reviewRefused', error.message) : t('reviewQueued')}
          </p>
          ${error
            ? html`<button class="button" type="button" @click=${() => this.organiser?.dismiss(record.id)}>${t('reviewDismiss')}</button>`
            : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private readonly applyFilters = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    this.filters = { badge: value('badge'), activity: value('activity') };
    this.pages = [];
    this.selected = new Set();
  };

  /** The organiser side of the configured API. */
  private get organiser() {
    const repository = this.config.repository;
    return repository && organiser(repository);
  }

  private async loadMore(cursor: string): Promise<void> {
    const repository = this.organiser;
    if (!repository) return;
    const { badge, activity } = this.query;
    this.loadingMore = true;
    try {
      const page = await this.track((signal) =>
        repository.reviewPage(this.withFilters({ limit: PAGE_SIZE, cursor }, badge, activity), this.token, signal),
      );
      this.pages = [...this.pages, page];
    } catch (error) {
      this.report(error);
    } finally {
      this.loadingMore = false;
    }
  }

  private toggle(claim: ReviewClaim): void {
    const open = new Set(this.open);
    if (open.delete(claim.id)) {
      this.open = open;
      return;
    }
    open.add(claim.id);
    this.open = open;
    if (!this.badges.has(claim.badgeId)) void this.loadBadge(claim.badgeId);
    for (const file of claim.evidence) if (PREVIEWED.has(file.type) && !this.files.has(file.id)) void this.fetchFile(claim, file);
  }

  /** A badge as the other widgets read it (cached on the device: it is public). */
  private async loadBadge(id: string): Promise<void> {
    const repository = this.config.repository;
    if (!repository) return;
    try {
      await this.track(async (signal) => {
        for await (const { value } of repository.badge(id, this.config.cacheTtl, signal)) {
          if (value) this.badges = new Map(this.badges).set(id, value);
        }
      });
    } catch {
      // Without the badge the answers are labelled by task only.
    }
  }

  private select(id: string, on: boolean): void {
    const selected = new Set(this.selected);
    if (on) selected.add(id);
    else selected.delete(id);
    this.selected = selected;
  }

  private selectAll(on: boolean): void {
    this.selected = new Set(on ? this.claims.map((claim) => claim.id) : []);
  }

  private setComment(id: string, comment: string): void {
    this.comments = new Map(this.comments).set(id, comment);
  }

  /** Fetches an evidence file with the organiser token, as a blob of its stored type. */
  private async fetchFile(claim: ReviewClaim, file: EvidenceFile): Promise<Fetched> {
    const repository = this.organiser;
    let fetched: Fetched;
    try {
      if (!repository) throw new ApiError('network', 'No API configured.');
      const blob = await this.track((signal) => repository.evidence(claim.id, file, this.token, signal));
      fetched = { url: URL.createObjectURL(blob) };
    } catch (error) {
      if (error instanceof ApiError && error.code === 'aborted') return { failed: true };
      fetched = { failed: true };
    }
    this.files = new Map(this.files).set(file.id, fetched);
    return fetched;
  }

  /** A file not fetched yet: fetched on the click, then saved through a link to its blob. */
  private async download(event: Event, claim: ReviewClaim, file: EvidenceFile): Promise<void> {
    event.preventDefault();
    const fetched = await this.fetchFile(claim, file);
    if (!('url' in fetched)) return;
    await this.updateComplete;
    const links = this.renderRoot.querySelectorAll<HTMLAnchorElement>(`a[download]`);
    [...links].find((link) => link.href === fetched.url)?.click();
  }

  private approveSelected(): Promise<void> {
    return this.decide(
      this.claims.filter((claim) => this.selected.has(claim.id)),
      'approve',
    );
  }

  /** Sends decisions one after the other through the outbox, then says what became of them. */
  private async decide(claims: ReviewClaim[], decision: Decision): Promise<void> {
    const repository = this.organiser;
    if (!repository || claims.length === 0) return;
    const t = this.localize.term;
    const done: string[] = [];
    let queued = false;
    this.busy = new Set([...this.busy, ...claims.map((claim) => claim.id)]);
    const next = this.nextFocus(claims);
    for (const claim of claims) {
      const comment = this.comments.get(claim.id)?.trim();
      const review: QueuedReview = { claimId: claim.id, decision, name: claim.recipient.name, ...(comment ? { comment } : {}) };
      const id = newKey();
      const delivery = await repository.review({ id, review, badgeId: claim.badgeId, token: this.token });
      const refusals = new Map(this.refusals);
      refusals.delete(claim.id);
      if (delivery.state === 'refused' && delivery.error.status !== 409) {
        // Something the organiser can correct (the comment, say): the claim stays, with what was typed.
        await repository.dismiss(id);
        refusals.set(claim.id, t('reviewRefused', delivery.error.message));
        emit(this, 'lc-error', { code: delivery.error.code, message: delivery.error.message });
      } else {
        this.decided = new Map(this.decided).set(claim.id, decision);
        if (delivery.state === 'queued') queued = true;
        if (delivery.state === 'refused') emit(this, 'lc-error', { code: delivery.error.code, message: delivery.error.message });
        else {
          done.push(claim.recipient.name);
          emit(this, 'lc-review', { claimId: claim.id, decision, queued: delivery.state === 'queued' });
        }
      }
      this.refusals = refusals;
    }
    const selected = new Set(this.selected);
    claims.forEach((claim) => selected.delete(claim.id));
    this.selected = selected;
    this.busy = new Set([...this.busy].filter((id) => !claims.some((claim) => claim.id === id)));
    const names = done.join(', ');
    this.status = [names && t(decision === 'approve' ? 'reviewApproved' : 'reviewRejected', names), queued ? t('reviewQueued') : '']
      .filter(Boolean)
      .join(' ');
    await this.updateComplete;
    (next() ?? this.renderRoot.querySelector<HTMLElement>('[part="heading"]'))?.focus();
  }

  /** Where focus goes after deciding: the claim after the decided ones, found once they are gone. */
  private nextFocus(claims: ReviewClaim[]): () => HTMLElement | null {
    const all = this.claims;
    const last = Math.max(...claims.map((claim) => all.indexOf(claim)));
    const after = all.slice(last + 1).find((claim) => !claims.includes(claim)) ?? all.find((claim) => !claims.includes(claim));
    return () => (after ? this.renderRoot.querySelector<HTMLElement>(`#toggle-${CSS.escape(after.id)}`) : null);
  }

  /** Runs a request that stops when the element leaves the page. */
  private async track<T>(request: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    this.abort.add(controller);
    try {
      return await request(controller.signal);
    } finally {
      this.abort.delete(controller);
    }
  }

  private report(error: unknown): void {
    const apiError = error instanceof ApiError ? error : new ApiError('bad_response', String(error));
    if (apiError.code !== 'aborted') emit(this, 'lc-error', { code: apiError.code, message: apiError.message });
  }

  private forgetFiles(): void {
    for (const fetched of this.files.values()) if ('url' in fetched) URL.revokeObjectURL(fetched.url);
    this.files = new Map();
  }
}
