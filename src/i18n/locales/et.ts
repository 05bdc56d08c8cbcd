import { pluralFor, relativeTime } from '../format.js';
import type { Messages } from './en.js';

const plural = pluralFor('et');

export const et: Messages = {
  loading: 'Laadimine…',
  retry: 'Proovi uuesti',
  online: 'Veebis',
  activityNotFound: 'Seda tegevust ei leitud.',
  activityLoadError: 'Tegevust ei õnnestunud laadida.',
  shownOffline: (storedAt) => `Näidatakse sellest seadmest, uuendatud ${relativeTime('et', storedAt)}.`,
  playlists: (count) => plural(count, { one: 'Lisatud esitusloendisse (#)', other: 'Lisatud esitusloenditesse (#)' }),
};
