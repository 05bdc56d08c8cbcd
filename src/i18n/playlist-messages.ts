import type { OwnLoaders } from './own-messages.js';
import type { PlaylistMessages } from './playlist/en.js';

/** The words about learning paths in each language but English, loaded on demand. */
export const playlistLoaders: OwnLoaders<PlaylistMessages> = {
  lt: () => import('./playlist/lt.js').then((m) => m.lt),
  et: () => import('./playlist/et.js').then((m) => m.et),
  lv: () => import('./playlist/lv.js').then((m) => m.lv),
  it: () => import('./playlist/it.js').then((m) => m.it),
  nl: () => import('./playlist/nl.js').then((m) => m.nl),
  ro: () => import('./playlist/ro.js').then((m) => m.ro),
  de: () => import('./playlist/de.js').then((m) => m.de),
  fr: () => import('./playlist/fr.js').then((m) => m.fr),
  es: () => import('./playlist/es.js').then((m) => m.es),
  pt: () => import('./playlist/pt.js').then((m) => m.pt),
  sl: () => import('./playlist/sl.js').then((m) => m.sl),
  fi: () => import('./playlist/fi.js').then((m) => m.fi),
  pl: () => import('./playlist/pl.js').then((m) => m.pl),
  uk: () => import('./playlist/uk.js').then((m) => m.uk),
  ar: () => import('./playlist/ar.js').then((m) => m.ar),
};

