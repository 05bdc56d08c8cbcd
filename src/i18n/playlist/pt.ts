import type { PlaylistMessages } from './en.js';

export const pt: PlaylistMessages = {
  playlistProgressLabel: 'O seu progresso',
  playlistProgress: (done, total) => `${done} de ${total}`,
  playlistOptionalNeeded: (needed, optional) => `Passos opcionais: escolha ${needed} de ${optional}.`,
  playlistStepsLabel: 'Passos',
  playlistRequired: 'Obrigatório',
  playlistOptional: 'Opcional',
  playlistStepDone: 'Feito',
  playlistStepOpen: 'Ainda por fazer',
  playlistNext: (title) => `Próximo passo: ${title}`,
  playlistComplete: 'Concluiu este percurso de aprendizagem.',
  playlistClaimTitle: (badge) => `Obtenha «${badge}»`,
  playlistClaimIntro: 'Os crachás que obteve neste percurso são enviados com o seu pedido como prova.',
  playlistClaim: 'Obter o crachá do percurso',
  playlistClaimed: 'Já tem o crachá deste percurso.',
  playlistIncomplete: 'O serviço de crachás não conta todos os seus passos: um crachá pode ter sido revogado ou emitido para outro endereço de e-mail.',
  myBadgesPath: (name, done, total) => `Percurso «${name}»: ${done} de ${total}`,
};
