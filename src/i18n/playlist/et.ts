import type { PlaylistMessages } from './en.js';

export const et: PlaylistMessages = {
  playlistProgressLabel: 'Sinu edenemine',
  playlistProgress: (done, total) => `${done} / ${total}`,
  playlistOptionalNeeded: (needed, optional) => `Valikulised sammud: vali ${needed} sammu ${optional}-st.`,
  playlistStepsLabel: 'Sammud',
  playlistRequired: 'Kohustuslik',
  playlistOptional: 'Valikuline',
  playlistStepDone: 'Tehtud',
  playlistStepOpen: 'Veel tegemata',
  playlistNext: (title) => `Järgmine samm: ${title}`,
  playlistComplete: 'Oled selle õpitee läbinud.',
  playlistClaimTitle: (badge) => `Saa „${badge}“`,
  playlistClaimIntro: 'Sellel teel teenitud märgid saadetakse tõendina koos sinu taotlusega.',
  playlistClaim: 'Saa õpitee märk',
  playlistClaimed: 'Sul on selle õpitee märk.',
  playlistIncomplete: 'Märgiteenus ei arvesta kõiki sinu samme: mõni märk võib olla tühistatud või väljastatud teisele e-posti aadressile.',
  myBadgesPath: (name, done, total) => `Õpitee „${name}“: ${done} / ${total}`,
};
