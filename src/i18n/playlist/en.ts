/**
 * The English messages of `<playlist-card>`, and of what `<my-badges>` says about learning paths:
 * the reference every other language matches key for key. They are a catalogue of their own,
 * loaded with those elements, so that pages without them do not carry them.
 */
export const en = {
  playlistProgressLabel: 'Your progress',
  playlistProgress: (done: number, total: number) => `${done} of ${total}`,
  playlistOptionalNeeded: (needed: number, optional: number) => `Optional steps: choose ${needed} of ${optional}.`,
  playlistStepsLabel: 'Steps',
  playlistRequired: 'Required',
  playlistOptional: 'Optional',
  playlistStepDone: 'Done',
  playlistStepOpen: 'Not done yet',
  playlistNext: (title: string) => `Next step: ${title}`,
  playlistComplete: 'You have completed this learning path.',
  playlistClaimTitle: (badge: string) => `Get “${badge}”`,
  playlistClaimIntro: 'The badges you earned on this path are sent with your claim as proof.',
  playlistClaim: 'Get the path’s badge',
  playlistClaimed: 'You have this path’s badge.',
  playlistIncomplete: 'The badge service does not count all your steps: a badge may have been revoked or issued to another e-mail address.',
  myBadgesPath: (name: string, done: number, total: number) => `Learning path “${name}”: ${done} of ${total}`,
};

export type PlaylistMessages = typeof en;
