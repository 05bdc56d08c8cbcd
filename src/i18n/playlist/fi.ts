import type { PlaylistMessages } from './en.js';

export const fi: PlaylistMessages = {
  playlistProgressLabel: 'Edistymisesi',
  playlistProgress: (done, total) => `${done}/${total}`,
  playlistOptionalNeeded: (needed, optional) => `Valinnaiset vaiheet: valitse ${needed}/${optional}.`,
  playlistStepsLabel: 'Vaiheet',
  playlistRequired: 'Pakollinen',
  playlistOptional: 'Valinnainen',
  playlistStepDone: 'Tehty',
  playlistStepOpen: 'Vielä tekemättä',
  playlistNext: (title) => `Seuraava vaihe: ${title}`,
  playlistComplete: 'Olet suorittanut tämän oppimispolun.',
  playlistClaimTitle: (badge) => `Hanki ”${badge}”`,
  playlistClaimIntro: 'Tällä polulla ansaitsemasi merkit lähetetään hakemuksesi mukana todisteeksi.',
  playlistClaim: 'Hanki polun merkki',
  playlistClaimed: 'Sinulla on tämän polun merkki.',
  playlistIncomplete: 'Merkkipalvelu ei laske kaikkia vaiheitasi: jokin merkki on ehkä peruttu tai myönnetty toiseen sähköpostiosoitteeseen.',
  myBadgesPath: (name, done, total) => `Oppimispolku ”${name}”: ${done}/${total}`,
};
