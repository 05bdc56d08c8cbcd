import type { MyBadgesMessages } from './en.js';

export const pl: MyBadgesMessages = {
  myBadgesTitle: 'Moje odznaki',
  myBadgesEmpty: 'Na tym urządzeniu nie ma jeszcze odznak ani zgłoszeń.',
  myBadgesIssued: 'Wydana',
  myBadgesRejected: (reason) => (reason ? `Odrzucone: ${reason}` : 'Odrzucone'),
  myBadgesQueued: 'Czeka na wysłanie',
  myBadgesRefused: (message) => `Nie wysłano: ${message}`,
  myBadgesDismiss: 'Usuń',
  myBadgesView: 'Zobacz odznakę',
  myBadgesDownload: 'Pobierz obraz',
  myBadgesLinkedIn: 'Dodaj do LinkedIn',
  myBadgesShare: 'Udostępnij',
  myBadgesLinkCopied: 'Link skopiowany.',
  myBadgesCopyLink: 'Skopiuj ten link',
  myBadgesRevoked: 'Unieważniona',
  myBadgesForget: 'Zapomnij to urządzenie',
  myBadgesForgetConfirm: 'Zapomnieć wszystkie odznaki, zgłoszenia i szkice zapisane na tym urządzeniu? Wydane już odznaki pozostaną ważne.',
  myBadgesForgetYes: 'Tak, zapomnij',
  myBadgesForgetNo: 'Anuluj',
  myBadgesForgotten: 'Wszystko, co było zapisane na tym urządzeniu, zostało zapomniane.',
};
