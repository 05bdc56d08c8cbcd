/**
 * The drop-in bundle for a `<script type="module">` tag. The configuration element and the
 * activity card (what most pages show at once) are defined straight away; every other element is
 * defined as soon as its tag appears in the page, from a chunk of its own.
 */
import { autoload } from './internal/autoload.js';

export { LearningCity } from './config/learning-city.js';
export { ActivityCard } from './components/activity-card/activity-card.js';
export { forgetDevice } from './store/device.js';
export { overrideMessages, registerCatalogue } from './i18n/catalogues.js';

autoload({
  'activity-list': () => import('./components/activity-list/activity-list.js'),
  'badge-card': () => import('./components/badge-card/badge-card.js'),
  'badge-claim': () => import('./components/badge-claim/badge-claim.js'),
  'qr-scanner': () => import('./components/qr-scanner/qr-scanner.js'),
  'my-badges': () => import('./components/my-badges/my-badges.js'),
  'badge-verify': () => import('./components/badge-verify/badge-verify.js'),
  'claim-review': () => import('./components/claim-review/claim-review.js'),
  'claim-kiosk': () => import('./components/claim-kiosk/claim-kiosk.js'),
  'playlist-card': () => import('./components/playlist-card/playlist-card.js'),
});
