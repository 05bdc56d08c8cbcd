import { pluralFor, relativeTime } from '../format.js';
import type { Messages } from './en.js';

const plural = pluralFor('pl');

export const pl: Messages = {
  loading: 'Wczytywanie…',
  retry: 'Spróbuj ponownie',
  online: 'Online',
  activityNotFound: 'Nie znaleziono tego wydarzenia.',
  activityLoadError: 'Nie udało się wczytać wydarzenia.',
  shownOffline: (storedAt) => `Wyświetlane z tego urządzenia, zaktualizowane ${relativeTime('pl', storedAt)}.`,
  playlists: (count) =>
    plural(count, {
      one: 'Dodane do # ścieżki nauki',
      few: 'Dodane do # ścieżek nauki',
      many: 'Dodane do # ścieżek nauki',
      other: 'Dodane do # ścieżki nauki',
    }),
  offlineError: 'Wygląda na to, że nie masz połączenia z internetem. Treść wczyta się po przywróceniu połączenia.',

  // activity-card
  whenLabel: 'Kiedy',
  whereLabel: 'Gdzie',
  organiserLabel: 'Organizator',
  categoryLabel: 'Kategoria',
  durationLabel: 'Czas trwania',
  skillsLabel: 'Umiejętności',
  badgeLabel: 'Odznaka',
  visitorTime: (time) => `Twój czas: ${time}`,
  showOnMap: 'Pokaż na mapie',
  joinOnline: 'Dołącz online',
  getActivityBadge: 'Zdobądź odznakę',
  readMore: 'Czytaj dalej',
  readLess: 'Pokaż mniej',
  addToCalendar: 'Dodaj do kalendarza',
  calendarFile: 'Plik kalendarza (.ics)',

  // badge-card
  badgeNotFound: 'Nie znaleziono tej odznaki.',
  badgeLoadError: 'Nie udało się wczytać odznaki.',
  criteriaLabel: 'Kryteria',
  tasksLabel: 'Jak ją zdobyć',
  taskNo: (no) => `Zadanie ${no}`,
  taskKindCode: 'Przyznawana przez organizatora lub po zeskanowaniu kodu QR',
  taskKindFile: 'Prześlij plik jako dowód',
  taskKindText: 'Napisz krótki tekst',
  taskKindQuestions: 'Odpowiedz na pytania do refleksji',
  taskCheckAuto: 'Sprawdzane automatycznie',
  taskCheckSelf: 'Samoocena',
  taskCheckOrganiser: 'Sprawdzane przez organizatora',
  taskCheckPeer: 'Sprawdzane przez innego uczestnika',
  issuerLabel: 'Wydawca',
  getThisBadge: 'Zdobądź tę odznakę',

  // activity-list
  filtersLabel: 'Filtruj wydarzenia',
  searchLabel: 'Szukaj',
  skillLabel: 'Umiejętność',
  allOrganisers: 'Wszyscy organizatorzy',
  allSkills: 'Wszystkie umiejętności',
  allCategories: 'Wszystkie kategorie',
  anyTime: 'Dowolny termin',
  upcoming: 'Nadchodzące',
  past: 'Minione',
  clearFilters: 'Wyczyść filtry',
  showMore: 'Pokaż więcej',
  activitiesShown: (count) =>
    plural(count, {
      one: 'Wyświetlane jest # wydarzenie',
      few: 'Wyświetlane są # wydarzenia',
      many: 'Wyświetlanych jest # wydarzeń',
      other: 'Wyświetlane jest # wydarzenia',
    }),
  noActivities: 'Żadne wydarzenie nie pasuje do tych filtrów.',
  listLoadError: 'Nie udało się wczytać wydarzeń.',

  // badge-claim
  claimName: 'Imię i nazwisko',
  claimEmail: 'Adres e-mail',
  claimConsent: (issuer) => `Zgadzam się, aby ${issuer} wykorzystał moje imię i nazwisko oraz adres e-mail do wydania mi tej odznaki.`,
  claimCode: 'Kod odznaki',
  claimAssertion: 'Zobacz swoją odznakę Open Badge',
  claimQueued: 'Nie masz połączenia. Zgłoszenie jest zapisane na tym urządzeniu i zostanie wysłane, gdy znów będziesz online.',
  storageOff: 'Ta przeglądarka nie pozwala zapisywać danych na tym urządzeniu, więc funkcje offline są wyłączone: nie zamykaj strony, dopóki zgłoszenie nie zostanie wysłane.',

  // my-badges
  myBadgesPending: 'Czeka na sprawdzenie',
  organiserComment: (comment) => `Komentarz organizatora: ${comment}`,
  myBadgesUpdated: (count) =>
    plural(count, {
      one: 'Zaktualizowano # zgłoszenie.',
      few: 'Zaktualizowano # zgłoszenia.',
      many: 'Zaktualizowano # zgłoszeń.',
      other: 'Zaktualizowano # zgłoszenia.',
    }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'Nie znaleziono tej ścieżki nauki.',
  playlistLoadError: 'Nie udało się wczytać ścieżki nauki.',
  playlistsLoadError: 'Nie udało się wczytać ścieżek nauki.',
};
