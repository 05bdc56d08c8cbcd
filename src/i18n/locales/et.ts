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
  offlineError: 'Tundub, et olete võrguühenduseta. Sisu laaditakse, kui ühendus taastub.',

  // activity-card
  whenLabel: 'Millal',
  whereLabel: 'Kus',
  organiserLabel: 'Korraldaja',
  categoryLabel: 'Kategooria',
  durationLabel: 'Kestus',
  skillsLabel: 'Oskused',
  badgeLabel: 'Märk',
  visitorTime: (time) => `Teie aja järgi: ${time}`,
  showOnMap: 'Näita kaardil',
  joinOnline: 'Liitu veebis',
  getActivityBadge: 'Hangi tegevuse märk',
  readMore: 'Loe edasi',
  readLess: 'Näita vähem',
  addToCalendar: 'Lisa kalendrisse',
  calendarFile: 'Kalendrifail (.ics)',

  // badge-card
  badgeNotFound: 'Seda märki ei leitud.',
  badgeLoadError: 'Märki ei õnnestunud laadida.',
  criteriaLabel: 'Kriteeriumid',
  tasksLabel: 'Kuidas seda teenida',
  taskNo: (no) => `Ülesanne nr ${no}`,
  taskKindCode: 'Väljastab korraldaja või saad QR-koodi skannides',
  taskKindFile: 'Laadi tõendiks üles fail',
  taskKindText: 'Kirjuta lühike tekst',
  taskKindQuestions: 'Vasta refleksiooniküsimustele',
  taskCheckAuto: 'Kontrollitakse automaatselt',
  taskCheckSelf: 'Enesehindamine',
  taskCheckOrganiser: 'Hindab korraldaja',
  taskCheckPeer: 'Hindab kaaslane',
  issuerLabel: 'Väljastaja',
  getThisBadge: 'Hangi see märk',

  // activity-list
  filtersLabel: 'Filtreeri tegevusi',
  searchLabel: 'Otsi',
  skillLabel: 'Oskus',
  allOrganisers: 'Kõik korraldajad',
  allSkills: 'Kõik oskused',
  allCategories: 'Kõik kategooriad',
  anyTime: 'Igal ajal',
  upcoming: 'Tulevased',
  past: 'Möödunud',
  clearFilters: 'Tühjenda filtrid',
  showMore: 'Näita rohkem',
  activitiesShown: (count) => plural(count, { one: 'Näidatakse # tegevus', other: 'Näidatakse # tegevust' }),
  noActivities: 'Nende filtritega tegevusi ei leitud.',
  listLoadError: 'Tegevusi ei õnnestunud laadida.',

  // badge-claim
  claimName: 'Sinu nimi',
  claimEmail: 'Sinu e-post',
  claimConsent: (issuer) => `Olen nõus, et ${issuer} kasutab minu nime ja e-posti aadressi selle märgi väljastamiseks.`,
  claimCode: 'Taotluskood',
  claimAssertion: 'Vaata oma Open Badge’i märki',
  claimQueued: 'Oled võrguühenduseta. Taotlus on salvestatud sellesse seadmesse ja saadetakse, kui ühendus taastub.',
  storageOff: 'See brauser ei luba selles seadmes andmeid salvestada, seega võrguühenduseta funktsioonid on välja lülitatud: hoia leht avatud, kuni taotlus on saadetud.',

  // my-badges
  myBadgesPending: 'Ootab ülevaatamist',
  organiserComment: (comment) => `Korraldaja kommentaar: ${comment}`,
  myBadgesUpdated: (count) => plural(count, { one: '# taotlus uuendatud.', other: '# taotlust uuendatud.' }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'Seda õpiteed ei leitud.',
  playlistLoadError: 'Õpiteed ei õnnestunud laadida.',
  playlistsLoadError: 'Õpiteid ei õnnestunud laadida.',
};
