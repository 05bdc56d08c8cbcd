import type { PlaylistMessages } from './en.js';

export const de: PlaylistMessages = {
  playlistProgressLabel: 'Ihr Fortschritt',
  playlistProgress: (done, total) => `${done} von ${total}`,
  playlistOptionalNeeded: (needed, optional) => `Wahlschritte: ${needed} von ${optional} auswählen.`,
  playlistStepsLabel: 'Schritte',
  playlistRequired: 'Pflicht',
  playlistOptional: 'Wahl',
  playlistStepDone: 'Erledigt',
  playlistStepOpen: 'Noch offen',
  playlistNext: (title) => `Nächster Schritt: ${title}`,
  playlistComplete: 'Sie haben diesen Lernpfad abgeschlossen.',
  playlistClaimTitle: (badge) => `„${badge}“ erhalten`,
  playlistClaimIntro: 'Die Abzeichen, die Sie auf diesem Pfad erworben haben, werden als Nachweis mit Ihrem Antrag gesendet.',
  playlistClaim: 'Abzeichen des Pfads erhalten',
  playlistClaimed: 'Sie haben das Abzeichen dieses Pfads.',
  playlistIncomplete: 'Der Abzeichen-Dienst zählt nicht alle Ihre Schritte: Ein Abzeichen wurde vielleicht widerrufen oder an eine andere E-Mail-Adresse vergeben.',
  myBadgesPath: (name, done, total) => `Lernpfad „${name}“: ${done} von ${total}`,
};
