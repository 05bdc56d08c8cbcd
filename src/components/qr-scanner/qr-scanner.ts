import { define } from '../../internal/define.js';
import { QrScanner } from './qr-scanner.component.js';

export { QrScanner };
define('qr-scanner', QrScanner);

declare global {
  interface HTMLElementTagNameMap {
    'qr-scanner': QrScanner;
  }
}
