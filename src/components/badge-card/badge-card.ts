import { define } from '../../internal/define.js';
import { BadgeCard } from './badge-card.component.js';

export { BadgeCard };
define('badge-card', BadgeCard);

declare global {
  interface HTMLElementTagNameMap {
    'badge-card': BadgeCard;
  }
}
