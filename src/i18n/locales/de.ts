import { pluralFor, relativeTime } from '../format.js';
import type { Messages } from './en.js';

const plural = pluralFor('de');

export const de: Messages = {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  online: 'Online',
  activityNotFound: 'Diese Aktivität wurde nicht gefunden.',
  activityLoadError: 'Die Aktivität konnte nicht geladen werden.',
  shownOffline: (storedAt) => `Von diesem Gerät angezeigt, aktualisiert ${relativeTime('de', storedAt)}.`,
  playlists: (count) => plural(count, { one: 'In # Playlist enthalten', other: 'In # Playlists enthalten' }),
  offlineError: 'Sie scheinen offline zu sein. Der Inhalt wird geladen, sobald die Verbindung wieder besteht.',

  // activity-card
  whenLabel: 'Wann',
  whereLabel: 'Wo',
  organiserLabel: 'Veranstalter',
  categoryLabel: 'Kategorie',
  durationLabel: 'Dauer',
  skillsLabel: 'Kompetenzen',
  badgeLabel: 'Abzeichen',
  visitorTime: (time) => `Ihre Ortszeit: ${time}`,
  showOnMap: 'Auf der Karte zeigen',
  joinOnline: 'Online teilnehmen',
  getActivityBadge: 'Abzeichen erhalten',
  readMore: 'Weiterlesen',
  readLess: 'Weniger anzeigen',
  addToCalendar: 'Zum Kalender hinzufügen',
  calendarFile: 'Kalenderdatei (.ics)',

  // badge-card
  badgeNotFound: 'Dieses Abzeichen wurde nicht gefunden.',
  badgeLoadError: 'Das Abzeichen konnte nicht geladen werden.',
  criteriaLabel: 'Kriterien',
  tasksLabel: 'So erhalten Sie es',
  taskNo: (no) => `Aufgabe ${no}`,
  taskKindCode: 'Vergeben vom Veranstalter oder per QR-Code',
  taskKindFile: 'Eine Datei als Nachweis hochladen',
  taskKindText: 'Einen kurzen Text schreiben',
  taskKindQuestions: 'Reflexionsfragen beantworten',
  taskCheckAuto: 'Automatisch geprüft',
  taskCheckSelf: 'Selbsteinschätzung',
  taskCheckOrganiser: 'Vom Veranstalter geprüft',
  taskCheckPeer: 'Von einer anderen teilnehmenden Person geprüft',
  issuerLabel: 'Ausgestellt von',
  getThisBadge: 'Dieses Abzeichen erhalten',

  // activity-list
  filtersLabel: 'Aktivitäten filtern',
  searchLabel: 'Suche',
  skillLabel: 'Kompetenz',
  allOrganisers: 'Alle Veranstalter',
  allSkills: 'Alle Kompetenzen',
  allCategories: 'Alle Kategorien',
  anyTime: 'Jederzeit',
  upcoming: 'Demnächst',
  past: 'Vergangen',
  clearFilters: 'Filter zurücksetzen',
  showMore: 'Mehr anzeigen',
  activitiesShown: (count) => plural(count, { one: '# Aktivität wird angezeigt', other: '# Aktivitäten werden angezeigt' }),
  noActivities: 'Keine Aktivitäten entsprechen diesen Filtern.',
  listLoadError: 'Die Aktivitäten konnten nicht geladen werden.',

  // badge-claim
  claimName: 'Ihr Name',
  claimEmail: 'Ihre E-Mail-Adresse',
  claimConsent: (issuer) => `Ich bin einverstanden, dass ${issuer} meinen Namen und meine E-Mail-Adresse verwendet, um mir dieses Abzeichen auszustellen.`,
  claimCode: 'Code',
  claimAssertion: 'Ihr Open Badge ansehen',
  claimQueued: 'Sie sind offline. Ihr Antrag ist auf diesem Gerät gespeichert und wird gesendet, sobald Sie wieder online sind.',
  storageOff: 'Dieser Browser erlaubt kein Speichern auf diesem Gerät, daher sind die Offline-Funktionen aus: Lassen Sie diese Seite geöffnet, bis Ihr Antrag gesendet ist.',

  // my-badges
  myBadgesPending: 'Wartet auf Prüfung',
  organiserComment: (comment) => `Kommentar des Veranstalters: ${comment}`,
  myBadgesUpdated: (count) => plural(count, { one: '# Antrag aktualisiert.', other: '# Anträge aktualisiert.' }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'Dieser Lernpfad wurde nicht gefunden.',
  playlistLoadError: 'Der Lernpfad konnte nicht geladen werden.',
  playlistsLoadError: 'Die Lernpfade konnten nicht geladen werden.',
};
