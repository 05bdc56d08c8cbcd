import type { MyBadgesMessages } from './en.js';

export const it: MyBadgesMessages = {
  myBadgesTitle: 'I miei badge',
  myBadgesEmpty: 'Ancora nessun badge o richiesta su questo dispositivo.',
  myBadgesIssued: 'Rilasciato',
  myBadgesRejected: (reason) => (reason ? `Non accolta: ${reason}` : 'Non accolta'),
  myBadgesQueued: 'In attesa di invio',
  myBadgesRefused: (message) => `Non inviata: ${message}`,
  myBadgesDismiss: 'Rimuovi',
  myBadgesView: 'Visualizza il badge',
  myBadgesDownload: 'Scarica l’immagine',
  myBadgesLinkedIn: 'Aggiungi a LinkedIn',
  myBadgesShare: 'Condividi',
  myBadgesLinkCopied: 'Link copiato.',
  myBadgesCopyLink: 'Copia questo link',
  myBadgesRevoked: 'Revocato',
  myBadgesForget: 'Dimentica questo dispositivo',
  myBadgesForgetConfirm: 'Dimenticare tutti i badge, le richieste e le bozze salvati su questo dispositivo? I badge già rilasciati restano validi.',
  myBadgesForgetYes: 'Sì, dimentica',
  myBadgesForgetNo: 'Annulla',
  myBadgesForgotten: 'Tutto ciò che era salvato su questo dispositivo è stato dimenticato.',
};
