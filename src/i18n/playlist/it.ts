import type { PlaylistMessages } from './en.js';

export const it: PlaylistMessages = {
  playlistProgressLabel: 'I tuoi progressi',
  playlistProgress: (done, total) => `${done} di ${total}`,
  playlistOptionalNeeded: (needed, optional) => `Passi facoltativi: scegline ${needed} su ${optional}.`,
  playlistStepsLabel: 'Passi',
  playlistRequired: 'Obbligatorio',
  playlistOptional: 'Facoltativo',
  playlistStepDone: 'Fatto',
  playlistStepOpen: 'Da fare',
  playlistNext: (title) => `Prossimo passo: ${title}`,
  playlistComplete: 'Hai completato questo percorso di apprendimento.',
  playlistClaimTitle: (badge) => `Ottieni «${badge}»`,
  playlistClaimIntro: 'I badge che hai ottenuto in questo percorso vengono inviati con la tua richiesta come prova.',
  playlistClaim: 'Ottieni il badge del percorso',
  playlistClaimed: 'Hai il badge di questo percorso.',
  playlistIncomplete: 'Il servizio dei badge non conta tutti i tuoi passi: un badge potrebbe essere stato revocato o rilasciato a un altro indirizzo e-mail.',
  myBadgesPath: (name, done, total) => `Percorso «${name}»: ${done} di ${total}`,
};
