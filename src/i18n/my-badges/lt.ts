import type { MyBadgesMessages } from './en.js';

export const lt: MyBadgesMessages = {
  myBadgesTitle: 'Mano ženkleliai',
  myBadgesEmpty: 'Šiame įrenginyje dar nėra ženklelių ar prašymų.',
  myBadgesIssued: 'Išduotas',
  myBadgesRejected: (reason) => (reason ? `Nepriimtas: ${reason}` : 'Nepriimtas'),
  myBadgesQueued: 'Laukia išsiuntimo',
  myBadgesRefused: (message) => `Neišsiųstas: ${message}`,
  myBadgesDismiss: 'Pašalinti',
  myBadgesView: 'Peržiūrėti ženklelį',
  myBadgesDownload: 'Atsisiųsti paveikslėlį',
  myBadgesLinkedIn: 'Pridėti prie LinkedIn',
  myBadgesShare: 'Dalintis',
  myBadgesLinkCopied: 'Nuoroda nukopijuota.',
  myBadgesCopyLink: 'Nukopijuokite šią nuorodą',
  myBadgesRevoked: 'Atšauktas',
  myBadgesForget: 'Pamiršti šį įrenginį',
  myBadgesForgetConfirm: 'Pamiršti visus šiame įrenginyje saugomus ženklelius, prašymus ir juodraščius? Jau išduoti ženkleliai lieka galioti.',
  myBadgesForgetYes: 'Taip, pamiršti',
  myBadgesForgetNo: 'Atšaukti',
  myBadgesForgotten: 'Viskas, kas buvo saugoma šiame įrenginyje, pamiršta.',
};
