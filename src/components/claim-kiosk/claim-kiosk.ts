import { define } from '../../internal/define.js';
import { ClaimKiosk } from './claim-kiosk.component.js';

export { ClaimKiosk };
define('claim-kiosk', ClaimKiosk);

declare global {
  interface HTMLElementTagNameMap {
    'claim-kiosk': ClaimKiosk;
  }
}
