import type { PlaylistMessages } from './en.js';

export const lv: PlaylistMessages = {
  playlistProgressLabel: 'Jūsu progress',
  playlistProgress: (done, total) => `${done} no ${total}`,
  playlistOptionalNeeded: (needed, optional) => `Izvēles soļi: izvēlieties ${needed} no ${optional}.`,
  playlistStepsLabel: 'Soļi',
  playlistRequired: 'Obligāts',
  playlistOptional: 'Izvēles',
  playlistStepDone: 'Paveikts',
  playlistStepOpen: 'Vēl nav paveikts',
  playlistNext: (title) => `Nākamais solis: ${title}`,
  playlistComplete: 'Jūs esat pabeidzis šo mācību ceļu.',
  playlistClaimTitle: (badge) => `Saņemiet “${badge}”`,
  playlistClaimIntro: 'Šajā ceļā nopelnītās nozīmītes tiks nosūtītas kopā ar pieteikumu kā pierādījums.',
  playlistClaim: 'Saņemt ceļa nozīmīti',
  playlistClaimed: 'Jums ir šī ceļa nozīmīte.',
  playlistIncomplete: 'Nozīmīšu pakalpojums neieskaita visus jūsu soļus: iespējams, kāda nozīmīte ir atsaukta vai izsniegta citai e-pasta adresei.',
  myBadgesPath: (name, done, total) => `Mācību ceļš “${name}”: ${done} no ${total}`,
};
