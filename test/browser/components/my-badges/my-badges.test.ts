import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { RestOrganiserClient } from '../../../../src/api/organiser-client.js';
import { RestClient } from '../../../../src/api/rest-client.js';
import '../../../../src/components/my-badges/my-badges.js';
import '../../../../src/config/learning-city.js';
import type { MyBadges } from '../../../../src/components/my-badges/my-badges.js';
import type { BadgeSummary } from '../../../../src/store/database.js';
import { device } from '../../../../src/store/device.js';
import { kitStore } from '../../../../src/store/store.js';
import { press, shadow, text } from '../../helpers/forms.js';
import { API, clearFaults, injectFault, ORGANISER_TOKEN, resetServer, serverStats } from '../../helpers/server.js';

/** A claim made from this device through the outbox, as badge-claim makes it. */
async function claim(
  badgeId: string,
  code: string | undefined,
  answers: Record<string, string[]>,
  id = crypto.randomUUID(),
  badge: BadgeSummary = { name: badgeId },
) {
  return (await device().outbox()).submit(API, new RestClient({ api: API }), {
    id,
    submission: { badgeId, recipient: { name: 'Jonas', email: 'jonas@example.org' }, consent: true, ...(code ? { code } : {}), answers },
    files: [],
    badge,
  });
}

/** The webinar badge, issued at once, with the summary badge-claim keeps. */
const issuedWebinar = () =>
  claim('gnlc-future-skills', 'GNLC-FUTURE', { t2: ['Learning cities connect people.'] }, crypto.randomUUID(), {
    name: 'Urban upskilling',
    issuerName: 'UNESCO Institute for Lifelong Learning',
  });

