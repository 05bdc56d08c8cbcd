import { withOwnMessages } from './own-messages.js';
import { en, type OrganiserMessages } from './organiser/en.js';

/**
 * The messages of `<claim-review>` and `<claim-kiosk>`: the kit's, and the organisers' own, which
 * load with those elements (only organisers' pages show them).
 */
export const ORGANISER_MESSAGES = withOwnMessages<OrganiserMessages>(en, {
  lt: () => import('./organiser/lt.js').then((m) => m.lt),
  et: () => import('./organiser/et.js').then((m) => m.et),
  lv: () => import('./organiser/lv.js').then((m) => m.lv),
  it: () => import('./organiser/it.js').then((m) => m.it),
  nl: () => import('./organiser/nl.js').then((m) => m.nl),
  ro: () => import('./organiser/ro.js').then((m) => m.ro),
  de: () => import('./organiser/de.js').then((m) => m.de),
  fr: () => import('./organiser/fr.js').then((m) => m.fr),
  es: () => import('./organiser/es.js').then((m) => m.es),
  pt: () => import('./organiser/pt.js').then((m) => m.pt),
  sl: () => import('./organiser/sl.js').then((m) => m.sl),
  fi: () => import('./organiser/fi.js').then((m) => m.fi),
  pl: () => import('./organiser/pl.js').then((m) => m.pl),
  uk: () => import('./organiser/uk.js').then((m) => m.uk),
  ar: () => import('./organiser/ar.js').then((m) => m.ar),
});
