// The public entry points: one define module per element, the index, and the API for a city's
// own messages. package.json's `exports` and `sideEffects` list the same modules (a test keeps
// them in step).
export const entries = [
  { name: 'index', source: 'src/index.ts' },
  { name: 'i18n/catalogues', source: 'src/i18n/catalogues.ts', subpath: 'i18n.js' },
  { name: 'config/learning-city', source: 'src/config/learning-city.ts', tag: 'learning-city' },
  { name: 'components/activity-card/activity-card', source: 'src/components/activity-card/activity-card.ts', tag: 'activity-card' },
  { name: 'components/activity-list/activity-list', source: 'src/components/activity-list/activity-list.ts', tag: 'activity-list' },
  { name: 'components/badge-card/badge-card', source: 'src/components/badge-card/badge-card.ts', tag: 'badge-card' },
  { name: 'components/badge-claim/badge-claim', source: 'src/components/badge-claim/badge-claim.ts', tag: 'badge-claim' },
  { name: 'components/my-badges/my-badges', source: 'src/components/my-badges/my-badges.ts', tag: 'my-badges' },
  { name: 'components/qr-scanner/qr-scanner', source: 'src/components/qr-scanner/qr-scanner.ts', tag: 'qr-scanner' },
  { name: 'components/badge-verify/badge-verify', source: 'src/components/badge-verify/badge-verify.ts', tag: 'badge-verify' },
  { name: 'components/claim-review/claim-review', source: 'src/components/claim-review/claim-review.ts', tag: 'claim-review' },
  { name: 'components/claim-kiosk/claim-kiosk', source: 'src/components/claim-kiosk/claim-kiosk.ts', tag: 'claim-kiosk' },
  { name: 'components/playlist-card/playlist-card', source: 'src/components/playlist-card/playlist-card.ts', tag: 'playlist-card' },
];
