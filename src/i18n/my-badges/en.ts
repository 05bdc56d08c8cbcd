/**
 * The English messages of `<my-badges>`: the reference every other language matches key for key.
 * They are a catalogue of their own, loaded with the element, so that pages without it do not
 * carry them.
 */
export const en = {
  myBadgesTitle: 'My badges',
  myBadgesEmpty: 'No badges or claims on this device yet.',
  myBadgesIssued: 'Issued',
  myBadgesRejected: (reason: string) => (reason ? `Not accepted: ${reason}` : 'Not accepted'),
  myBadgesQueued: 'Waiting to be sent',
  myBadgesRefused: (message: string) => `Not sent: ${message}`,
  myBadgesDismiss: 'Remove',
  myBadgesView: 'View badge',
  myBadgesDownload: 'Download image',
  myBadgesLinkedIn: 'Add to LinkedIn',
  myBadgesShare: 'Share',
  myBadgesLinkCopied: 'Link copied.',
  myBadgesCopyLink: 'Copy this link',
  myBadgesRevoked: 'Revoked',
  myBadgesForget: 'Forget this device',
  myBadgesForgetConfirm: 'Forget every badge, claim and draft kept on this device? Badges already issued stay valid.',
  myBadgesForgetYes: 'Yes, forget',
  myBadgesForgetNo: 'Cancel',
  myBadgesForgotten: 'Everything kept on this device has been forgotten.',
};

export type MyBadgesMessages = typeof en;
