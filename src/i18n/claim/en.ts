import { pluralFor } from '../format.js';

const plural = pluralFor('en');

/**
 * The English messages of `<badge-claim>`: the reference every other language matches key for
 * key. A catalogue of their own, loaded with the claim form, so that pages without it do not carry them.
 */
export const en = {
  claimSteps: 'Steps to claim the badge',
  claimStepBadge: 'Badge',
  claimStepIdentify: 'About you',
  claimStepProve: 'Your evidence',
  claimStepReview: 'Review and send',
  claimStepResult: 'Result',
  claimStart: 'Claim this badge',
  claimPrivacy: 'Privacy notice',
  claimCodeOptional: 'Optional: without a code, the organiser confirms your participation.',
  claimScan: 'Scan the QR code',
  claimScanClose: 'Close the scanner',
  claimCodeRead: 'Claim code read from the QR code.',
  claimAnswer: 'Your answer',
  claimFile: 'Evidence file',
  claimFileHint: (types: string, max: string) => [types && `Accepted: ${types}.`, max && `Up to ${max}.`].filter(Boolean).join(' '),
  claimFileAttached: (name: string) => `${name} attached.`,
  claimFileRemoved: (name: string) => `${name} removed.`,
  claimFileRemove: (name: string) => `Remove ${name}`,
  claimRemove: 'Remove',
  claimNext: 'Next',
  claimBack: 'Back',
  claimSubmit: 'Send my claim',
  claimSubmitting: 'Sending your claim…',
  claimUploading: 'Uploading evidence',
  claimIssuedTitle: (badge: string) => `You earned “${badge}”`,
  claimIssued: 'Your badge is issued and kept in My badges on this device.',
  claimPendingTitle: 'Claim received',
  claimPending: 'The organiser will review your evidence. You can follow it in My badges.',
  claimRejectedTitle: 'Claim not accepted',
  claimRejected: (reason: string) => (reason ? `The organiser did not accept this claim: ${reason}` : 'The organiser did not accept this claim.'),
  claimQueuedTitle: 'Saved on this device',
  claimDelivered: 'Your saved claim has been sent.',
  errorRequired: 'Please fill this in.',
  errorEmail: 'Please enter an e-mail address like name@example.org.',
  errorConsent: 'We need your consent to issue the badge.',
  errorCodeRequired: 'Please enter or scan the claim code.',
  errorFileRequired: 'Please attach a file.',
  errorAnswerRequired: 'Please answer every question.',
  errorFileType: (name: string) => `${name} is not a file type this task accepts.`,
  errorFileTooLarge: (name: string, max: string) => `${name} is too large: files up to ${max} are accepted.`,
  errorCodeInvalid: 'This claim code is not valid. Check it and try again.',
  errorCodeUsed: 'This claim code has already been used.',
  errorCodeExpired: 'This claim code has expired.',
  errorCodeNotYetValid: 'This claim code is not valid yet.',
  errorCodeWrongBadge: 'This claim code belongs to another badge.',
  errorRateLimited: (minutes: number) => plural(minutes, { one: 'Too many attempts. Please try again in # minute.', other: 'Too many attempts. Please try again in # minutes.' }),
  errorUploadTooLarge: 'The file is too large for the badge service.',
  errorUploadType: 'The badge service does not accept this file: its content does not match its type.',
  errorServer: (message: string) => `The claim could not be sent: ${message}`,
};

export type ClaimMessages = typeof en;
