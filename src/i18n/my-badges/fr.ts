import type { MyBadgesMessages } from './en.js';

export const fr: MyBadgesMessages = {
  myBadgesTitle: 'Mes badges',
  myBadgesEmpty: 'Aucun badge ni demande sur cet appareil pour l’instant.',
  myBadgesIssued: 'Délivré',
  myBadgesRejected: (reason) => (reason ? `Refusé : ${reason}` : 'Refusé'),
  myBadgesQueued: 'En attente d’envoi',
  myBadgesRefused: (message) => `Non envoyée : ${message}`,
  myBadgesDismiss: 'Retirer',
  myBadgesView: 'Voir le badge',
  myBadgesDownload: 'Télécharger l’image',
  myBadgesLinkedIn: 'Ajouter à LinkedIn',
  myBadgesShare: 'Partager',
  myBadgesLinkCopied: 'Lien copié.',
  myBadgesCopyLink: 'Copiez ce lien',
  myBadgesRevoked: 'Révoqué',
  myBadgesForget: 'Oublier cet appareil',
  myBadgesForgetConfirm: 'Oublier tous les badges, demandes et brouillons conservés sur cet appareil ? Les badges déjà délivrés restent valides.',
  myBadgesForgetYes: 'Oui, oublier',
  myBadgesForgetNo: 'Annuler',
  myBadgesForgotten: 'Tout ce qui était conservé sur cet appareil a été oublié.',
};
