import type { MyBadgesMessages } from './en.js';

export const lv: MyBadgesMessages = {
  myBadgesTitle: 'Manas nozīmītes',
  myBadgesEmpty: 'Šajā ierīcē vēl nav nozīmīšu vai pieprasījumu.',
  myBadgesIssued: 'Izsniegta',
  myBadgesRejected: (reason) => (reason ? `Nav pieņemts: ${reason}` : 'Nav pieņemts'),
  myBadgesQueued: 'Gaida nosūtīšanu',
  myBadgesRefused: (message) => `Nav nosūtīts: ${message}`,
  myBadgesDismiss: 'Noņemt',
  myBadgesView: 'Skatīt nozīmīti',
  myBadgesDownload: 'Lejupielādēt attēlu',
  myBadgesLinkedIn: 'Pievienot LinkedIn',
  myBadgesShare: 'Kopīgot',
  myBadgesLinkCopied: 'Saite nokopēta.',
  myBadgesCopyLink: 'Nokopējiet šo saiti',
  myBadgesRevoked: 'Atsaukta',
  myBadgesForget: 'Aizmirst šo ierīci',
  myBadgesForgetConfirm: 'Aizmirst visas šajā ierīcē saglabātās nozīmītes, pieprasījumus un melnrakstus? Jau izsniegtās nozīmītes paliek derīgas.',
  myBadgesForgetYes: 'Jā, aizmirst',
  myBadgesForgetNo: 'Atcelt',
  myBadgesForgotten: 'Viss, kas bija saglabāts šajā ierīcē, ir aizmirsts.',
};
