import { pluralFor, relativeTime } from '../format.js';
import type { Messages } from './en.js';

const plural = pluralFor('uk');

export const uk: Messages = {
  loading: 'Завантаження…',
  retry: 'Спробувати ще раз',
  online: 'Онлайн',
  activityNotFound: 'Цю подію не знайдено.',
  activityLoadError: 'Не вдалося завантажити подію.',
  shownOffline: (storedAt) => `Показано з цього пристрою, оновлено ${relativeTime('uk', storedAt)}.`,
  playlists: (count) =>
    plural(count, {
      one: 'Додано до # освітньої добірки',
      few: 'Додано до # освітніх добірок',
      many: 'Додано до # освітніх добірок',
      other: 'Додано до # освітньої добірки',
    }),
  offlineError: 'Схоже, ви не в мережі. Вміст завантажиться, щойно з’єднання відновиться.',

  // activity-card
  whenLabel: 'Коли',
  whereLabel: 'Де',
  organiserLabel: 'Організатор',
  categoryLabel: 'Категорія',
  durationLabel: 'Тривалість',
  skillsLabel: 'Навички',
  badgeLabel: 'Бейдж',
  visitorTime: (time) => `Ваш час: ${time}`,
  showOnMap: 'Показати на мапі',
  joinOnline: 'Долучитися онлайн',
  getActivityBadge: 'Отримати бейдж',
  readMore: 'Читати далі',
  readLess: 'Згорнути',
  addToCalendar: 'Додати до календаря',
  calendarFile: 'Файл календаря (.ics)',

  // badge-card
  badgeNotFound: 'Цей бейдж не знайдено.',
  badgeLoadError: 'Не вдалося завантажити бейдж.',
  criteriaLabel: 'Критерії',
  tasksLabel: 'Як його отримати',
  taskNo: (no) => `Завдання ${no}`,
  taskKindCode: 'Видає організатор або через сканування QR-коду',
  taskKindFile: 'Завантажте файл як підтвердження',
  taskKindText: 'Напишіть короткий текст',
  taskKindQuestions: 'Дайте відповіді на запитання для рефлексії',
  taskCheckAuto: 'Перевіряється автоматично',
  taskCheckSelf: 'Самооцінювання',
  taskCheckOrganiser: 'Перевіряє організатор',
  taskCheckPeer: 'Перевіряє інший учасник',
  issuerLabel: 'Видавець',
  getThisBadge: 'Отримати цей бейдж',

  // activity-list
  filtersLabel: 'Фільтрувати події',
  searchLabel: 'Пошук',
  skillLabel: 'Навичка',
  allOrganisers: 'Усі організатори',
  allSkills: 'Усі навички',
  allCategories: 'Усі категорії',
  anyTime: 'Будь-коли',
  upcoming: 'Майбутні',
  past: 'Минулі',
  clearFilters: 'Скинути фільтри',
  showMore: 'Показати більше',
  activitiesShown: (count) =>
    plural(count, {
      one: 'Показано # подію',
      few: 'Показано # події',
      many: 'Показано # подій',
      other: 'Показано # події',
    }),
  noActivities: 'Жодна подія не відповідає цим фільтрам.',
  listLoadError: 'Не вдалося завантажити події.',

  // badge-claim
  claimName: 'Ваше ім’я',
  claimEmail: 'Ваша електронна пошта',
  claimConsent: (issuer) => `Я погоджуюся, що ${issuer} використає моє ім’я та адресу електронної пошти, щоб видати мені цей бейдж.`,
  claimCode: 'Код заявки',
  claimAssertion: 'Переглянути свій Open Badge',
  claimQueued: 'Ви не в мережі. Заявку збережено на цьому пристрої, її буде надіслано, щойно ви повернетеся в мережу.',
  storageOff: 'Цей браузер не дозволяє зберігати дані на цьому пристрої, тому офлайн-функції вимкнено: не закривайте сторінку, доки заявку не буде надіслано.',

  // my-badges
  myBadgesPending: 'Очікує перевірки',
  organiserComment: (comment) => `Коментар організатора: ${comment}`,
  myBadgesUpdated: (count) =>
    plural(count, {
      one: 'Оновлено # заявку.',
      few: 'Оновлено # заявки.',
      many: 'Оновлено # заявок.',
      other: 'Оновлено # заявки.',
    }),

  // learning paths (playlist-card's own words, and my-badges' about paths, are in i18n/playlist)
  playlistNotFound: 'Цей навчальний шлях не знайдено.',
  playlistLoadError: 'Не вдалося завантажити навчальний шлях.',
  playlistsLoadError: 'Не вдалося завантажити навчальні шляхи.',
};
