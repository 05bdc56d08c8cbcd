import type { MyBadgesMessages } from './en.js';

export const de: MyBadgesMessages = {
  myBadgesTitle: 'Meine Abzeichen',
  myBadgesEmpty: 'Noch keine Abzeichen oder Anträge auf diesem Gerät.',
  myBadgesIssued: 'Ausgestellt',
  myBadgesRejected: (reason) => (reason ? `Nicht angenommen: ${reason}` : 'Nicht angenommen'),
  myBadgesQueued: 'Wartet auf Versand',
  myBadgesRefused: (message) => `Nicht gesendet: ${message}`,
  myBadgesDismiss: 'Entfernen',
  myBadgesView: 'Abzeichen ansehen',
  myBadgesDownload: 'Bild herunterladen',
  myBadgesLinkedIn: 'Zu LinkedIn hinzufügen',
  myBadgesShare: 'Teilen',
  myBadgesLinkCopied: 'Link kopiert.',
  myBadgesCopyLink: 'Diesen Link kopieren',
  myBadgesRevoked: 'Widerrufen',
  myBadgesForget: 'Dieses Gerät vergessen',
  myBadgesForgetConfirm: 'Alle auf diesem Gerät gespeicherten Abzeichen, Anträge und Entwürfe vergessen? Bereits ausgestellte Abzeichen bleiben gültig.',
  myBadgesForgetYes: 'Ja, vergessen',
  myBadgesForgetNo: 'Abbrechen',
  myBadgesForgotten: 'Alles, was auf diesem Gerät gespeichert war, wurde vergessen.',
};
