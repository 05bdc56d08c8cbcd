import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/activity-card/activity-card.js';
import '../../src/config/learning-city.js';
import type { ActivityCard } from '../../src/components/activity-card/activity-card.js';
import { API, resetServer } from './helpers/server.js';

const loaded = (card: ActivityCard) =>
  waitUntil(() => card.shadowRoot?.querySelector('[part="title"]'), 'the card did not render its activity');

describe('activity-card', () => {
  beforeEach(resetServer);

  it('shows the Vilnius activity from the API: title, date and time in Vilnius, place', async () => {
    const card = await fixture<ActivityCard>(html`<activity-card api=${API} lang="en" activity-id="13965"></activity-card>`);
    await loaded(card);
    const text = (part: string) => card.shadowRoot!.querySelector(`[part="${part}"]`)!.textContent!.trim();
    expect(text('title')).to.equal('21st-century skills strategies for Cities of Learning');
    expect(text('when')).to.contain('Tuesday, May 17, 2022');
    expect(text('when')).to.match(/1:00\s?PM/);
    expect(text('when')).to.match(/2:30\s?PM/);
    expect(text('place')).to.contain('Rinktinės g. 18, Vilnius 09322');
    expect(card.shadowRoot!.querySelector('[part="title"]')!.getAttribute('lang')).to.equal('en');
  });

  it('says so when the activity does not exist', async () => {
    const card = await fixture<ActivityCard>(html`<activity-card api=${API} activity-id="no-such-activity"></activity-card>`);
    await waitUntil(() => card.shadowRoot!.textContent!.includes('could not be found'));
  });

  it('takes the API from a surrounding <learning-city>', async () => {
    const page = await fixture(html`<learning-city api=${API} lang="en">
      <activity-card activity-id="13965"></activity-card>
    </learning-city>`);
    await loaded(page.querySelector('activity-card')!);
  });
});
