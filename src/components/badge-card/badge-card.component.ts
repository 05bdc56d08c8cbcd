import { nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { html } from 'lit/static-html.js';
import type { Badge, Task } from '../../api/types.js';
import { HeadedElement } from '../../internal/headed-element.js';
import { ResourceController } from '../../internal/resource-controller.js';
import { shared } from '../../styles/shared.js';
import { ReloadWhenOnline, ReportLoadErrors, resourceStates, showsOwnContent } from '../shared/resource-states.js';
import { TASK_CHECK, TASK_KIND } from '../shared/task-labels.js';
import { claimAction, skillChips } from '../shared/templates.js';
import { styles } from './badge-card.styles.js';

/**
 * One Open Badge: its image, name, description and criteria, each task with what it asks for and
 * how it is checked, the skills it recognises, who issues it, and a way to start the claim.
 *
 * Whatever the page puts inside the element is shown until the kit has loaded, and again
 * whenever the badge cannot be shown.
 *
 * @summary Shows one badge and how to earn it.
 * @tag badge-card
 *
 * @slot - Fallback content, shown before the kit loads and when the badge cannot be shown.
 *
 * @fires lc-claim-start - The visitor asked to get the badge (`{ badgeId }`). Cancel it to open
 * the claim in place; otherwise, with `claim-href`, the browser follows the link.
 * @fires lc-error - The badge could not be loaded and there is nothing cached to show (`{ code, message }`).
 *
 * @csspart base - The card.
 * @csspart header - Image and name.
 * @csspart image - The badge image.
 * @csspart name - The badge's name.
 * @csspart description - The description.
 * @csspart criteria - The criteria.
 * @csspart tasks - The list of tasks.
 * @csspart task - One task.
 * @csspart task-method - What a task asks for and how it is checked.
 * @csspart skills - The skills section.
 * @csspart skill - One skill chip.
 * @csspart issuer - Who issues the badge.
 * @csspart claim - The call to action to get the badge.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart not-found - The notice that the badge does not exist.
 * @csspart error - The error notice.
 * @csspart retry - The button that loads the badge again after an error.
 * @csspart offline - The notice that the badge is shown from this device's cache.
 *
 * @cssprop --lc-badge-card-padding - Space inside the card (default `--lc-space-m`).
 * @cssprop --lc-badge-card-image-size - Size of the badge image (default `6rem`).
 */
export class BadgeCard extends HeadedElement {
  static override styles = [HeadedElement.styles, shared, styles];

  /** Id of the badge in the badge API. */
  @property({ attribute: 'badge-id' }) badgeId = '';

  /**
   * Where the call to action leads: a URL template with `{badgeId}`, e.g. `/claim?badge={badgeId}`.
   * Without it the call to action only fires `lc-claim-start`.
   */
  @property({ attribute: 'claim-href' }) claimHref?: string;

  /** Hides the call to action, e.g. when the page shows `<badge-claim>` right below. */
  @property({ attribute: 'no-claim', type: Boolean }) noClaim = false;

  private readonly badge = new ResourceController(this, {
    args: () => [this.badgeId, this.config.repository, this.config.cacheTtl] as const,
    read: ([id, repository, ttl], signal) => (id && repository ? repository.badge(id, ttl, signal) : undefined),
    reloadOn: ([id, repository], change) => !!repository?.changed(change, 'badge', id),
  });

  constructor() {
    super();
    new ReloadWhenOnline(this, () => [this.badge]);
    new ReportLoadErrors(this, () => [this.badge]);
  }

  override render() {
    return html`<slot ?hidden=${showsOwnContent(this.badge)}></slot>
      ${this.badge.status === 'idle'
        ? nothing
        : html`<article
            part="base"
            class="card"
            lang=${this.localize.lang}
            dir=${this.localize.dir}
            aria-busy=${this.badge.status === 'loading' ? 'true' : 'false'}
          >
            ${resourceStates(this.badge, this.localize, {
              skeleton: () => html`<div part="skeleton" class="skeleton-layout" aria-hidden="true">
                <div class="header">
                  <span class="image skeleton"></span>
                  <span class="skeleton line name-line"></span>
                </div>
                ${[1, 2, 3, 4].map(() => html`<span class="skeleton line"></span>`)}
              </div>`,
              loaded: (badge) => this.renderBadge(badge),
              notFound: 'badgeNotFound',
              loadError: 'badgeLoadError',
            })}
          </article>`}`;
  }

  private renderBadge(badge: Badge) {
    const { term } = this.localize;
    return html`<div part="header" class="header">
        <span class="image">
          ${badge.imageUrl ? html`<img part="image" src=${badge.imageUrl} alt=${badge.imageAlt ?? ''} width="96" height="96" />` : nothing}
        </span>
        <${this.headingTag()} part="name" class="heading">${badge.name}</${this.headingTag()}>
      </div>
      <p part="description" class="text">${badge.description}</p>
      ${badge.criteria
        ? html`<div part="criteria">
            <${this.headingTag(1)} class="label">${term('criteriaLabel')}</${this.headingTag(1)}>
            <p class="text">${badge.criteria}</p>
          </div>`
        : nothing}
      ${badge.tasks.length > 0
        ? html`<div>
            <${this.headingTag(1)} class="label">${term('tasksLabel')}</${this.headingTag(1)}>
            <ol part="tasks" class="tasks">
              ${badge.tasks.map((task) => this.renderTask(task))}
            </ol>
          </div>`
        : nothing}
      ${skillChips(term('skillsLabel'), badge.skills, undefined, this.headingTag(1))}
      <p part="issuer" class="muted">
        <span class="label">${term('issuerLabel')}</span>
        ${badge.issuer.url ? html`<a href=${badge.issuer.url}>${badge.issuer.name}</a>` : badge.issuer.name}
      </p>
      ${this.noClaim ? nothing : claimAction(this, term('getThisBadge'), this.claimHref, { badgeId: badge.id })}`;
  }

  private renderTask(task: Task) {
    const { term } = this.localize;
    return html`<li part="task" class="task">
      <strong>${term('taskNo', task.no)}</strong>
      <p part="task-method" class="method">
        <span class="chip">${term(TASK_KIND[task.kind])}</span>
        <span class="chip">${term(TASK_CHECK[task.check])}</span>
      </p>
      <p class="text">${task.description}</p>
      ${task.questions?.length
        ? html`<ol class="questions">
            ${task.questions.map((question) => html`<li>${question}</li>`)}
          </ol>`
        : nothing}
    </li>`;
  }
}
