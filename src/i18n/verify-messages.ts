import { Catalogues } from './localize.js';
import { en, type VerifyMessages } from './locales/verify/en.js';

/**
 * The messages of `<badge-verify>`, a catalogue set of their own: the element is rarely on a
 * page, and the drop-in's initial load (which carries the kit's English) has no room to spare.
 */
export const VERIFY_MESSAGES = new Catalogues<VerifyMessages>(en, {
  lt: () => import('./locales/verify/lt.js').then((m) => m.lt),
  et: () => import('./locales/verify/et.js').then((m) => m.et),
  lv: () => import('./locales/verify/lv.js').then((m) => m.lv),
  it: () => import('./locales/verify/it.js').then((m) => m.it),
  nl: () => import('./locales/verify/nl.js').then((m) => m.nl),
  ro: () => import('./locales/verify/ro.js').then((m) => m.ro),
  de: () => import('./locales/verify/de.js').then((m) => m.de),
  fr: () => import('./locales/verify/fr.js').then((m) => m.fr),
  es: () => import('./locales/verify/es.js').then((m) => m.es),
  pt: () => import('./locales/verify/pt.js').then((m) => m.pt),
  sl: () => import('./locales/verify/sl.js').then((m) => m.sl),
  fi: () => import('./locales/verify/fi.js').then((m) => m.fi),
  pl: () => import('./locales/verify/pl.js').then((m) => m.pl),
  uk: () => import('./locales/verify/uk.js').then((m) => m.uk),
  ar: () => import('./locales/verify/ar.js').then((m) => m.ar),
});
