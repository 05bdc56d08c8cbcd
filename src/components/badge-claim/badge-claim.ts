import { define } from '../../internal/define.js';
import { BadgeClaim } from './badge-claim.component.js';

export { BadgeClaim };
define('badge-claim', BadgeClaim);

declare global {
  interface HTMLElementTagNameMap {
    'badge-claim': BadgeClaim;
  }
}
