import { pluralFor, relativeTime } from '../format.js';
import type { Messages } from './en.js';

const plural = pluralFor('ro');

export const ro: Messages = {
  loading: 'Se încarcă…',
  retry: 'Încercați din nou',
  online: 'Online',
  activityNotFound: 'Această activitate nu a fost găsită.',
  activityLoadError: 'Activitatea nu a putut fi încărcată.',
  shownOffline: (storedAt) => `Afișat de pe acest dispozitiv, actualizat ${relativeTime('ro', storedAt)}.`,
  playlists: (count) =>
    plural(count, { one: 'Inclusă într-un parcurs', few: 'Inclusă în # parcursuri', other: 'Inclusă în # de parcursuri' }),
  offlineError: 'Se pare că nu aveți conexiune. Conținutul se va încărca atunci când revine conexiunea.',

  // activity-card
  whenLabel: 'Când',
  whereLabel: 'Unde',
  organiserLabel: 'Organizator',
  categoryLabel: 'Categorie',
  durationLabel: 'Durată',
  skillsLabel: 'Competențe',
  badgeLabel: 'Insignă',
  visitorTime: (time) => `Ora dumneavoastră: ${time}`,
  showOnMap: 'Vedeți pe hartă',
  joinOnline: 'Participați online',
  getActivityBadge: 'Obțineți insigna activității',
  readMore: 'Citiți mai mult',
  readLess: 'Afișați mai puțin',
  addToCalendar: 'Adăugați în calendar',
  calendarFile: 'Fișier de calendar (.ics)',

  // badge-card
  badgeNotFound: 'Această insignă nu a fost găsită.',
  badgeLoadError: 'Insigna nu a putut fi încărcată.',
  criteriaLabel: 'Criterii',
  tasksLabel: 'Cum o obțineți',
  taskNo: (no) => `Sarcina ${no}`,
  taskKindCode: 'Acordată de organizator sau prin scanarea unui cod QR',
  taskKindFile: 'Încărcați un fișier ca dovadă',
  taskKindText: 'Scrieți un text scurt',
  taskKindQuestions: 'Răspundeți la întrebări de reflecție',
  taskCheckAuto: 'Verificat automat',
  taskCheckSelf: 'Autoevaluare',
  taskCheckOrganiser: 'Verificat de organizator',
  taskCheckPeer: 'Verificat de un coleg',
  issuerLabel: 'Emisă de',
  getThisBadge: 'Obțineți această insignă',

  // activity-list
  filtersLabel: 'Filtrați activitățile',
  searchLabel: 'Căutare',
  skillLabel: 'Competență',
  allOrganisers: 'Toți organizatorii',
  allSkills: 'Toate competențele',
  allCategories: 'Toate categoriile',
  anyTime: 'Oricând',
  upcoming: 'Viitoare',
  past: 'Trecute',
  clearFilters: 'Ștergeți filtrele',
  showMore: 'Afișați mai multe',
  activitiesShown: (count) =>
    plural(count, { one: 'Se afișează o activitate', few: 'Se afișează # activități', other: 'Se afișează # de activități' }),
  noActivities: 'Nicio activitate nu corespunde acestor filtre.',
  listLoadError: 'Activitățile nu au putut fi încărcate.',

  // badge-claim
  claimName: 'Numele dumneavoastră',
  claimEmail: 'Adresa dumneavoastră de e-mail',
  claimConsent: (issuer) => `Sunt de acord ca ${issuer} să folosească numele și adresa mea de e-mail pentru a-mi emite această insignă.`,
  claimCode: 'Cod de solicitare',
  claimAssertion: 'Vedeți Open Badge-ul dumneavoastră',
  claimQueued: 'Nu aveți conexiune. Solicitarea este salvată pe acest dispozitiv și va fi trimisă când reveniți online.',
  storageOff: 'Acest browser nu ne permite să salvăm pe acest dispozitiv, așa că funcțiile offline sunt dezactivate: păstrați pagina deschisă până la trimiterea solicitării.',

  // my-badges
  myBadgesPending: 'În așteptarea verificării',
  organiserComment: (comment) => `Comentariul organizatorului: ${comment}`,
  myBadgesUpdated: (count) =>
    plural(count, { one: 'O solicitare actualizată.', few: '# solicitări actualizate.', other: '# de solicitări actualizate.' }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'Acest traseu de învățare nu a fost găsit.',
  playlistLoadError: 'Traseul de învățare nu a putut fi încărcat.',
  playlistsLoadError: 'Traseele de învățare nu au putut fi încărcate.',
};
