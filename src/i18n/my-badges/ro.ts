import type { MyBadgesMessages } from './en.js';

export const ro: MyBadgesMessages = {
  myBadgesTitle: 'Insignele mele',
  myBadgesEmpty: 'Încă nu există insigne sau solicitări pe acest dispozitiv.',
  myBadgesIssued: 'Emisă',
  myBadgesRejected: (reason) => (reason ? `Neacceptată: ${reason}` : 'Neacceptată'),
  myBadgesQueued: 'În așteptarea trimiterii',
  myBadgesRefused: (message) => `Netrimisă: ${message}`,
  myBadgesDismiss: 'Eliminați',
  myBadgesView: 'Vedeți insigna',
  myBadgesDownload: 'Descărcați imaginea',
  myBadgesLinkedIn: 'Adăugați pe LinkedIn',
  myBadgesShare: 'Distribuiți',
  myBadgesLinkCopied: 'Link copiat.',
  myBadgesCopyLink: 'Copiați acest link',
  myBadgesRevoked: 'Revocată',
  myBadgesForget: 'Uitați acest dispozitiv',
  myBadgesForgetConfirm: 'Uitați toate insignele, solicitările și ciornele păstrate pe acest dispozitiv? Insignele deja emise rămân valabile.',
  myBadgesForgetYes: 'Da, uitați',
  myBadgesForgetNo: 'Anulați',
  myBadgesForgotten: 'Tot ce era păstrat pe acest dispozitiv a fost uitat.',
};
