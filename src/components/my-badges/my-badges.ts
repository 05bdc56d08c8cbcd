import { define } from '../../internal/define.js';
import { MyBadges } from './my-badges.component.js';

export { MyBadges };
define('my-badges', MyBadges);

declare global {
  interface HTMLElementTagNameMap {
    'my-badges': MyBadges;
  }
}
