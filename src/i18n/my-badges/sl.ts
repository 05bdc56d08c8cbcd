import type { MyBadgesMessages } from './en.js';

export const sl: MyBadgesMessages = {
  myBadgesTitle: 'Moje značke',
  myBadgesEmpty: 'V tej napravi še ni značk ali prošenj.',
  myBadgesIssued: 'Izdana',
  myBadgesRejected: (reason) => (reason ? `Ni sprejeta: ${reason}` : 'Ni sprejeta'),
  myBadgesQueued: 'Čaka na pošiljanje',
  myBadgesRefused: (message) => `Ni poslana: ${message}`,
  myBadgesDismiss: 'Odstrani',
  myBadgesView: 'Oglejte si značko',
  myBadgesDownload: 'Prenesi sliko',
  myBadgesLinkedIn: 'Dodaj na LinkedIn',
  myBadgesShare: 'Deli',
  myBadgesLinkCopied: 'Povezava kopirana.',
  myBadgesCopyLink: 'Kopirajte to povezavo',
  myBadgesRevoked: 'Preklicano',
  myBadgesForget: 'Pozabi to napravo',
  myBadgesForgetConfirm: 'Želite pozabiti vse značke, prošnje in osnutke, shranjene v tej napravi? Že izdane značke ostanejo veljavne.',
  myBadgesForgetYes: 'Da, pozabi',
  myBadgesForgetNo: 'Prekliči',
  myBadgesForgotten: 'Vse, kar je bilo shranjeno v tej napravi, je pozabljeno.',
};
