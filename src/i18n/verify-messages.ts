import { withOwnMessages } from './own-messages.js';
import { en, type VerifyMessages } from './verify/en.js';

/**
 * The messages of `<badge-verify>`: the kit's, and the element's own, which load with it (it is
 * rarely on a page, and the drop-in's initial load has no room to spare).
 */
export const VERIFY_MESSAGES = withOwnMessages<VerifyMessages>(en, {
  lt: () => import('./verify/lt.js').then((m) => m.lt),
  et: () => import('./verify/et.js').then((m) => m.et),
  lv: () => import('./verify/lv.js').then((m) => m.lv),
  it: () => import('./verify/it.js').then((m) => m.it),
  nl: () => import('./verify/nl.js').then((m) => m.nl),
  ro: () => import('./verify/ro.js').then((m) => m.ro),
  de: () => import('./verify/de.js').then((m) => m.de),
  fr: () => import('./verify/fr.js').then((m) => m.fr),
  es: () => import('./verify/es.js').then((m) => m.es),
  pt: () => import('./verify/pt.js').then((m) => m.pt),
  sl: () => import('./verify/sl.js').then((m) => m.sl),
  fi: () => import('./verify/fi.js').then((m) => m.fi),
  pl: () => import('./verify/pl.js').then((m) => m.pl),
  uk: () => import('./verify/uk.js').then((m) => m.uk),
  ar: () => import('./verify/ar.js').then((m) => m.ar),
});
