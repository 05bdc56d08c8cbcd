import type { PlaylistMessages } from './en.js';

export const fr: PlaylistMessages = {
  playlistProgressLabel: 'Votre progression',
  playlistProgress: (done, total) => `${done} sur ${total}`,
  playlistOptionalNeeded: (needed, optional) => `Étapes facultatives : choisissez-en ${needed} sur ${optional}.`,
  playlistStepsLabel: 'Étapes',
  playlistRequired: 'Obligatoire',
  playlistOptional: 'Facultative',
  playlistStepDone: 'Terminée',
  playlistStepOpen: 'Pas encore faite',
  playlistNext: (title) => `Étape suivante : ${title}`,
  playlistComplete: 'Vous avez terminé ce parcours d’apprentissage.',
  playlistClaimTitle: (badge) => `Obtenir « ${badge} »`,
  playlistClaimIntro: 'Les badges obtenus sur ce parcours sont envoyés avec votre demande comme preuve.',
  playlistClaim: 'Obtenir le badge du parcours',
  playlistClaimed: 'Vous avez le badge de ce parcours.',
  playlistIncomplete: 'Le service de badges ne compte pas toutes vos étapes : un badge a peut-être été révoqué ou délivré à une autre adresse e-mail.',
  myBadgesPath: (name, done, total) => `Parcours « ${name} » : ${done} sur ${total}`,
};
