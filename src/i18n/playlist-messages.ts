import { Catalogues } from './localize.js';
import { en, type PlaylistMessages } from './playlist/en.js';

/**
 * The messages about learning paths (`<playlist-card>`, and the paths in `<my-badges>`), a catalogue
 * set of their own like `<badge-verify>`'s: the drop-in's initial load, which carries the kit's
 * English, has no room to spare.
 */
export const PLAYLIST_MESSAGES = new Catalogues<PlaylistMessages>(en, {
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
});