/** Replaces a browser API for one test: the system's share sheet and clipboard cannot be driven from a test. */
function replace<T extends object>(target: T, key: PropertyKey, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  return () => (own ? Object.defineProperty(target, key, own) : delete (target as Record<PropertyKey, unknown>)[key]);
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

  it('lists issued badges with a link to their page, and claims waiting for review', async () => {
    await claim('gnlc-future-skills', 'GNLC-FUTURE', { t2: ['Learning cities connect people.'] });
    await claim('strategist-2022', 'VILNIUS-2022', strategistAnswers);
    const el = await fixture<MyBadges>(html`<my-badges api=${API} lang="en"></my-badges>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part="item"]').length === 2);
    expect(text(el)).to.contain('Issued');
    expect(text(el)).to.contain('Waiting for review');
    const page = el.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
    expect(page.href).to.match(/\/api\/credentials\//);
    // The credential's URL answers a browser with its readable page.
    const readable = await fetch(page.href, { headers: { Accept: 'text/html' } });
    expect(readable.headers.get('Content-Type')).to.match(/^text\/html/);
    await expect(el).to.be.accessible();
  });

  it('offers an issued badge’s readable page, its baked image, LinkedIn and share, grouped under its name', async () => {
    const issued = await issuedWebinar();
    if (issued.state !== 'delivered') throw new Error('expected a delivered claim');
    const el = await fixture<MyBadges>(html`<my-badges api=${API} lang="en"></my-badges>`);
    const actions = await shadow(el, '[part="actions"]');
    expect(el.shadowRoot!.getElementById(actions.getAttribute('aria-labelledby')!)!.textContent).to.equal('Urban upskilling');
    const [page, image, linkedIn] = [...actions.querySelectorAll('a')];
    expect(page!.href).to.equal(issued.claim.credentialUrl);
    expect(page!.textContent).to.equal('View badge');
    expect(image!.href).to.equal(`${issued.claim.credentialUrl}/badge.png`);
    expect(image!.getAttribute('download')).to.equal('Urban-upskilling.png');
    const png = await fetch(image!.href);
    expect(png.headers.get('Content-Type')).to.equal('image/png');
    const linked = new URL(linkedIn!.href);
    expect(linked.origin + linked.pathname).to.equal('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(linked.searchParams)).to.deep.equal({
      startTask: 'CERTIFICATION_NAME',
      name: 'Urban upskilling',
      organizationName: 'UNESCO Institute for Lifelong Learning',
      issueYear: String(new Date(issued.claim.createdAt).getUTCFullYear()),
      issueMonth: String(new Date(issued.claim.createdAt).getUTCMonth() + 1),
      certUrl: issued.claim.credentialUrl,
      certId: issued.claim.id,
    });
    expect(linkedIn!.target).to.equal('_blank');
    await expect(el).to.be.accessible();
  });

  it('shares through the system’s share sheet where there is one, else copies the link, else shows it selected to copy', async () => {
    const issued = await issuedWebinar();
    if (issued.state !== 'delivered') throw new Error('expected a delivered claim');
    const el = await fixture<MyBadges>(html`<my-badges api=${API} lang="en"></my-badges>`);
    await shadow(el, '[part="actions"]');
    const link = issued.claim.credentialUrl!;

    const shared: ShareData[] = [];
    let restore = replace(navigator, 'share', async (data: ShareData) => void shared.push(data));
    try {
      await press(el, 'Share');
      await waitUntil(() => shared.length === 1);
      expect(shared[0]).to.deep.equal({ title: 'Urban upskilling', url: link });
    } finally {
      restore();
    }

    const copied: string[] = [];
    const withoutShare = replace(navigator, 'share', undefined);
    restore = replace(navigator.clipboard, 'writeText', async (text: string) => void copied.push(text));
    try {
      await press(el, 'Share');
      await waitUntil(() => text(el).includes('Link copied.'));
      expect(copied).to.deep.equal([link]);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Link copied.');
    } finally {
      restore();
    }

    restore = replace(navigator.clipboard, 'writeText', () => Promise.reject(new DOMException('Refused', 'NotAllowedError')));
    try {
      await press(el, 'Share');
      const field = await shadow<HTMLInputElement>(el, 'input[readonly]');
      expect(field.value).to.equal(link);
      expect(el.shadowRoot!.activeElement).to.equal(field);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, link.length]);
      expect(field.labels![0]!.textContent).to.contain('Copy this link');
      await expect(el).to.be.accessible();
    } finally {
      restore();
      withoutShare();
    }
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

  it('shows the organiser’s comment with the decision: approved, and rejected', async () => {
    const approved = await claim('strategist-2022', 'VILNIUS-2022', strategistAnswers);
    const rejected = await claim('strategist-2022', 'VILNIUS-2022', strategistAnswers);
    if (approved.state !== 'delivered' || rejected.state !== 'delivered') throw new Error('expected delivered claims');
    const organiserApi = new RestOrganiserClient(new RestClient({ api: API }));
    await organiserApi.reviewClaim(approved.claim.id, { decision: 'approve', comment: 'Inspiring plan.' }, ORGANISER_TOKEN);
    await organiserApi.reviewClaim(rejected.claim.id, { decision: 'reject', comment: 'Please attach the strategy itself.' }, ORGANISER_TOKEN);
    const el = await fixture<MyBadges>(html`<my-badges api=${API} lang="en"></my-badges>`);
    await waitUntil(() => text(el).includes('Organiser’s comment: Inspiring plan.'), 'no comment on the approved claim', { timeout: 8000 });
    expect(text(el)).to.contain('Not accepted: Please attach the strategy itself.');
    await expect(el).to.be.accessible();
  });

  it('sees a badge revoked after it was issued, asking about issued badges at most once per cache TTL', async () => {
    const delivery = await claim('strategist-2022', 'VILNIUS-2022', strategistAnswers);
    if (delivery.state !== 'delivered') throw new Error('expected a delivered claim');
    const organiserApi = new RestOrganiserClient(new RestClient({ api: API }));
    await organiserApi.reviewClaim(delivery.claim.id, { decision: 'approve' }, ORGANISER_TOKEN);
    const claims = await device().claims();
    const client = new RestClient({ api: API });
    expect((await claims.refresh(API, client)).map((c) => c.status)).to.deep.equal(['issued']);

    await organiserApi.revokeClaim(delivery.claim.id, 'Issued by mistake', ORGANISER_TOKEN);
    const asked = async () => (await serverStats()).requests['GET /claims/:id'] ?? 0;
    const before = await asked();
    // Checked a moment ago: not asked again within the TTL, nor when only waiting claims are asked about.
    expect(await claims.refresh(API, client, { issuedTtlSeconds: 300 })).to.deep.equal([]);
    expect(await claims.refresh(API, client)).to.deep.equal([]);
    expect(await asked()).to.equal(before);

    // The page's TTL has passed (0 here): my-badges asks, and shows the revocation.
    const page = await fixture<HTMLElement>(html`<learning-city api=${API} cache-ttl="0"><my-badges lang="en"></my-badges></learning-city>`);
    const el = page.querySelector('my-badges')!;
    await waitUntil(() => text(el).includes('Revoked'), 'the revocation was not seen', { timeout: 8000 });
    expect(await asked()).to.equal(before + 1);
    expect(el.shadowRoot!.querySelector('[part="actions"]'), 'no links to a revoked badge').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps a status another tab wrote while a refresh was waiting for the API', async () => {
    const delivery = await claim('strategist-2022', 'VILNIUS-2022', strategistAnswers);
    if (delivery.state !== 'delivered') throw new Error('expected a delivered claim');
    const store = kitStore();
    const [kept] = await store.all('claims');
    // The API answers this refresh late: "still waiting for review".
    await injectFault({ method: 'GET', path: '/claims/:id', status: 200, delayMs: 500, body: JSON.stringify({ ...delivery.claim, status: 'pending-review' }), times: 1 });
    const refreshing = (await device().claims()).refresh(API, new RestClient({ api: API }));
    // Meanwhile another tab learnt that it was rejected.
    await store.put('claims', { ...kept!, status: 'rejected', updatedAt: Date.now() });
    expect(await refreshing).to.deep.equal([]);
    expect((await store.get('claims', kept!.id))?.status).to.equal('rejected');
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
    expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'focus on the title once the buttons are gone').to.equal('heading');
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
