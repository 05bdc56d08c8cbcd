import type { PlaylistMessages } from './en.js';

export const pl: PlaylistMessages = {
  playlistProgressLabel: 'Twoje postępy',
  playlistProgress: (done, total) => `${done} z ${total}`,
  playlistOptionalNeeded: (needed, optional) => `Kroki do wyboru: wybierz ${needed} z ${optional}.`,
  playlistStepsLabel: 'Kroki',
  playlistRequired: 'Obowiązkowy',
  playlistOptional: 'Do wyboru',
  playlistStepDone: 'Zrobione',
  playlistStepOpen: 'Jeszcze nie zrobione',
  playlistNext: (title) => `Następny krok: ${title}`,
  playlistComplete: 'Ukończono tę ścieżkę nauki.',
  playlistClaimTitle: (badge) => `Zdobądź „${badge}”`,
  playlistClaimIntro: 'Odznaki zdobyte na tej ścieżce zostaną wysłane z wnioskiem jako dowód.',
  playlistClaim: 'Zdobądź odznakę ścieżki',
  playlistClaimed: 'Masz odznakę tej ścieżki.',
  playlistIncomplete: 'Serwis odznak nie uznaje wszystkich twoich kroków: odznaka mogła zostać cofnięta lub wydana na inny adres e-mail.',
  myBadgesPath: (name, done, total) => `Ścieżka nauki „${name}”: ${done} z ${total}`,
};
