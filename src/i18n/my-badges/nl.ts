import type { MyBadgesMessages } from './en.js';

export const nl: MyBadgesMessages = {
  myBadgesTitle: 'Mijn badges',
  myBadgesEmpty: 'Nog geen badges of aanvragen op dit apparaat.',
  myBadgesIssued: 'Uitgereikt',
  myBadgesRejected: (reason) => (reason ? `Niet geaccepteerd: ${reason}` : 'Niet geaccepteerd'),
  myBadgesQueued: 'Wacht op verzending',
  myBadgesRefused: (message) => `Niet verstuurd: ${message}`,
  myBadgesDismiss: 'Verwijderen',
  myBadgesView: 'Badge bekijken',
  myBadgesDownload: 'Afbeelding downloaden',
  myBadgesLinkedIn: 'Toevoegen aan LinkedIn',
  myBadgesShare: 'Delen',
  myBadgesLinkCopied: 'Link gekopieerd.',
  myBadgesCopyLink: 'Kopieer deze link',
  myBadgesRevoked: 'Ingetrokken',
  myBadgesForget: 'Dit apparaat vergeten',
  myBadgesForgetConfirm: 'Alle badges, aanvragen en concepten op dit apparaat vergeten? Al uitgereikte badges blijven geldig.',
  myBadgesForgetYes: 'Ja, vergeten',
  myBadgesForgetNo: 'Annuleren',
  myBadgesForgotten: 'Alles wat op dit apparaat bewaard was, is vergeten.',
};
