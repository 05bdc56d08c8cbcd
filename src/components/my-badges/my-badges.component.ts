import { nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { html } from 'lit/static-html.js';
import type { Playlist } from '../../api/types.js';
import type { Messages } from '../../i18n/locales/en.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { MY_BADGES_MESSAGES } from '../../i18n/my-badges-messages.js';
import type { MyBadgesMessages } from '../../i18n/my-badges/en.js';
import type { PlaylistMessages } from '../../i18n/playlist/en.js';
import { emit } from '../../internal/emit.js';
import { ResourceController } from '../../internal/resource-controller.js';
import { HeadedElement } from '../../internal/headed-element.js';
import { pathProgress, pathsOf } from '../../repository/playlists.js';
import type { ClaimRecord, DeviceClaims } from '../../repository/repository.js';
import { shared } from '../../styles/shared.js';
import { badgeLinks, imageFileName } from './badge-links.js';
import { styles } from './my-badges.styles.js';

/**
 * The visitor's badges and claims kept on this device: issued ones with their readable page, the
 * baked image to download, LinkedIn's "add certification" and share; claims waiting for review
 * (their status, and the organiser's comment once decided, are refreshed from the API, as issued
 * badges are once per cache TTL, in case one was revoked); claims
 * still waiting to be sent; and "forget this device" behind a confirmation. A badge that is a step
 * of a learning path shows the path and the visitor's progress along it.
 *
 * @summary The badges and claims kept on this device.
 * @tag my-badges
 *
 * @fires lc-claim - A kept claim changed state after a refresh: `{ claimId, badgeId, status }`.
 *
 * @csspart base - The whole list.
 * @csspart heading - The title.
 * @csspart item - One badge or claim.
 * @csspart status - The status of one badge or claim.
 * @csspart comment - The organiser's comment on an approved claim.
 * @csspart actions - An issued badge's links: its page, the image to download, LinkedIn, share.
 * @csspart path - A learning path the badge is a step of, and the progress along it.
 * @csspart forget - The "forget this device" button.
 *
 * @cssprop --lc-my-badges-padding - Space inside the frame; `--lc-space-l` by default.
 * @cssprop --lc-my-badges-min-size - Height the frame reserves from its first render, so that nothing below moves when
 * the device's claims have been read and there are none (default `13rem`). A list of badges grows past it.
 */
export class MyBadges extends HeadedElement {
  static override styles = [HeadedElement.styles, shared, styles];
  protected static override messages = MY_BADGES_MESSAGES;
  protected declare readonly localize: LocalizeController<Messages & MyBadgesMessages & PlaylistMessages>;

  @state() private confirming = false;
  @state() private status = '';
  /** The kept claim whose link was just copied. */
  @state() private copied: string | undefined;
  /** The kept claim whose link is shown to copy by hand (the clipboard refused). */
  @state() private copying: string | undefined;

  /** The claims kept for this API, again whenever a tab sends, refreshes or forgets them. */
  private readonly kept = new ResourceController(this, {
    args: () => [this.config.repository] as const,
    read: ([repository]) => repository?.deviceClaims(),
    reloadOn: (_, change) => change.kind !== 'entities',
  });

  /** The learning paths the kept badges are steps of. */
  private readonly paths = new ResourceController(this, {
    args: () => [[...new Set((this.kept.value?.claims ?? []).map((claim) => claim.badgeId))].sort().join('\n'), this.config.repository, this.config.cacheTtl] as const,
    read: ([ids, repository, ttl], signal) => (ids && repository ? pathsOf(repository, ids.split('\n'), ttl, signal) : undefined),
  });


  private refreshed: unknown;
  private abort: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override willUpdate(): void {
    // Ask the API once per configured API for news about claims still waiting for review, and
    // about issued ones not checked within the cache TTL (an organiser may have revoked them).
    const repository = this.config.repository;
    if (!repository || repository === this.refreshed) return;
    this.refreshed = repository;
    this.abort?.abort();
    this.abort = new AbortController();
    repository
      .refreshClaims(this.abort.signal, this.config.cacheTtl)
      .then((changed) => {
        for (const claim of changed) emit(this, 'lc-claim', { claimId: claim.claimId, badgeId: claim.badgeId, status: claim.status });
        if (changed.length) this.status = this.localize.term('myBadgesUpdated', changed.length);
      })
      .catch(() => undefined); // offline: the kept statuses stay until the next visit
  }

  override render() {
    const { term } = this.localize;
    const repository = this.config.repository;
    // Without an API there is nothing of its own to list: it shows as empty.
    const loaded = this.kept.status !== 'loading';
    const claims = [...(this.kept.value?.claims ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const queued = this.kept.value?.queued ?? [];
    const empty = claims.length === 0 && queued.length === 0;
    return html`<section part="base" class="card" dir=${this.localize.dir} aria-busy=${loaded ? 'false' : 'true'}>
      <${this.headingTag()} part="heading" class="heading" tabindex="-1">${term('myBadgesTitle')}</${this.headingTag()}>
      ${!loaded
        ? html`<div class="skeleton line" aria-hidden="true"></div>`
        : empty
          ? html`<p class="muted">${term('myBadgesEmpty')}</p>`
          : html`<ul class="items">
              ${queued.map((record) => this.renderQueued(record))} ${claims.map((claim) => this.renderClaim(claim))}
            </ul>`}
      ${repository && !repository.persistent ? html`<p class="notice offline">${term('storageOff')}</p>` : nothing}
      ${empty ? nothing : this.renderForget()}
      <p class="sr-only" role="status" aria-live="polite">${this.status}</p>
    </section>`;
  }

  private renderClaim(claim: ClaimRecord) {
    const { term } = this.localize;
    const label =
      claim.status === 'issued'
        ? term('myBadgesIssued')
        : claim.status === 'rejected'
          ? term('myBadgesRejected', claim.reviewComment ?? claim.reason ?? '')
          : claim.status === 'revoked'
            ? term('myBadgesRevoked')
            : term('myBadgesPending');
    // A rejection carries the comment in its label; an approval shows it on its own line.
    const comment = claim.status === 'issued' ? claim.reviewComment : undefined;
    return html`<li part="item" class="item ${claim.status}">
      ${claim.badge.imageUrl ? html`<img src=${claim.badge.imageUrl} alt="" width="48" height="48" />` : nothing}
      <div>
        <p class="name" id="name-${claim.id}">${claim.badge.name}</p>
        <p part="status" class="status">${label}</p>
        ${comment ? html`<p part="comment" class="comment">${term('organiserComment', comment)}</p>` : nothing}
        ${(this.paths.value ?? []).filter((path) => path.steps.some((step) => step.badgeId === claim.badgeId)).map((path) => this.renderPath(path))}
      </div>
      ${this.renderActions(claim)}
    </li>`;
  }

  /** An issued badge's page, image, LinkedIn and share, as a group named by the badge. */
  private renderActions(claim: ClaimRecord) {
    const links = badgeLinks(claim);
    if (!links) return nothing;
    const { term } = this.localize;
    return html`<div part="actions" class="actions" role="group" aria-labelledby="name-${claim.id}">
      <a class="button action" href=${links.page} target="_blank" rel="noopener">${term('myBadgesView')}</a>
      ${links.image
        ? html`<a class="button" href=${links.image} download=${imageFileName(claim.badge.name)}>${term('myBadgesDownload')}</a>`
        : nothing}
      <a class="button" href=${links.linkedIn} target="_blank" rel="noopener">${term('myBadgesLinkedIn')}</a>
      <button class="button" @click=${() => this.share(claim, links.page)}>${term('myBadgesShare')}</button>
      ${this.copied === claim.id ? html`<span class="copied">${term('myBadgesLinkCopied')}</span>` : nothing}
      ${this.copying === claim.id
        ? html`<label class="copy"
            >${term('myBadgesCopyLink')} <input id="copy-${claim.id}" type="url" readonly .value=${links.page}
          /></label>`
        : nothing}
    </div>`;
  }

  /**
   * Shares the badge's page: the system's share sheet where there is one, else the link copied,
   * else the link shown selected in a field to copy by hand.
   */
  private async share(claim: ClaimRecord, page: string): Promise<void> {
    const { term } = this.localize;
    if (navigator.share) {
      try {
        await navigator.share({ title: claim.badge.name, url: page });
        return;
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return; // the visitor closed the sheet
      }
    }
    try {
      await navigator.clipboard.writeText(page);
      this.copied = claim.id;
      this.status = term('myBadgesLinkCopied');
    } catch {
      this.copying = claim.id;
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>(`#copy-${CSS.escape(claim.id)}`);
      field?.focus();
      field?.select();
    }
  }

  /** A learning path the badge is a step of: its name and how far along it this device is. */
  private renderPath(path: Playlist) {
    const progress = pathProgress(path, this.kept.value?.claims ?? []);
    const text = this.localize.term('myBadgesPath', path.name, progress.count, progress.total);
    return html`<p part="path" class="path">
      <span>${text}</span>
      <progress max=${progress.total} .value=${progress.count} aria-label=${text}></progress>
    </p>`;
  }

  private renderQueued(record: DeviceClaims['queued'][number]) {
    const { term } = this.localize;
    return html`<li part="item" class="item queued">
      ${record.badge.imageUrl ? html`<img src=${record.badge.imageUrl} alt="" width="48" height="48" />` : nothing}
      <div>
        <p class="name">${record.badge.name}</p>
        <p part="status" class="status">${record.error ? term('myBadgesRefused', record.error.message) : term('myBadgesQueued')}</p>
      </div>
      ${record.error
        ? html`<button class="button" @click=${() => this.config.repository?.dismiss(record.id)}>${term('myBadgesDismiss')}</button>`
        : nothing}
    </li>`;
  }

  private renderForget() {
    const { term } = this.localize;
    if (!this.confirming) {
      return html`<div class="forget">
        <button part="forget" class="button" @click=${() => this.confirm(true)}>${term('myBadgesForget')}</button>
      </div>`;
    }
    return html`<div class="forget" role="group" aria-labelledby="forget-question">
      <p id="forget-question">${term('myBadgesForgetConfirm')}</p>
      <button class="button primary" id="forget-yes" @click=${this.forget}>${term('myBadgesForgetYes')}</button>
      <button class="button" id="forget-no" @click=${() => this.confirm(false)}>${term('myBadgesForgetNo')}</button>
    </div>`;
  }

  private async confirm(asking: boolean): Promise<void> {
    this.confirming = asking;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(asking ? '#forget-no' : '[part="forget"]')?.focus();
  }

  private forget = async () => {
    await this.config.repository?.forgetDevice();
    this.confirming = false;
    this.status = this.localize.term('myBadgesForgotten');
    await this.updateComplete;
    // The buttons that had focus are gone: the list's title takes it (focusable from script only).
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  };
}
