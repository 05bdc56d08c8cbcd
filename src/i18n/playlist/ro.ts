import type { PlaylistMessages } from './en.js';

export const ro: PlaylistMessages = {
  playlistProgressLabel: 'Progresul tău',
  playlistProgress: (done, total) => `${done} din ${total}`,
  playlistOptionalNeeded: (needed, optional) => `Pași opționali: alege ${needed} din ${optional}.`,
  playlistStepsLabel: 'Pași',
  playlistRequired: 'Obligatoriu',
  playlistOptional: 'Opțional',
  playlistStepDone: 'Făcut',
  playlistStepOpen: 'Încă nefăcut',
  playlistNext: (title) => `Pasul următor: ${title}`,
  playlistComplete: 'Ai parcurs acest traseu de învățare.',
  playlistClaimTitle: (badge) => `Obține „${badge}”`,
  playlistClaimIntro: 'Insignele obținute pe acest traseu sunt trimise cu cererea ta ca dovadă.',
  playlistClaim: 'Obține insigna traseului',
  playlistClaimed: 'Ai insigna acestui traseu.',
  playlistIncomplete: 'Serviciul de insigne nu ia în calcul toți pașii tăi: poate o insignă a fost revocată sau emisă pe altă adresă de e-mail.',
  myBadgesPath: (name, done, total) => `Traseul „${name}”: ${done} din ${total}`,
};
