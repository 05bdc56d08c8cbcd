import type { MyBadgesMessages } from './en.js';

export const uk: MyBadgesMessages = {
  myBadgesTitle: 'Мої бейджі',
  myBadgesEmpty: 'На цьому пристрої ще немає бейджів чи заявок.',
  myBadgesIssued: 'Видано',
  myBadgesRejected: (reason) => (reason ? `Не прийнято: ${reason}` : 'Не прийнято'),
  myBadgesQueued: 'Очікує надсилання',
  myBadgesRefused: (message) => `Не надіслано: ${message}`,
  myBadgesDismiss: 'Вилучити',
  myBadgesView: 'Переглянути бейдж',
  myBadgesDownload: 'Завантажити зображення',
  myBadgesLinkedIn: 'Додати до LinkedIn',
  myBadgesShare: 'Поділитися',
  myBadgesLinkCopied: 'Посилання скопійовано.',
  myBadgesCopyLink: 'Скопіюйте це посилання',
  myBadgesRevoked: 'Відкликано',
  myBadgesForget: 'Забути цей пристрій',
  myBadgesForgetConfirm: 'Забути всі бейджі, заявки й чернетки, збережені на цьому пристрої? Уже видані бейджі залишаться дійсними.',
  myBadgesForgetYes: 'Так, забути',
  myBadgesForgetNo: 'Скасувати',
  myBadgesForgotten: 'Усе, що зберігалося на цьому пристрої, забуто.',
};
