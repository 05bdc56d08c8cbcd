import type { PlaylistMessages } from './en.js';

export const nl: PlaylistMessages = {
  playlistProgressLabel: 'Je voortgang',
  playlistProgress: (done, total) => `${done} van ${total}`,
  playlistOptionalNeeded: (needed, optional) => `Keuzestappen: kies er ${needed} van ${optional}.`,
  playlistStepsLabel: 'Stappen',
  playlistRequired: 'Verplicht',
  playlistOptional: 'Keuze',
  playlistStepDone: 'Gedaan',
  playlistStepOpen: 'Nog niet gedaan',
  playlistNext: (title) => `Volgende stap: ${title}`,
  playlistComplete: 'Je hebt deze leerroute afgerond.',
  playlistClaimTitle: (badge) => `Haal „${badge}”`,
  playlistClaimIntro: 'De badges die je op deze route hebt verdiend, worden als bewijs met je aanvraag meegestuurd.',
  playlistClaim: 'Haal de badge van de route',
  playlistClaimed: 'Je hebt de badge van deze route.',
  playlistIncomplete: 'De badgedienst telt niet al je stappen mee: misschien is een badge ingetrokken of aan een ander e-mailadres uitgegeven.',
  myBadgesPath: (name, done, total) => `Leerroute „${name}”: ${done} van ${total}`,
};
