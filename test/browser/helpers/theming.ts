import { fixture, html } from '@open-wc/testing';
import '../../../src/components/activity-card/activity-card.js';
import type { ActivityCard } from '../../../src/components/activity-card/activity-card.js';
import { part, waitForPart } from './components.js';
import { API } from './server.js';

/** What the theming suites look at: the card's own background, and the light theme's. */
export const background = (card: ActivityCard) => getComputedStyle(part(card, 'base')!).backgroundColor;
export const WHITE = 'rgb(255, 255, 255)';

/** The seed activity's card, once its content shows. */
export async function loadedCard(): Promise<ActivityCard> {
  const card = await fixture<ActivityCard>(html`<activity-card api=${API} lang="en" activity-id="13965"></activity-card>`);
  await waitForPart(card, 'title');
  return card;
}
