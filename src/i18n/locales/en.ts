import { pluralFor, relativeTime } from '../format.js';

const plural = pluralFor('en');

/** The English catalogue: the reference every other language must match key for key. */
export const en = {
  loading: 'Loading…',
  retry: 'Try again',
  online: 'Online',
  activityNotFound: 'This activity could not be found.',
  activityLoadError: 'The activity could not be loaded.',
  shownOffline: (storedAt: number) => `Shown from this device, updated ${relativeTime('en', storedAt)}.`,
  playlists: (count: number) => plural(count, { one: 'Added to # playlist', other: 'Added to # playlists' }),
};

/** Every message of the kit; a catalogue for another language has the same keys and signatures. */
export type Messages = typeof en;
