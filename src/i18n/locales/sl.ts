import { pluralFor, relativeTime } from '../format.js';
import type { Messages } from './en.js';

const plural = pluralFor('sl');

export const sl: Messages = {
  loading: 'Nalaganje …',
  retry: 'Poskusi znova',
  online: 'Na spletu',
  activityNotFound: 'Te dejavnosti ni bilo mogoče najti.',
  activityLoadError: 'Dejavnosti ni bilo mogoče naložiti.',
  shownOffline: (storedAt) => `Prikazano iz te naprave, posodobljeno ${relativeTime('sl', storedAt)}.`,
  playlists: (count) =>
    plural(count, {
      one: 'Vključeno v # učno pot',
      two: 'Vključeno v # učni poti',
      few: 'Vključeno v # učne poti',
      other: 'Vključeno v # učnih poti',
    }),
  offlineError: 'Videti je, da niste povezani v splet. Vsebina se bo naložila, ko bo povezava spet vzpostavljena.',

  // activity-card
  whenLabel: 'Kdaj',
  whereLabel: 'Kje',
  organiserLabel: 'Organizator',
  categoryLabel: 'Kategorija',
  durationLabel: 'Trajanje',
  skillsLabel: 'Veščine',
  badgeLabel: 'Značka',
  visitorTime: (time) => `Vaš čas: ${time}`,
  showOnMap: 'Pokaži na zemljevidu',
  joinOnline: 'Pridružite se prek spleta',
  getActivityBadge: 'Pridobite značko dejavnosti',
  readMore: 'Preberi več',
  readLess: 'Pokaži manj',
  addToCalendar: 'Dodaj v koledar',
  calendarFile: 'Datoteka koledarja (.ics)',

  // badge-card
  badgeNotFound: 'Te značke ni bilo mogoče najti.',
  badgeLoadError: 'Značke ni bilo mogoče naložiti.',
  criteriaLabel: 'Merila',
  tasksLabel: 'Kako jo pridobite',
  taskNo: (no) => `${no}. naloga`,
  taskKindCode: 'Podeli jo organizator ali jo pridobite s skeniranjem kode QR',
  taskKindFile: 'Naložite datoteko kot dokazilo',
  taskKindText: 'Napišite kratko besedilo',
  taskKindQuestions: 'Odgovorite na vprašanja za razmislek',
  taskCheckAuto: 'Samodejno preverjeno',
  taskCheckSelf: 'Samoocena',
  taskCheckOrganiser: 'Pregleda organizator',
  taskCheckPeer: 'Pregleda drug udeleženec',
  issuerLabel: 'Izdajatelj',
  getThisBadge: 'Pridobite to značko',

  // activity-list
  filtersLabel: 'Filtriranje dejavnosti',
  searchLabel: 'Iskanje',
  skillLabel: 'Veščina',
  allOrganisers: 'Vsi organizatorji',
  allSkills: 'Vse veščine',
  allCategories: 'Vse kategorije',
  anyTime: 'Kadar koli',
  upcoming: 'Prihajajoče',
  past: 'Pretekle',
  clearFilters: 'Počisti filtre',
  showMore: 'Pokaži več',
  activitiesShown: (count) =>
    plural(count, {
      one: 'Prikazana je # dejavnost',
      two: 'Prikazani sta # dejavnosti',
      few: 'Prikazane so # dejavnosti',
      other: 'Prikazanih je # dejavnosti',
    }),
  noActivities: 'Tem filtrom ne ustreza nobena dejavnost.',
  listLoadError: 'Dejavnosti ni bilo mogoče naložiti.',

  // badge-claim
  claimName: 'Vaše ime',
  claimEmail: 'Vaš e-poštni naslov',
  claimConsent: (issuer) => `Strinjam se, da ${issuer} uporabi moje ime in e-poštni naslov za izdajo te značke.`,
  claimCode: 'Koda za značko',
  claimAssertion: 'Oglejte si svoj Open Badge',
  claimQueued: 'Niste povezani v splet. Prošnja je shranjena v tej napravi in bo poslana, ko boste spet na spletu.',
  storageOff: 'Ta brskalnik ne dovoli shranjevanja v tej napravi, zato so funkcije brez povezave izklopljene: pustite stran odprto, dokler prošnja ni poslana.',

  // my-badges
  myBadgesPending: 'Čaka na pregled',
  organiserComment: (comment) => `Komentar organizatorja: ${comment}`,
  myBadgesUpdated: (count) =>
    plural(count, {
      one: 'Posodobljena je # prošnja.',
      two: 'Posodobljeni sta # prošnji.',
      few: 'Posodobljene so # prošnje.',
      other: 'Posodobljenih je # prošenj.',
    }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'Te učne poti ni bilo mogoče najti.',
  playlistLoadError: 'Učne poti ni bilo mogoče naložiti.',
  playlistsLoadError: 'Učnih poti ni bilo mogoče naložiti.',
};
