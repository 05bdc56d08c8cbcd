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
  offlineError: 'Atrodo, esate neprisijungę prie interneto. Turinys bus įkeltas, kai ryšys atsikurs.',

  // activity-card
  whenLabel: 'Kada',
  whereLabel: 'Kur',
  organiserLabel: 'Organizatorius',
  categoryLabel: 'Kategorija',
  durationLabel: 'Trukmė',
  skillsLabel: 'Įgūdžiai',
  badgeLabel: 'Ženklelis',
  visitorTime: (time) => `Jūsų laiku: ${time}`,
  showOnMap: 'Rodyti žemėlapyje',
  joinOnline: 'Prisijungti internetu',
  getActivityBadge: 'Gauti veiklos ženklelį',
  readMore: 'Skaityti daugiau',
  readLess: 'Rodyti mažiau',
  addToCalendar: 'Pridėti į kalendorių',
  calendarFile: 'Kalendoriaus failas (.ics)',

  // badge-card
  badgeNotFound: 'Šio ženklelio rasti nepavyko.',
  badgeLoadError: 'Ženklelio įkelti nepavyko.',
  criteriaLabel: 'Kriterijai',
  tasksLabel: 'Kaip jį gauti',
  taskNo: (no) => `Užduotis Nr. ${no}`,
  taskKindCode: 'Išduoda organizatorius arba gaunamas nuskenavus QR kodą',
  taskKindFile: 'Įkelkite failą kaip įrodymą',
  taskKindText: 'Parašykite trumpą tekstą',
  taskKindQuestions: 'Atsakykite į refleksijos klausimus',
  taskCheckAuto: 'Tikrinama automatiškai',
  taskCheckSelf: 'Įsivertinate patys',
  taskCheckOrganiser: 'Vertina organizatorius',
  taskCheckPeer: 'Vertina kitas dalyvis',
  issuerLabel: 'Išdavė',
  getThisBadge: 'Gauti šį ženklelį',

  // activity-list
  filtersLabel: 'Filtruoti veiklas',
  searchLabel: 'Paieška',
  skillLabel: 'Įgūdis',
  allOrganisers: 'Visi organizatoriai',
  allSkills: 'Visi įgūdžiai',
  allCategories: 'Visos kategorijos',
  anyTime: 'Bet kada',
  upcoming: 'Būsimos',
  past: 'Praėjusios',
  clearFilters: 'Išvalyti filtrus',
  showMore: 'Rodyti daugiau',
  activitiesShown: (count) =>
    plural(count, {
      one: 'Rodoma # veikla',
      few: 'Rodomos # veiklos',
      many: 'Rodoma # veiklos',
      other: 'Rodoma # veiklų',
    }),
  noActivities: 'Pagal šiuos filtrus veiklų nerasta.',
  listLoadError: 'Veiklų įkelti nepavyko.',

  // badge-claim
  claimName: 'Jūsų vardas',
  claimEmail: 'Jūsų el. paštas',
  claimConsent: (issuer) => `Sutinku, kad ${issuer} naudotų mano vardą ir el. pašto adresą šiam ženkleliui išduoti.`,
  claimCode: 'Gavimo kodas',
  claimAssertion: 'Peržiūrėti Open Badge ženklelį',
  claimQueued: 'Esate neprisijungę. Prašymas išsaugotas šiame įrenginyje ir bus išsiųstas, kai vėl prisijungsite.',
  storageOff: 'Ši naršyklė neleidžia saugoti duomenų šiame įrenginyje, todėl darbas neprisijungus išjungtas: neuždarykite puslapio, kol prašymas bus išsiųstas.',

  // my-badges
  myBadgesPending: 'Laukia peržiūros',
  organiserComment: (comment) => `Organizatoriaus komentaras: ${comment}`,
  myBadgesUpdated: (count) =>
    plural(count, { one: 'Atnaujintas # prašymas.', few: 'Atnaujinti # prašymai.', many: 'Atnaujinta # prašymo.', other: 'Atnaujinta # prašymų.' }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'Šis mokymosi kelias nerastas.',
  playlistLoadError: 'Nepavyko įkelti mokymosi kelio.',
  playlistsLoadError: 'Nepavyko įkelti mokymosi kelių.',
};
