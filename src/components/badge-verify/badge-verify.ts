import { define } from '../../internal/define.js';
import { BadgeVerify } from './badge-verify.component.js';

export { BadgeVerify };
define('badge-verify', BadgeVerify);

declare global {
  interface HTMLElementTagNameMap {
    'badge-verify': BadgeVerify;
  }
}
