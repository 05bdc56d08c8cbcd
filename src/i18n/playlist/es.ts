import type { PlaylistMessages } from './en.js';

export const es: PlaylistMessages = {
  playlistProgressLabel: 'Tu progreso',
  playlistProgress: (done, total) => `${done} de ${total}`,
  playlistOptionalNeeded: (needed, optional) => `Pasos opcionales: elige ${needed} de ${optional}.`,
  playlistStepsLabel: 'Pasos',
  playlistRequired: 'Obligatorio',
  playlistOptional: 'Opcional',
  playlistStepDone: 'Hecho',
  playlistStepOpen: 'Pendiente',
  playlistNext: (title) => `Siguiente paso: ${title}`,
  playlistComplete: 'Has completado este itinerario de aprendizaje.',
  playlistClaimTitle: (badge) => `Consigue «${badge}»`,
  playlistClaimIntro: 'Las insignias que obtuviste en este itinerario se envían con tu solicitud como prueba.',
  playlistClaim: 'Conseguir la insignia del itinerario',
  playlistClaimed: 'Ya tienes la insignia de este itinerario.',
  playlistIncomplete: 'El servicio de insignias no cuenta todos tus pasos: puede que una insignia se haya revocado o emitido a otra dirección de correo.',
  myBadgesPath: (name, done, total) => `Itinerario «${name}»: ${done} de ${total}`,
};
