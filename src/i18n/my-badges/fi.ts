import type { MyBadgesMessages } from './en.js';

export const fi: MyBadgesMessages = {
  myBadgesTitle: 'Omat merkit',
  myBadgesEmpty: 'Tällä laitteella ei ole vielä merkkejä tai hakemuksia.',
  myBadgesIssued: 'Myönnetty',
  myBadgesRejected: (reason) => (reason ? `Ei hyväksytty: ${reason}` : 'Ei hyväksytty'),
  myBadgesQueued: 'Odottaa lähetystä',
  myBadgesRefused: (message) => `Ei lähetetty: ${message}`,
  myBadgesDismiss: 'Poista',
  myBadgesView: 'Näytä merkki',
  myBadgesDownload: 'Lataa kuva',
  myBadgesLinkedIn: 'Lisää LinkedIniin',
  myBadgesShare: 'Jaa',
  myBadgesLinkCopied: 'Linkki kopioitu.',
  myBadgesCopyLink: 'Kopioi tämä linkki',
  myBadgesRevoked: 'Peruttu',
  myBadgesForget: 'Unohda tämä laite',
  myBadgesForgetConfirm: 'Unohdetaanko kaikki tälle laitteelle tallennetut merkit, hakemukset ja luonnokset? Jo myönnetyt merkit pysyvät voimassa.',
  myBadgesForgetYes: 'Kyllä, unohda',
  myBadgesForgetNo: 'Peruuta',
  myBadgesForgotten: 'Kaikki tälle laitteelle tallennettu on unohdettu.',
};
