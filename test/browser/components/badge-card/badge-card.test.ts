import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { pressKey } from '../../helpers/browser.js';
import '../../../../src/components/badge-card/badge-card.js';
import '../../../../src/config/learning-city.js';
import type { BadgeCard } from '../../../../src/components/badge-card/badge-card.js';
import { kitStore } from '../../../../src/store/store.js';
import { API, injectFault, resetServer } from '../../helpers/server.js';
import { isShown, part, partText, waitForPart } from '../../helpers/components.js';

const STRATEGIST = 'strategist-2022';

const badgeCard = (id: string, lang = 'en') =>
  fixture<BadgeCard>(html`<badge-card api=${API} lang=${lang} badge-id=${id}></badge-card>`);

describe('badge-card', () => {
  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
  });

  it('shows the badge: image, name, description, criteria, tasks and how each is checked, skills, issuer', async () => {
    const element = await badgeCard(STRATEGIST);
    await waitForPart(element, 'name');
    expect(partText(element, 'name')).to.equal('21st-century skills strategist');
    expect(part<HTMLImageElement>(element, 'image')!.alt).to.equal('A round badge with a ribbon and the initials CS');
    expect(partText(element, 'description')).to.contain('Turin Metropolitan City');
    expect(partText(element, 'criteria')).to.match(/^Criteria This activity created opportunities/);
    const tasks = [...element.shadowRoot!.querySelectorAll('[part="task"]')].map((task) => task.textContent!.replace(/\s+/g, ' '));
    expect(tasks).to.have.length(3);
    expect(tasks[0]).to.contain('Task 1').and.contain('Issued by the organiser or by scanning a QR code');
    expect(tasks[0]).to.contain('Reviewed by the organiser');
    expect(tasks[1]).to.contain('Upload a file as evidence');
    expect(tasks[2]).to.contain('Answer reflection questions').and.contain('Self-assessed');
    expect(tasks[2]).to.contain('What next steps do you want to take to realise your strategy?');
    expect(element.shadowRoot!.querySelectorAll('[part="skill"]').length).to.be.greaterThan(2);
    expect(partText(element, 'issuer')).to.equal('Issued by Vilnius City of Learning');
    expect(partText(element, 'claim')).to.equal('Get this badge');
    await expect(element).to.be.accessible();
  });

  it('names peer review, in Lithuanian and Estonian too', async () => {
    const en = await badgeCard('vilnius-study-visit-2022');
    await waitUntil(() => partText(en, 'tasks')?.includes('Reviewed by a peer'), 'no peer review');
    const lt = await badgeCard('vilnius-study-visit-2022', 'lt');
    await waitUntil(() => partText(lt, 'tasks')?.includes('Vertina kitas dalyvis'), 'no Lithuanian');
    expect(partText(lt, 'tasks')).to.contain('Užduotis Nr. 1');
    const et = await badgeCard('vilnius-study-visit-2022', 'et');
    await waitUntil(() => partText(et, 'tasks')?.includes('Hindab kaaslane'), 'no Estonian');
    await expect(et).to.be.accessible();
  });

  it('starts the claim from the keyboard: an event, then the claim-href link', async () => {
    const element = await fixture<BadgeCard>(
      html`<badge-card api=${API} lang="en" badge-id=${STRATEGIST} claim-href="#claim?badge={badgeId}"></badge-card>`,
    );
    await waitForPart(element, 'claim');
    part(element, 'claim')!.focus();
    const event = oneEvent(document, 'lc-claim-start');
    await pressKey('Enter');
    expect((await event).detail).to.deep.equal({ badgeId: STRATEGIST });
    await waitUntil(() => location.hash === '#claim?badge=strategist-2022', 'the link was not followed');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('hides the call to action with no-claim', async () => {
    const element = await fixture<BadgeCard>(html`<badge-card api=${API} badge-id=${STRATEGIST} no-claim></badge-card>`);
    await waitForPart(element, 'name');
    expect(part(element, 'claim')).to.equal(null);
  });

  it('shows a skeleton while loading', async () => {
    await injectFault({ method: 'GET', path: '/badges', status: 200, delayMs: 1000, times: 1 });
    const element = await badgeCard(STRATEGIST);
    await waitForPart(element, 'skeleton');
    expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('true');
    await expect(element).to.be.accessible();
    await waitForPart(element, 'name');
  });

  it('says when the badge does not exist, showing the page’s own content', async () => {
    const element = await fixture<BadgeCard>(html`<badge-card api=${API} lang="en" badge-id="no-such-badge">
      <a href="https://vilnius.citiesoflearning.eu/">Badges in Vilnius</a>
    </badge-card>`);
    await waitForPart(element, 'not-found');
    expect(partText(element, 'not-found')).to.equal('This badge could not be found.');
    expect(isShown(element.querySelector('a')!)).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('offers a retry after an error', async () => {
    await injectFault({ method: 'GET', path: '/badges', status: 500, retryAfter: 0, times: 3 });
    const element = await badgeCard(STRATEGIST);
    await waitForPart(element, 'retry');
    expect(partText(element, 'error')).to.contain('The badge could not be loaded.');
    await expect(element).to.be.accessible();
    part(element, 'retry')!.focus();
    await pressKey('Enter');
    await waitForPart(element, 'name');
  });

  it('shows the cached badge when the API cannot be reached', async () => {
    const page = html`<learning-city api=${API} cache-ttl="0" lang="en"><badge-card badge-id=${STRATEGIST}></badge-card></learning-city>`;
    const first = await fixture(page);
    await waitForPart(first.querySelector('badge-card')!, 'name');
    first.remove();
    await injectFault({ method: 'GET', path: '/badges', status: 503, retryAfter: 0, times: 3 });
    const element = (await fixture(page)).querySelector('badge-card')!;
    await waitForPart(element, 'offline');
    expect(partText(element, 'offline')).to.match(/^Shown from this device, updated /);
    await expect(element).to.be.accessible();
  });
});
