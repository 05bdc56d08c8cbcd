import type { PlaylistMessages } from './en.js';

export const sl: PlaylistMessages = {
  playlistProgressLabel: 'Vaš napredek',
  playlistProgress: (done, total) => `${done} od ${total}`,
  playlistOptionalNeeded: (needed, optional) => `Izbirni koraki: izberite ${needed} od ${optional}.`,
  playlistStepsLabel: 'Koraki',
  playlistRequired: 'Obvezno',
  playlistOptional: 'Izbirno',
  playlistStepDone: 'Opravljeno',
  playlistStepOpen: 'Še ni opravljeno',
  playlistNext: (title) => `Naslednji korak: ${title}`,
  playlistComplete: 'Opravili ste to učno pot.',
  playlistClaimTitle: (badge) => `Pridobite »${badge}«`,
  playlistClaimIntro: 'Značke, ki ste jih pridobili na tej poti, se pošljejo z vašo prošnjo kot dokaz.',
  playlistClaim: 'Pridobite značko poti',
  playlistClaimed: 'Imate značko te poti.',
  playlistIncomplete: 'Storitev značk ne upošteva vseh vaših korakov: morda je bila značka preklicana ali izdana na drug e-poštni naslov.',
  myBadgesPath: (name, done, total) => `Učna pot »${name}«: ${done} od ${total}`,
};
