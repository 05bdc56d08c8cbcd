import { en, type ClaimMessages } from './claim/en.js';
import type { Messages } from './locales/en.js';
import { withOwnMessages, type OwnLoaders } from './own-messages.js';

/** Every message `<badge-claim>` shows. */
export type ClaimWords = Messages & ClaimMessages;

/** The claim form's words in each language but English, loaded on demand. */
export const claimLoaders: OwnLoaders<ClaimMessages> = {
  lt: () => import('./claim/lt.js').then((m) => m.lt),
  et: () => import('./claim/et.js').then((m) => m.et),
  lv: () => import('./claim/lv.js').then((m) => m.lv),
  it: () => import('./claim/it.js').then((m) => m.it),
  nl: () => import('./claim/nl.js').then((m) => m.nl),
  ro: () => import('./claim/ro.js').then((m) => m.ro),
  de: () => import('./claim/de.js').then((m) => m.de),
  fr: () => import('./claim/fr.js').then((m) => m.fr),
  es: () => import('./claim/es.js').then((m) => m.es),
  pt: () => import('./claim/pt.js').then((m) => m.pt),
  sl: () => import('./claim/sl.js').then((m) => m.sl),
  fi: () => import('./claim/fi.js').then((m) => m.fi),
  pl: () => import('./claim/pl.js').then((m) => m.pl),
  uk: () => import('./claim/uk.js').then((m) => m.uk),
  ar: () => import('./claim/ar.js').then((m) => m.ar),
};

/** The messages of `<badge-claim>`: the kit's, and the claim form's own, which load with it. */
export const CLAIM_MESSAGES = withOwnMessages(en, claimLoaders);
