import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { RestClient } from '../../../../src/api/rest-client.js';
import type { ClaimSubmission } from '../../../../src/api/types.js';
import '../../../../src/components/playlist-card/playlist-card.js';
import '../../../../src/config/learning-city.js';
import type { PlaylistCard } from '../../../../src/components/playlist-card/playlist-card.js';
import { device } from '../../../../src/store/device.js';
import { kitStore } from '../../../../src/store/store.js';
import { pressKey, typeKeys } from '../../helpers/browser.js';
import { isShown, part, partText, waitForPart } from '../../helpers/components.js';
import { API, injectFault, resetServer } from '../../helpers/server.js';

// "Learning city strategist": 13958 (optional), 13965 (required), the UNESCO webinar (required),
// 14210 (optional); one optional step completes it, so 3 steps count.
const PATH = 'city-strategist';
const visitor = { name: 'Rūta', email: 'ruta@example.org' };

const claims: Record<string, ClaimSubmission> = {
  webinar: { badgeId: 'gnlc-future-skills', recipient: visitor, consent: true, code: 'GNLC-FUTURE', answers: { t2: ['Curiosity.'] } },
  digital: { badgeId: 'digital-step', recipient: visitor, consent: true, answers: { t1: ['Video calls.'] } },
  strategist: { badgeId: 'strategist-2022', recipient: visitor, consent: true, answers: { t3: ['Sharing helps.', 'Write our plan.'] } },
};

/** Claims a step's badge from this device (as badge-claim does), approving it when it waits for review. */
async function earn(which: keyof typeof claims, recipient = visitor): Promise<void> {
  const client = new RestClient({ api: API });
  const delivery = await (await device().outbox()).submit(API, client, {
    id: crypto.randomUUID(),
    submission: { ...claims[which]!, recipient },
    files: [],
    badge: { name: claims[which]!.badgeId },
  });
  if (delivery.state !== 'delivered') throw new Error(`the ${which} claim was not delivered`);
  if (delivery.claim.status === 'pending-review') {
    const review = await fetch(`${API}/claims/${delivery.claim.id}/review`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer test-organiser-token' },
      body: JSON.stringify({ decision: 'approve' }),
    });
    if (!review.ok) throw new Error('approval failed');
    await (await device().claims()).refresh(API, client);
  }
}

const card = (lang = 'en') => fixture<PlaylistCard>(html`<playlist-card api=${API} lang=${lang} playlist-id=${PATH}></playlist-card>`);

const steps = (element: PlaylistCard) =>
  [...element.shadowRoot!.querySelectorAll('[part~="step"]')].map((step) => step.textContent!.replace(/\s+/g, ' ').trim());

const stepsLoaded = (element: PlaylistCard) => waitUntil(() => steps(element)[0]?.includes('study visit'), 'the steps’ activities did not load', { timeout: 8000 });

