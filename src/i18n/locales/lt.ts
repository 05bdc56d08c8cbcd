import { pluralFor, relativeTime } from '../format.js';
import type { Messages } from './en.js';

const plural = pluralFor('lt');

export const lt: Messages = {
  loading: 'Įkeliama…',
  retry: 'Bandyti dar kartą',
  online: 'Internetu',
  activityNotFound: 'Šios veiklos rasti nepavyko.',
  activityLoadError: 'Veiklos įkelti nepavyko.',
  shownOffline: (storedAt) => `Rodoma iš šio įrenginio, atnaujinta ${relativeTime('lt', storedAt)}.`,
  playlists: (count) =>
    plural(count, {
      one: 'Įtraukta į # grojaraštį',
      few: 'Įtraukta į # grojaraščius',
      many: 'Įtraukta į # grojaraščio',
      other: 'Įtraukta į # grojaraščių',
    }),
};
