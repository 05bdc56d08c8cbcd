import type { PlaylistMessages } from './en.js';

export const lt: PlaylistMessages = {
  playlistProgressLabel: 'Jūsų pažanga',
  playlistProgress: (done, total) => `${done} iš ${total}`,
  playlistOptionalNeeded: (needed, optional) => `Pasirenkami žingsniai: pasirinkite ${needed} iš ${optional}.`,
  playlistStepsLabel: 'Žingsniai',
  playlistRequired: 'Privalomas',
  playlistOptional: 'Pasirenkamas',
  playlistStepDone: 'Atlikta',
  playlistStepOpen: 'Dar neatlikta',
  playlistNext: (title) => `Kitas žingsnis: ${title}`,
  playlistComplete: 'Jūs įveikėte šį mokymosi kelią.',
  playlistClaimTitle: (badge) => `Gaukite „${badge}“`,
  playlistClaimIntro: 'Šiame kelyje gauti ženkleliai bus išsiųsti kartu su prašymu kaip įrodymas.',
  playlistClaim: 'Gauti kelio ženklelį',
  playlistClaimed: 'Jūs turite šio kelio ženklelį.',
  playlistIncomplete: 'Ženklelių paslauga įskaito ne visus jūsų žingsnius: galbūt ženklelis atšauktas arba išduotas kitu el. pašto adresu.',
  myBadgesPath: (name, done, total) => `Mokymosi kelias „${name}“: ${done} iš ${total}`,
};