describe('playlist-card', () => {
  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
  });

  it('shows the path: name, image, description, organiser, its steps in order and no progress yet', async () => {
    const element = await card();
    await waitForPart(element, 'name');
    await stepsLoaded(element);
    expect(partText(element, 'name')).to.equal('Learning city strategist');
    expect(part<HTMLImageElement>(element, 'image')!.alt).to.match(/^Vilnius/);
    expect(partText(element, 'description')).to.contain('21st-century skills');
    expect(partText(element, 'organiser')).to.equal('Organiser Vilnius City of Learning');
    const list = steps(element);
    expect(list).to.have.length(4);
    expect(list[0]).to.contain('Cities of Learning study visit: opening and city walk').and.contain('Optional').and.contain('Not done yet');
    expect(list[1]).to.contain('21st-century skills strategies for Cities of Learning').and.contain('Required');
    expect(list[1]).to.contain('Rinktinės g. 18').and.contain('2022');
    expect(list[2]).to.contain('Urban upskilling').and.contain('Online');
    const bar = part<HTMLProgressElement>(element, 'progress-bar')!;
    expect([bar.value, bar.max]).to.deep.equal([0, 3]);
    expect(bar.getAttribute('aria-valuetext')).to.equal('0 of 3');
    expect(partText(element, 'progress-text')).to.equal('0 of 3');
    expect(partText(element, 'optional-needed')).to.equal('Optional steps: choose 1 of 2.');
    // The first step that counts is the optional one at the top: any optional step still counts.
    expect(partText(element, 'next')).to.equal('Next step: Cities of Learning study visit: opening and city walk');
    expect(part<HTMLAnchorElement>(element, 'next')!.href).to.equal('https://vilnius.citiesoflearning.eu/activity/13958');
    expect(part(element, 'claim-form')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('counts progress from the badges issued on this device', async () => {
    await earn('webinar');
    await earn('digital');
    const element = await card();
    await stepsLoaded(element);
    await waitUntil(() => partText(element, 'progress-text') === '2 of 3', 'progress did not count this device’s badges');
    const done = [...element.shadowRoot!.querySelectorAll('[part~="done"]')].map((step) => step.textContent!);
    expect(done).to.have.length(2);
    expect(done[0]).to.contain('Urban upskilling').and.contain('Done');
    expect(done[1]).to.contain('Skaitmeninio raštingumo');
    // The optional steps are enough now: the next step is the required one still open.
    expect(partText(element, 'next')).to.equal('Next step: 21st-century skills strategies for Cities of Learning');
    expect(part<HTMLProgressElement>(element, 'progress-bar')!.value).to.equal(2);
    await expect(element).to.be.accessible();
  });

  it('links steps through the page’s activity-href template', async () => {
    const element = await fixture<PlaylistCard>(
      html`<playlist-card api=${API} lang="en" playlist-id=${PATH} activity-href="/activity.html?activity={activityId}"></playlist-card>`,
    );
    await stepsLoaded(element);
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="step"] a')!;
    expect(new URL(link.href).pathname + new URL(link.href).search).to.equal('/activity.html?activity=13958');
  });

  it('claims the path’s badge from the keyboard once complete, sending this device’s claims as proof', async () => {
    await earn('webinar');
    await earn('digital');
    await earn('strategist');
    const element = await card();
    await waitForPart(element, 'claim-form');
    expect(partText(element, 'progress-text')).to.equal('3 of 3');
    expect(partText(element, 'complete')).to.equal('You have completed this learning path.');
    expect(part(element, 'next')).to.equal(null);
    await expect(element).to.be.accessible();

    // Sent empty: each field says what it needs, and the first one takes the focus.
    part(element, 'claim')!.focus();
    await pressKey('Enter');
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'name', 'the name field did not take the focus');
    expect(element.shadowRoot!.querySelectorAll('[part="field-error"]').length).to.equal(3);
    await expect(element).to.be.accessible();

    await typeKeys(visitor.name);
    await pressKey('Tab');
    await typeKeys(visitor.email);
    await pressKey('Tab');
    await pressKey(' ');
    await pressKey('Tab');
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'claim'));
    const claimed = oneEvent(element, 'lc-claim');
    await pressKey('Enter');
    const { detail } = await claimed;
    expect(detail.badgeId).to.equal('path-city-strategist');
    expect(detail.status).to.equal('issued');
    await waitForPart(element, 'claimed');
    expect(partText(element, 'claimed')).to.equal('You have this path’s badge. View your Open Badge');
    const kept = (await kitStore().all('claims')).find((record) => record.badgeId === 'path-city-strategist');
    expect(kept?.status).to.equal('issued');
    await expect(element).to.be.accessible();
  });

  it('keeps what was typed and says so plainly when the API does not count the steps', async () => {
    // The steps were issued to another address than the one the visitor types now.
    const other = { name: 'Rūta', email: 'ruta.old@example.org' };
    await earn('webinar', other);
    await earn('digital', other);
    await earn('strategist', other);
    const element = await card();
    await waitForPart(element, 'claim-form');
    const input = (id: string) => element.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    input('name').focus();
    await typeKeys(visitor.name);
    input('email').focus();
    await typeKeys(visitor.email);
    input('consent').click();
    const failed = oneEvent(element, 'lc-error');
    part(element, 'claim')!.click();
    expect((await failed).detail.code).to.equal('playlist_incomplete');
    await waitUntil(() => element.shadowRoot!.activeElement?.id === 'form-error', 'the error did not take the focus');
    expect(element.shadowRoot!.querySelector('#form-error')!.textContent).to.contain('does not count all your steps');
    expect([input('name').value, input('email').value, input('consent').checked]).to.deep.equal([visitor.name, visitor.email, true]);
    expect(part(element, 'claimed')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows the path and its steps from this device when the API cannot be reached', async () => {
    await earn('webinar');
    const page = html`<learning-city api=${API} cache-ttl="0" lang="en"><playlist-card playlist-id=${PATH}></playlist-card></learning-city>`;
    const first = (await fixture(page)).querySelector('playlist-card')!;
    await stepsLoaded(first);
    first.closest('learning-city')!.remove();
    await injectFault({ method: 'GET', path: '/playlists', status: 503, retryAfter: 0, times: 3 });
    await injectFault({ method: 'GET', path: '/activities', status: 503, retryAfter: 0, times: 3 });
    const element = (await fixture(page)).querySelector('playlist-card')!;
    await waitForPart(element, 'offline');
    expect(partText(element, 'offline')).to.match(/^Shown from this device, updated /);
    await stepsLoaded(element);
    expect(partText(element, 'progress-text')).to.equal('1 of 3');
    await expect(element).to.be.accessible();
  });

  it('shows a skeleton while loading', async () => {
    await injectFault({ method: 'GET', path: '/playlists', status: 200, delayMs: 1000, times: 1 });
    const element = await card();
    await waitForPart(element, 'skeleton');
    expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('true');
    await expect(element).to.be.accessible();
    await waitForPart(element, 'name');
  });

  it('says when the path does not exist, showing the page’s own content', async () => {
    const element = await fixture<PlaylistCard>(html`<playlist-card api=${API} lang="en" playlist-id="no-such-path">
      <a href="https://vilnius.citiesoflearning.eu/">Learning paths in Vilnius</a>
    </playlist-card>`);
    await waitForPart(element, 'not-found');
    expect(partText(element, 'not-found')).to.equal('This learning path could not be found.');
    expect(isShown(element.querySelector('a')!)).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('offers a retry after an error, from the keyboard', async () => {
    await injectFault({ method: 'GET', path: '/playlists', status: 500, retryAfter: 0, times: 3 });
    const element = await card();
    await waitForPart(element, 'retry');
    expect(partText(element, 'error')).to.contain('The learning path could not be loaded.');
    await expect(element).to.be.accessible();
    part(element, 'retry')!.focus();
    await pressKey('Enter');
    await waitForPart(element, 'name');
  });

  it('speaks Lithuanian', async () => {
    const element = await card('lt');
    await waitUntil(() => partText(element, 'progress-text') === '0 iš 3', 'no Lithuanian');
    await stepsLoaded(element);
    expect(steps(element)[1]).to.contain('Privalomas');
    await expect(element).to.be.accessible();
  });
});
