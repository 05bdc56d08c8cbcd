import type { MyBadgesMessages } from './en.js';

export const et: MyBadgesMessages = {
  myBadgesTitle: 'Minu märgid',
  myBadgesEmpty: 'Selles seadmes pole veel märke ega taotlusi.',
  myBadgesIssued: 'Väljastatud',
  myBadgesRejected: (reason) => (reason ? `Ei rahuldatud: ${reason}` : 'Ei rahuldatud'),
  myBadgesQueued: 'Ootab saatmist',
  myBadgesRefused: (message) => `Ei saadetud: ${message}`,
  myBadgesDismiss: 'Eemalda',
  myBadgesView: 'Vaata märki',
  myBadgesDownload: 'Laadi pilt alla',
  myBadgesLinkedIn: 'Lisa LinkedIni',
  myBadgesShare: 'Jaga',
  myBadgesLinkCopied: 'Link kopeeritud.',
  myBadgesCopyLink: 'Kopeeri see link',
  myBadgesRevoked: 'Tühistatud',
  myBadgesForget: 'Unusta see seade',
  myBadgesForgetConfirm: 'Kas unustada kõik selles seadmes hoitavad märgid, taotlused ja mustandid? Juba väljastatud märgid jäävad kehtima.',
  myBadgesForgetYes: 'Jah, unusta',
  myBadgesForgetNo: 'Loobu',
  myBadgesForgotten: 'Kõik selles seadmes hoitu on unustatud.',
};
