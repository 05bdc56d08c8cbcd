import { createContext } from '@lit/context';
import type { BadgeClient } from '../api/client.js';

/** What a `<learning-city>` provides to the widgets inside it, or to the whole page. */
export interface LearningCityConfig {
  /** Base URL of the badge API. */
  api?: string;
  /** UI language (BCP 47). */
  lang?: string;
  /** Seconds cached data counts as fresh. */
  cacheTtl?: number;
  /** Replaces the REST client, for a platform with another API style. */
  client?: BadgeClient;
  /** Extra request headers (a bearer token or an API key). */
  headers?: Record<string, string>;
  /** `include` sends cookies, for a platform on the same site. */
  credentials?: RequestCredentials;
}

/**
 * A string key, not a symbol, so that two copies of the kit on one page (a CMS block and a theme
 * each adding the script) still find each other's providers.
 */
export const configContext = createContext<LearningCityConfig>('learning-city-config');
