/**
 * The whole kit: every element defined, every class and type exported. The drop-in bundle is
 * built from this module.
 */
export { LearningCity } from './config/learning-city.js';
export { ActivityCard } from './components/activity-card/activity-card.js';
export { RestClient, type RestClientOptions } from './api/rest-client.js';
export type { BadgeClient, ActivityQuery, RequestOptions } from './api/client.js';
export { ApiError } from './api/errors.js';
export type * from './api/types.js';
export type { LearningCityConfig } from './config/context.js';
