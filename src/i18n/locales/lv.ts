import { pluralFor, relativeTime } from '../format.js';
import type { Messages } from './en.js';

const plural = pluralFor('lv');

export const lv: Messages = {
  loading: 'Notiek ielāde…',
  retry: 'Mēģināt vēlreiz',
  online: 'Tiešsaistē',
  activityNotFound: 'Šī aktivitāte netika atrasta.',
  activityLoadError: 'Aktivitāti neizdevās ielādēt.',
  shownOffline: (storedAt) => `Parādīts no šīs ierīces, atjaunināts ${relativeTime('lv', storedAt)}.`,
  playlists: (count) =>
    plural(count, { zero: 'Iekļauta # mācību ceļos', one: 'Iekļauta # mācību ceļā', other: 'Iekļauta # mācību ceļos' }),
  offlineError: 'Šķiet, ka esat bezsaistē. Saturs tiks ielādēts, kad savienojums atjaunosies.',

  // activity-card
  whenLabel: 'Kad',
  whereLabel: 'Kur',
  organiserLabel: 'Organizators',
  categoryLabel: 'Kategorija',
  durationLabel: 'Ilgums',
  skillsLabel: 'Prasmes',
  badgeLabel: 'Nozīmīte',
  visitorTime: (time) => `Jūsu laiks: ${time}`,
  showOnMap: 'Rādīt kartē',
  joinOnline: 'Pievienoties tiešsaistē',
  getActivityBadge: 'Saņemt aktivitātes nozīmīti',
  readMore: 'Lasīt vairāk',
  readLess: 'Rādīt mazāk',
  addToCalendar: 'Pievienot kalendāram',
  calendarFile: 'Kalendāra fails (.ics)',

  // badge-card
  badgeNotFound: 'Šī nozīmīte netika atrasta.',
  badgeLoadError: 'Nozīmīti neizdevās ielādēt.',
  criteriaLabel: 'Kritēriji',
  tasksLabel: 'Kā to iegūt',
  taskNo: (no) => `${no}. uzdevums`,
  taskKindCode: 'Piešķir organizators vai, noskenējot QR kodu',
  taskKindFile: 'Augšupielādēt failu kā pierādījumu',
  taskKindText: 'Uzrakstīt īsu tekstu',
  taskKindQuestions: 'Atbildēt uz pārdomu jautājumiem',
  taskCheckAuto: 'Pārbauda automātiski',
  taskCheckSelf: 'Pašnovērtējums',
  taskCheckOrganiser: 'Pārbauda organizators',
  taskCheckPeer: 'Pārbauda cits dalībnieks',
  issuerLabel: 'Izsniedzējs',
  getThisBadge: 'Saņemt šo nozīmīti',

  // activity-list
  filtersLabel: 'Filtrēt aktivitātes',
  searchLabel: 'Meklēt',
  skillLabel: 'Prasme',
  allOrganisers: 'Visi organizatori',
  allSkills: 'Visas prasmes',
  allCategories: 'Visas kategorijas',
  anyTime: 'Jebkurā laikā',
  upcoming: 'Gaidāmās',
  past: 'Notikušās',
  clearFilters: 'Notīrīt filtrus',
  showMore: 'Rādīt vairāk',
  activitiesShown: (count) =>
    plural(count, { zero: 'Parādītas # aktivitātes', one: 'Parādīta # aktivitāte', other: 'Parādītas # aktivitātes' }),
  noActivities: 'Neviena aktivitāte neatbilst šiem filtriem.',
  listLoadError: 'Aktivitātes neizdevās ielādēt.',

  // badge-claim
  claimName: 'Jūsu vārds',
  claimEmail: 'Jūsu e-pasts',
  claimConsent: (issuer) => `Piekrītu, ka ${issuer} izmanto manu vārdu un e-pasta adresi, lai izsniegtu man šo nozīmīti.`,
  claimCode: 'Pieprasījuma kods',
  claimAssertion: 'Skatīt savu Open Badge',
  claimQueued: 'Jūs esat bezsaistē. Pieprasījums ir saglabāts šajā ierīcē un tiks nosūtīts, kad atkal būsiet tiešsaistē.',
  storageOff: 'Šī pārlūkprogramma neļauj saglabāt datus šajā ierīcē, tāpēc bezsaistes funkcijas ir izslēgtas: turiet šo lapu atvērtu, līdz pieprasījums ir nosūtīts.',

  // my-badges
  myBadgesPending: 'Gaida pārskatīšanu',
  organiserComment: (comment) => `Organizatora komentārs: ${comment}`,
  myBadgesUpdated: (count) =>
    plural(count, { zero: 'Atjaunināti # pieprasījumi.', one: 'Atjaunināts # pieprasījums.', other: 'Atjaunināti # pieprasījumi.' }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'Šis mācību ceļš netika atrasts.',
  playlistLoadError: 'Mācību ceļu neizdevās ielādēt.',
  playlistsLoadError: 'Mācību ceļus neizdevās ielādēt.',
};
