// The public entry points: one define module per element plus the index. package.json's
// `exports` and `sideEffects` list the same modules (a test keeps them in step).
export const entries = [
  { name: 'index', source: 'src/index.ts' },
  { name: 'config/learning-city', source: 'src/config/learning-city.ts', tag: 'learning-city' },
  { name: 'components/activity-card/activity-card', source: 'src/components/activity-card/activity-card.ts', tag: 'activity-card' },
];
