/**
 * The whole kit for npm users: every element defined, every class and type exported. (The
 * drop-in bundle starts from `cdn.ts`, which loads elements as the page uses them.)
 */
export { LearningCity } from './config/learning-city.js';
export { ActivityCard } from './components/activity-card/activity-card.js';
export { ActivityList } from './components/activity-list/activity-list.js';
export { BadgeCard } from './components/badge-card/badge-card.js';
export { BadgeClaim } from './components/badge-claim/badge-claim.js';
export { MyBadges } from './components/my-badges/my-badges.js';
export { QrScanner } from './components/qr-scanner/qr-scanner.js';
export { BadgeVerify } from './components/badge-verify/badge-verify.js';
export { ClaimReview } from './components/claim-review/claim-review.js';
export { ClaimKiosk } from './components/claim-kiosk/claim-kiosk.js';
export { PlaylistCard } from './components/playlist-card/playlist-card.js';
export { RestClient, type RestClientOptions } from './api/rest-client.js';
export type { BadgeClient, ActivityQuery, Facet, Facets, PlaylistQuery, RequestOptions } from './api/client.js';
export { RestOrganiserClient, type OrganiserClient, type Review, type ReviewQuery } from './api/organiser-client.js';
export { ApiError } from './api/errors.js';
export { forgetDevice } from './store/device.js';
export type * from './api/types.js';
export type { LearningCityConfig } from './config/context.js';
export type * from './events.js';
