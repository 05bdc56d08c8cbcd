import { withOwnMessages } from './own-messages.js';
import { en } from './scanner/en.js';

/** The messages of `<qr-scanner>`: the kit's, and the scanner's own, which load with it. */
export const SCANNER_MESSAGES = withOwnMessages(en, {
  lt: () => import('./scanner/lt.js').then((m) => m.lt),
  et: () => import('./scanner/et.js').then((m) => m.et),
  lv: () => import('./scanner/lv.js').then((m) => m.lv),
  it: () => import('./scanner/it.js').then((m) => m.it),
  nl: () => import('./scanner/nl.js').then((m) => m.nl),
  ro: () => import('./scanner/ro.js').then((m) => m.ro),
  de: () => import('./scanner/de.js').then((m) => m.de),
  fr: () => import('./scanner/fr.js').then((m) => m.fr),
  es: () => import('./scanner/es.js').then((m) => m.es),
  pt: () => import('./scanner/pt.js').then((m) => m.pt),
  sl: () => import('./scanner/sl.js').then((m) => m.sl),
  fi: () => import('./scanner/fi.js').then((m) => m.fi),
  pl: () => import('./scanner/pl.js').then((m) => m.pl),
  uk: () => import('./scanner/uk.js').then((m) => m.uk),
  ar: () => import('./scanner/ar.js').then((m) => m.ar),
});
