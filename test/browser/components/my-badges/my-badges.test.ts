import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { RestClient } from '../../../../src/api/rest-client.js';
import '../../../../src/components/my-badges/my-badges.js';
import type { MyBadges } from '../../../../src/components/my-badges/my-badges.js';
import { device } from '../../../../src/store/device.js';
import { kitStore } from '../../../../src/store/store.js';
import { press, shadow, text } from '../../helpers/forms.js';
import { API, clearFaults, injectFault, resetServer, serverStats } from '../../helpers/server.js';

/** A claim made from this device through the outbox, as badge-claim makes it. */
async function claim(badgeId: string, code: string | undefined, answers: Record<string, string[]>, id = crypto.randomUUID()) {
  return (await device().outbox()).submit(API, new RestClient({ api: API }), {
    id,
    submission: { badgeId, recipient: { name: 'Jonas', email: 'jonas@example.org' }, consent: true, ...(code ? { code } : {}), answers },
    files: [],
    badge: { name: badgeId },
  });
}

const strategistAnswers = { t3: ['Sharing helps.', 'Write our plan.'] };

describe('my-badges', () => {
  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
  });

  it('says when nothing is kept yet', async () => {
    const el = await fixture<MyBadges>(html`<my-badges api=${API} lang="en"></my-badges>`);
    await waitUntil(() => text(el).includes('No badges or claims'));
    await expect(el).to.be.accessible();
  });

  it('lists issued badges with a link to the assertion, and claims waiting for review', async () => {
    await claim('gnlc-future-skills', 'GNLC-FUTURE', { t2: ['Learning cities connect people.'] });
    await claim('strategist-2022', 'VILNIUS-2022', strategistAnswers);
    const el = await fixture<MyBadges>(html`<my-badges api=${API} lang="en"></my-badges>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part="item"]').length === 2);
    expect(text(el)).to.contain('Issued');
    expect(text(el)).to.contain('Waiting for review');
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.href).to.match(/\/api\/assertions\//);
    await expect(el).to.be.accessible();
  });

  it('refreshes a waiting claim from the API once the organiser approves it', async () => {
    const delivery = await claim('strategist-2022', 'VILNIUS-2022', strategistAnswers);
    if (delivery.state !== 'delivered') throw new Error('expected a delivered claim');
    const review = await fetch(`${API}/claims/${delivery.claim.id}/review`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer test-organiser-token' },
      body: JSON.stringify({ decision: 'approve' }),
    });
    expect(review.ok).to.equal(true);
    const el = document.createElement('my-badges');
    el.setAttribute('api', API);
    el.setAttribute('lang', 'en');
    const updated = oneEvent(el, 'lc-claim');
    document.body.append(el);
    try {
      expect((await updated).detail.status).to.equal('issued');
      await waitUntil(() => text(el).includes('Issued'));
    } finally {
      el.remove();
    }
  });

  it('shows claims still waiting to be sent, and sends them once the API answers', async () => {
    await injectFault({ method: 'POST', path: '/claims', status: 503, times: 10 });
    await claim('strategist-2022', 'VILNIUS-2022', strategistAnswers);
    const el = await fixture<MyBadges>(html`<my-badges api=${API} lang="en"></my-badges>`);
    await waitUntil(() => text(el).includes('Waiting to be sent'));
    await clearFaults();
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => text(el).includes('Waiting for review'), 'the queued claim was not sent', { timeout: 15_000 });
    expect((await serverStats()).claims).to.equal(1);
  });

  it('forgets this device only after confirmation', async () => {
    await claim('gnlc-future-skills', 'GNLC-FUTURE', { t2: ['Learning cities connect people.'] });
    const el = await fixture<MyBadges>(html`<my-badges api=${API} lang="en"></my-badges>`);
    await waitUntil(() => text(el).includes('Issued'));
    await press(el, 'Forget this device');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'forget-no', 'focus did not move to the question');
    await expect(el).to.be.accessible();
    await press(el, 'Cancel');
    expect(await kitStore().all('claims')).to.have.length(1);
    await press(el, 'Forget this device');
    await press(el, 'Yes, forget');
    await waitUntil(() => text(el).includes('No badges or claims'));
    for (const store of ['claims', 'outbox', 'drafts', 'entities'] as const) {
      expect(await kitStore().all(store), store).to.have.length(0);
    }
    expect((await shadow(el, '[role="status"]')).textContent).to.contain('forgotten');
  });

  it('shows the learning path a badge belongs to, and the progress along it, in the visitor’s language', async () => {
    // The webinar and the digital step are two of the three steps that count in "Learning city strategist".
    await claim('gnlc-future-skills', 'GNLC-FUTURE', { t2: ['Learning cities connect people.'] });
    await claim('digital-step', undefined, { t1: ['Video calls with my family.'] });
    const el = await fixture<MyBadges>(html`<my-badges api=${API} lang="en"></my-badges>`);
    await waitUntil(() => text(el).includes('Learning path “Learning city strategist”: 2 of 3'), 'the path was not shown');
    const paths = [...el.shadowRoot!.querySelectorAll('[part="path"]')].map((path) => path.textContent!.replace(/\s+/g, ' ').trim());
    // The digital step is in two paths; the webinar in two as well (Turin's counts it as optional).
    expect(paths).to.include('Learning path “Jaunimo vasaros kelias”: 1 of 3');
    expect(paths).to.include('Learning path “Percorso competenze digitali”: 1 of 3');
    const bar = el.shadowRoot!.querySelector<HTMLProgressElement>('[part="path"] progress')!;
    expect(bar.max).to.equal(3);
    await expect(el).to.be.accessible();
    const lt = await fixture<MyBadges>(html`<my-badges api=${API} lang="lt"></my-badges>`);
    await waitUntil(() => text(lt).includes('Mokymosi kelias „Learning city strategist“: 2 iš 3'), 'no Lithuanian');
  });
});
