import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Activity } from '../../api/types.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { ResourceController } from '../../store/resource-controller.js';
import { styles } from './activity-card.styles.js';

/**
 * One learning activity: its title, when it happens in the event's own time zone, and where.
 *
 * @summary Shows one learning activity from the badge API.
 * @tag activity-card
 *
 * @csspart base - The card.
 * @csspart title - The activity's title.
 * @csspart when - Date and time.
 * @csspart place - Where it happens.
 * @csspart retry - The button that loads the activity again after an error.
 * @csspart offline - The notice that the card is shown from this device's cache.
 */
export class ActivityCard extends WidgetElement {
  static override styles = [WidgetElement.styles, styles];

  /** Id of the activity in the badge API. */
  @property({ attribute: 'activity-id' }) activityId = '';

  private readonly activity = new ResourceController(this, {
    args: () => [this.activityId, this.config.repository, this.config.cacheTtl] as const,
    read: ([id, repository, ttl], signal) => (id && repository ? repository.activity(id, ttl, signal) : undefined),
    keys: ([id, repository]) => (repository ? [repository.key('activity', id)] : []),
  });

  override render() {
    const { status, value } = this.activity;
    return html`<article part="base" dir=${this.localize.dir} aria-busy=${status === 'loading' ? 'true' : 'false'}>
      ${status === 'complete'
        ? value
          ? this.renderActivity(value)
          : html`<p>${this.localize.term('activityNotFound')}</p>`
        : status === 'error'
          ? html`<p role="alert">${this.localize.term('activityLoadError')}</p>
              <button part="retry" @click=${() => this.activity.reload()}>${this.localize.term('retry')}</button>`
          : html`<p>${this.localize.term('loading')}</p>`}
      ${this.activity.offline && this.activity.storedAt
        ? html`<p part="offline" role="status">${this.localize.term('shownOffline', this.activity.storedAt)}</p>`
        : ''}
    </article>`;
  }

  private renderActivity(activity: Activity) {
    const when = new Intl.DateTimeFormat(this.localize.lang, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: activity.timeZone,
    }).formatRange(new Date(activity.startsAt), new Date(activity.endsAt ?? activity.startsAt));
    const place = activity.location
      ? [activity.location.name, activity.location.address].filter(Boolean).join(', ')
      : this.localize.term('online');
    return html`<h3 part="title" lang=${activity.language}>${activity.title}</h3>
      <p part="when">${when}</p>
      <p part="place">${place}</p>`;
  }
}
