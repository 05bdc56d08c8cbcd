import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/activity-card/activity-card.js';
import '../../../src/components/badge-verify/badge-verify.js';
import type { ActivityCard } from '../../../src/components/activity-card/activity-card.js';
import { messageOverrides, overrideMessages, registerCatalogue, registeredCatalogues } from '../../../src/i18n/catalogues.js';
import { en, type Messages } from '../../../src/i18n/locales/en.js';
import { lt } from '../../../src/i18n/verify/lt.js';
import { API } from '../helpers/server.js';
import { partText, waitForPart } from '../helpers/components.js';

const VILNIUS_ACTIVITY = '13965';

async function card(lang: string) {
  const element = await fixture<ActivityCard>(
    html`<activity-card api=${API} lang=${lang} activity-id=${VILNIUS_ACTIVITY} visitor-time-zone="Europe/Vilnius"></activity-card>`,
  );
  await waitForPart(element, 'claim', 'the card did not render its activity');
  return element;
}

/** A Swedish catalogue as a city would write it: every message of the English one. */
const sv: Messages = {
  ...en,
  getActivityBadge: 'Skaffa aktivitetens märke',
  durationLabel: 'Tid att slutföra',
  playlists: (count) => `Tillagd i ${count} spellistor`,
};

describe('a city’s own messages', () => {
  afterEach(() => {
    registeredCatalogues.clear();
    messageOverrides.clear();
  });

  it('changes one message of a language and keeps the others', async () => {
    overrideMessages('en', { getActivityBadge: 'Earn the badge' });
    const element = await card('en');
    expect(partText(element, 'claim')).to.equal('Earn the badge');
    expect(partText(element, 'playlists')).to.equal('Added to 1 playlist');
  });

  it('shows a change made after the widget rendered', async () => {
    const element = await card('en');
    expect(partText(element, 'claim')).to.equal('Get activity badge');
    overrideMessages('en', { getActivityBadge: 'Earn the badge' });
    await waitUntil(() => partText(element, 'claim') === 'Earn the badge', 'the card kept the old message');
  });

  it('adds up calls, and applies a language’s changes to its regional tags once its catalogue loads', async () => {
    overrideMessages('lt', { getActivityBadge: 'Gauk ženklelį' });
    overrideMessages('lt-LT', { showOnMap: 'Žemėlapyje' });
    const element = await card('lt-LT');
    await waitUntil(() => partText(element, 'playlists') === 'Įtraukta į 1 grojaraštį', 'Lithuanian did not load');
    expect(partText(element, 'claim')).to.equal('Gauk ženklelį');
    expect(partText(element, 'place')).to.contain('Žemėlapyje');
  });

  it('adds a language the kit does not ship, with messages that take arguments', async () => {
    registerCatalogue('sv', sv);
    const element = await card('sv-SE');
    expect(partText(element, 'claim')).to.equal('Skaffa aktivitetens märke');
    expect(partText(element, 'playlists')).to.equal('Tillagd i 1 spellistor');
    expect(element.shadowRoot!.textContent).to.contain('Tid att slutföra');
  });

  it('shows in English what a catalogue written in plain JavaScript lacks', async () => {
    registerCatalogue('sv', { getActivityBadge: 'Skaffa aktivitetens märke' } as Messages);
    const element = await card('sv');
    expect(partText(element, 'claim')).to.equal('Skaffa aktivitetens märke');
    expect(partText(element, 'playlists')).to.equal('Added to 1 playlist');
  });

  it('changes the words of an element loaded on demand, as the kit’s own', async () => {
    overrideMessages('lt', { verifySubmit: 'Tikrinti (miesto žodis)' });
    const element = await fixture<HTMLElement>(html`<badge-verify api=${API} lang="lt"></badge-verify>`);
    await waitUntil(() => element.shadowRoot?.querySelector('button[type="submit"]')?.textContent?.trim() === 'Tikrinti (miesto žodis)', 'the override did not show');
    // The rest of the element's words are the kit's Lithuanian ones, once their catalogue is in.
    await waitUntil(() => element.shadowRoot!.querySelector('label')?.textContent?.trim() === lt.verifyLinkLabel, 'the element’s other words are not Lithuanian');
    expect(element.shadowRoot!.querySelector('button[type="submit"]')?.textContent?.trim()).to.equal('Tikrinti (miesto žodis)');
  });

  it('keeps an element’s own words in the language when a city replaces the kit’s catalogue for it', async () => {
    registerCatalogue('lt', { ...en, retry: 'Bandyti dar kartą (miesto žodis)' });
    const element = await fixture<HTMLElement>(html`<badge-verify api=${API} lang="lt"></badge-verify>`);
    await waitUntil(() => element.shadowRoot!.querySelector('label')?.textContent?.trim() === lt.verifyLinkLabel, 'the element’s words are not Lithuanian');
  });

  it('replaces the kit’s own catalogue for a language', async () => {
    registerCatalogue('lt', { ...en, getActivityBadge: 'Gauti ženklelį (miesto vertimas)' });
    const element = await card('lt');
    expect(partText(element, 'claim')).to.equal('Gauti ženklelį (miesto vertimas)');
  });
});
