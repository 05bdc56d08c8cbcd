import { pluralFor, relativeTime } from '../format.js';
import type { Messages } from './en.js';

const plural = pluralFor('nl');

export const nl: Messages = {
  loading: 'Laden…',
  retry: 'Opnieuw proberen',
  online: 'Online',
  activityNotFound: 'Deze activiteit is niet gevonden.',
  activityLoadError: 'De activiteit kon niet worden geladen.',
  shownOffline: (storedAt) => `Getoond vanaf dit apparaat, bijgewerkt ${relativeTime('nl', storedAt)}.`,
  playlists: (count) => plural(count, { one: 'Opgenomen in # leerroute', other: 'Opgenomen in # leerroutes' }),
  offlineError: 'U lijkt offline te zijn. De inhoud wordt geladen zodra de verbinding terug is.',

  // activity-card
  whenLabel: 'Wanneer',
  whereLabel: 'Waar',
  organiserLabel: 'Organisator',
  categoryLabel: 'Categorie',
  durationLabel: 'Duur',
  skillsLabel: 'Vaardigheden',
  badgeLabel: 'Badge',
  visitorTime: (time) => `Uw tijd: ${time}`,
  showOnMap: 'Op de kaart tonen',
  joinOnline: 'Online deelnemen',
  getActivityBadge: 'Badge voor deze activiteit halen',
  readMore: 'Lees meer',
  readLess: 'Minder tonen',
  addToCalendar: 'Toevoegen aan agenda',
  calendarFile: 'Agendabestand (.ics)',

  // badge-card
  badgeNotFound: 'Deze badge is niet gevonden.',
  badgeLoadError: 'De badge kon niet worden geladen.',
  criteriaLabel: 'Criteria',
  tasksLabel: 'Zo verdient u hem',
  taskNo: (no) => `Opdracht ${no}`,
  taskKindCode: 'Uitgereikt door de organisator of door een QR-code te scannen',
  taskKindFile: 'Een bestand als bewijs uploaden',
  taskKindText: 'Een korte tekst schrijven',
  taskKindQuestions: 'Reflectievragen beantwoorden',
  taskCheckAuto: 'Automatisch gecontroleerd',
  taskCheckSelf: 'Zelfbeoordeling',
  taskCheckOrganiser: 'Beoordeeld door de organisator',
  taskCheckPeer: 'Beoordeeld door een medecursist',
  issuerLabel: 'Uitgereikt door',
  getThisBadge: 'Deze badge halen',

  // activity-list
  filtersLabel: 'Activiteiten filteren',
  searchLabel: 'Zoeken',
  skillLabel: 'Vaardigheid',
  allOrganisers: 'Alle organisatoren',
  allSkills: 'Alle vaardigheden',
  allCategories: 'Alle categorieën',
  anyTime: 'Altijd',
  upcoming: 'Binnenkort',
  past: 'Afgelopen',
  clearFilters: 'Filters wissen',
  showMore: 'Meer tonen',
  activitiesShown: (count) => plural(count, { one: '# activiteit getoond', other: '# activiteiten getoond' }),
  noActivities: 'Geen activiteiten gevonden met deze filters.',
  listLoadError: 'De activiteiten konden niet worden geladen.',

  // badge-claim
  claimName: 'Uw naam',
  claimEmail: 'Uw e-mailadres',
  claimConsent: (issuer) => `Ik ga ermee akkoord dat ${issuer} mijn naam en e-mailadres gebruikt om mij deze badge uit te reiken.`,
  claimCode: 'Aanvraagcode',
  claimAssertion: 'Uw Open Badge bekijken',
  claimQueued: 'U bent offline. Uw aanvraag is bewaard op dit apparaat en wordt verstuurd zodra u weer online bent.',
  storageOff: 'Deze browser laat ons niets op dit apparaat bewaren, dus de offlinefuncties staan uit: houd deze pagina open tot uw aanvraag is verstuurd.',

  // my-badges
  myBadgesPending: 'Wacht op beoordeling',
  organiserComment: (comment) => `Opmerking van de organisator: ${comment}`,
  myBadgesUpdated: (count) => plural(count, { one: '# aanvraag bijgewerkt.', other: '# aanvragen bijgewerkt.' }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'Deze leerroute is niet gevonden.',
  playlistLoadError: 'De leerroute kon niet worden geladen.',
  playlistsLoadError: 'De leerroutes konden niet worden geladen.',
};
