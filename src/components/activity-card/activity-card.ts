import { define } from '../../internal/define.js';
import { ActivityCard } from './activity-card.component.js';

export { ActivityCard };
define('activity-card', ActivityCard);

declare global {
  interface HTMLElementTagNameMap {
    'activity-card': ActivityCard;
  }
}
