import type { PlaylistMessages } from './en.js';

export const uk: PlaylistMessages = {
  playlistProgressLabel: 'Ваш поступ',
  playlistProgress: (done, total) => `${done} з ${total}`,
  playlistOptionalNeeded: (needed, optional) => `Кроки на вибір: виберіть ${needed} з ${optional}.`,
  playlistStepsLabel: 'Кроки',
  playlistRequired: 'Обов’язковий',
  playlistOptional: 'На вибір',
  playlistStepDone: 'Виконано',
  playlistStepOpen: 'Ще не виконано',
  playlistNext: (title) => `Наступний крок: ${title}`,
  playlistComplete: 'Ви пройшли цей навчальний шлях.',
  playlistClaimTitle: (badge) => `Отримайте «${badge}»`,
  playlistClaimIntro: 'Значки, здобуті на цьому шляху, надсилаються разом із заявкою як доказ.',
  playlistClaim: 'Отримати значок шляху',
  playlistClaimed: 'У вас є значок цього шляху.',
  playlistIncomplete: 'Сервіс значків зараховує не всі ваші кроки: можливо, значок відкликано або видано на іншу адресу електронної пошти.',
  myBadgesPath: (name, done, total) => `Навчальний шлях «${name}»: ${done} з ${total}`,
};
