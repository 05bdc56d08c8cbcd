import { pluralFor, relativeTime } from '../format.js';
import type { Messages } from './en.js';

const plural = pluralFor('fi');

export const fi: Messages = {
  loading: 'Ladataan…',
  retry: 'Yritä uudelleen',
  online: 'Verkossa',
  activityNotFound: 'Toimintaa ei löytynyt.',
  activityLoadError: 'Toimintaa ei voitu ladata.',
  shownOffline: (storedAt) => `Näytetään tältä laitteelta, päivitetty ${relativeTime('fi', storedAt)}.`,
  playlists: (count) => plural(count, { one: 'Lisätty # oppimispolkuun', other: 'Lisätty # oppimispolkuun' }),
  offlineError: 'Näyttää siltä, ettei verkkoyhteyttä ole. Sisältö ladataan, kun yhteys palaa.',

  // activity-card
  whenLabel: 'Milloin',
  whereLabel: 'Missä',
  organiserLabel: 'Järjestäjä',
  categoryLabel: 'Luokka',
  durationLabel: 'Kesto',
  skillsLabel: 'Taidot',
  badgeLabel: 'Merkki',
  visitorTime: (time) => `Sinun aikasi: ${time}`,
  showOnMap: 'Näytä kartalla',
  joinOnline: 'Osallistu verkossa',
  getActivityBadge: 'Hanki toiminnan merkki',
  readMore: 'Lue lisää',
  readLess: 'Näytä vähemmän',
  addToCalendar: 'Lisää kalenteriin',
  calendarFile: 'Kalenteritiedosto (.ics)',

  // badge-card
  badgeNotFound: 'Merkkiä ei löytynyt.',
  badgeLoadError: 'Merkkiä ei voitu ladata.',
  criteriaLabel: 'Kriteerit',
  tasksLabel: 'Näin ansaitset sen',
  taskNo: (no) => `Tehtävä ${no}`,
  taskKindCode: 'Järjestäjä myöntää tai saat sen skannaamalla QR-koodin',
  taskKindFile: 'Lataa tiedosto näytöksi',
  taskKindText: 'Kirjoita lyhyt teksti',
  taskKindQuestions: 'Vastaa pohdintakysymyksiin',
  taskCheckAuto: 'Tarkistetaan automaattisesti',
  taskCheckSelf: 'Itsearviointi',
  taskCheckOrganiser: 'Järjestäjä arvioi',
  taskCheckPeer: 'Vertaisarviointi',
  issuerLabel: 'Myöntäjä',
  getThisBadge: 'Hanki tämä merkki',

  // activity-list
  filtersLabel: 'Suodata toimintaa',
  searchLabel: 'Haku',
  skillLabel: 'Taito',
  allOrganisers: 'Kaikki järjestäjät',
  allSkills: 'Kaikki taidot',
  allCategories: 'Kaikki luokat',
  anyTime: 'Milloin tahansa',
  upcoming: 'Tulevat',
  past: 'Menneet',
  clearFilters: 'Tyhjennä suodattimet',
  showMore: 'Näytä lisää',
  activitiesShown: (count) => plural(count, { one: 'Näytetään # toiminta', other: 'Näytetään # toimintaa' }),
  noActivities: 'Näillä suodattimilla ei löytynyt toimintaa.',
  listLoadError: 'Toimintaa ei voitu ladata.',

  // badge-claim
  claimName: 'Nimesi',
  claimEmail: 'Sähköpostiosoitteesi',
  claimConsent: (issuer) => `Hyväksyn, että ${issuer} käyttää nimeäni ja sähköpostiosoitettani tämän merkin myöntämiseen.`,
  claimCode: 'Hakukoodi',
  claimAssertion: 'Näytä Open Badge -merkkisi',
  claimQueued: 'Olet offline-tilassa. Hakemuksesi on tallennettu tälle laitteelle, ja se lähetetään, kun yhteys palaa.',
  storageOff: 'Tämä selain ei salli tallentamista tälle laitteelle, joten offline-toiminnot eivät ole käytössä: pidä sivu auki, kunnes hakemus on lähetetty.',

  // my-badges
  myBadgesPending: 'Odottaa arviointia',
  organiserComment: (comment) => `Järjestäjän kommentti: ${comment}`,
  myBadgesUpdated: (count) => plural(count, { one: '# hakemus päivitetty.', other: '# hakemusta päivitetty.' }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'Tätä oppimispolkua ei löytynyt.',
  playlistLoadError: 'Oppimispolkua ei voitu ladata.',
  playlistsLoadError: 'Oppimispolkuja ei voitu ladata.',
};
