import { en as myBadgesEn, type MyBadgesMessages } from './my-badges/en.js';
import { bothLoaders, withOwnMessages, type OwnLoaders } from './own-messages.js';
import { en as playlistEn } from './playlist/en.js';
import { playlistLoaders } from './playlist-messages.js';

/** The words of `<my-badges>` in each language but English, loaded on demand. */
export const myBadgesLoaders: OwnLoaders<MyBadgesMessages> = {
  lt: () => import('./my-badges/lt.js').then((m) => m.lt),
  et: () => import('./my-badges/et.js').then((m) => m.et),
  lv: () => import('./my-badges/lv.js').then((m) => m.lv),
  it: () => import('./my-badges/it.js').then((m) => m.it),
  nl: () => import('./my-badges/nl.js').then((m) => m.nl),
  ro: () => import('./my-badges/ro.js').then((m) => m.ro),
  de: () => import('./my-badges/de.js').then((m) => m.de),
  fr: () => import('./my-badges/fr.js').then((m) => m.fr),
  es: () => import('./my-badges/es.js').then((m) => m.es),
  pt: () => import('./my-badges/pt.js').then((m) => m.pt),
  sl: () => import('./my-badges/sl.js').then((m) => m.sl),
  fi: () => import('./my-badges/fi.js').then((m) => m.fi),
  pl: () => import('./my-badges/pl.js').then((m) => m.pl),
  uk: () => import('./my-badges/uk.js').then((m) => m.uk),
  ar: () => import('./my-badges/ar.js').then((m) => m.ar),
};

/**
 * The messages of `<my-badges>`: the kit's, its own, and the words about the learning paths its
 * badges are steps of, which load with it.
 */
export const MY_BADGES_MESSAGES = withOwnMessages({ ...myBadgesEn, ...playlistEn }, bothLoaders(myBadgesLoaders, playlistLoaders));
