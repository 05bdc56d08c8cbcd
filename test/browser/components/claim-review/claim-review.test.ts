// <claim-review> against the reference API: the queue with its counts and filters, a claim's
// answers and evidence in place, decisions with a comment that the claimant then sees, several
// approved at once, a decision made offline delivered once, two organisers on one claim, and
// everything by keyboard with axe in each state.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { RestOrganiserClient } from '../../../../src/api/organiser-client.js';
import { RestClient } from '../../../../src/api/rest-client.js';
import type { Claim } from '../../../../src/api/types.js';
import '../../../../src/components/claim-review/claim-review.js';
import type { ClaimReview } from '../../../../src/components/claim-review/claim-review.js';
import { device } from '../../../../src/store/device.js';
import { kitStore } from '../../../../src/store/store.js';
import { pressKey, typeKeys } from '../../helpers/browser.js';
import { part, partText, waitForPart } from '../../helpers/components.js';
import { press, shadow, text } from '../../helpers/forms.js';
import { API, clearFaults, injectFault, ORGANISER_TOKEN, resetServer, serverStats } from '../../helpers/server.js';

const client = new RestClient({ api: API });
const organiserApi = new RestOrganiserClient(client);

/** A 2×2 PNG drawn here, as a visitor's photo evidence. */
async function png(): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 2;
  canvas.getContext('2d')!.fillRect(0, 0, 1, 1);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob!), 'image/png'));
}

/** A claim for the seed activity's badge, waiting for review, with a picture and a text file. */
async function pendingClaim(name: string, email: string, files = true): Promise<Claim> {
  const claim = await client.createClaim(
    {
      badgeId: 'strategist-2022',
      recipient: { name, email },
      consent: true,
      code: 'VILNIUS-2022',
      answers: { t3: [`${name}: other cities share their plans.`, 'Present our strategy to the council.'] },
    },
    crypto.randomUUID(),
  );
  if (files) {
    for (const [file, fileName] of [[await png(), 'poster.png'], [new Blob(['Our city strategy.'], { type: 'text/plain' }), 'strategy.txt']] as const) {
      await client.uploadEvidence({ claimId: claim.id, token: claim.token!, taskId: 't2', file, fileName, idempotencyKey: crypto.randomUUID() });
    }
  }
  return claim;
}

const review = (token = ORGANISER_TOKEN, badge = 'strategist-2022') =>
  fixture<ClaimReview>(html`<claim-review api=${API} lang="en" badge-id=${badge} token=${token}></claim-review>`);

const items = (el: ClaimReview) => [...el.shadowRoot!.querySelectorAll('[part="item"]')];
const toggles = (el: ClaimReview) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toggle"]')];
const focused = (el: ClaimReview) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Tabs through the element until `match` has focus. */
async function tabTo(el: ClaimReview, match: (element: HTMLElement) => boolean, message: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const now = focused(el);
    if (now && match(now)) return;
    await pressKey('Tab');
  }
  throw new Error(`Tab never reached ${message}`);
}

describe('claim-review', () => {
  beforeEach(async () => {
    await resetServer();
    await clearFaults();
    await kitStore().clear();
  });

  it('asks for an organiser token, and says when it is another organiser’s', async () => {
    const none = await review('');
    await waitForPart(none, 'error');
    expect(partText(none, 'error')).to.contain('organiser token is needed');
    await expect(none).to.be.accessible();
    const other = await review('demo-organiser-turin');
    await waitForPart(other, 'error');
    expect(partText(other, 'error')).to.contain('may not review these claims');
    await expect(other).to.be.accessible();
  });

  it('says when nothing waits', async () => {
    const el = await review();
    await waitUntil(() => text(el).includes('No claims are waiting'), 'no empty notice', { timeout: 8000 });
    expect(partText(el, 'counts')).to.contain('Waiting for review: 0');
    await expect(el).to.be.accessible();
  });

  it('opens a claim by keyboard with its answers, its picture previewed and its file to download', async () => {
    await pendingClaim('Rūta', 'ruta@example.org');
    const el = await review();
    await waitForPart(el, 'toggle');
    expect(partText(el, 'counts')).to.contain('Waiting for review: 1');
    await expect(el).to.be.accessible();

    toggles(el)[0]!.focus();
    await pressKey('Enter');
    await waitUntil(() => toggles(el)[0]!.getAttribute('aria-expanded') === 'true');
    const details = part(el, 'details')!;
    expect(details.textContent).to.contain('ruta@example.org');
    expect(details.textContent).to.contain('Rūta: other cities share their plans.');
    // Each answer under its question, as the badge asks it.
    await waitUntil(() => details.querySelectorAll('.answers dt')[0]?.textContent !== 'Task t3', 'the questions did not show');
    const questions = [...details.querySelectorAll('.answers dt')].map((dt) => dt.textContent);
    expect(questions).to.have.length(2);
    expect(questions[0]).to.match(/\?$/);
    const image = await shadow<HTMLImageElement>(el, 'img.preview');
    await waitUntil(() => image.complete && image.naturalWidth === 2, 'the picture did not load');
    expect(image.alt).to.equal('poster.png');
    expect(image.src).to.match(/^blob:/);
    const download = [...details.querySelectorAll<HTMLAnchorElement>('a[download]')].find((a) => a.download === 'strategy.txt')!;
    expect(download.textContent).to.contain('Download strategy.txt');
    await expect(el).to.be.accessible();

    // The file is fetched with the organiser token and saved under its name.
    download.addEventListener('click', (event) => event.preventDefault(), { once: false });
    download.focus();
    await pressKey('Enter');
    await waitUntil(() => download.href.startsWith('blob:'), 'the file was not fetched');
    expect(await (await fetch(download.href)).text()).to.equal('Our city strategy.');
  });

  it('approves with a comment by keyboard: the claimant sees the decision and the comment', async () => {
    const claim = await pendingClaim('Rūta', 'ruta@example.org', false);
    const el = await review();
    await waitForPart(el, 'toggle');
    toggles(el)[0]!.focus();
    await pressKey('Enter');
    await waitForPart(el, 'comment');
    await tabTo(el, (e) => e.getAttribute('part') === 'comment', 'the comment');
    await typeKeys('Well argued.');
    await tabTo(el, (e) => e.getAttribute('part') === 'approve', 'the approve button');
    const decided = oneEvent(el, 'lc-review');
    await pressKey('Enter');
    const { detail } = await decided;
    expect(detail).to.deep.equal({ claimId: claim.id, decision: 'approve', queued: false });
    await waitUntil(() => items(el).length === 0, 'the claim is still listed');
    expect(partText(el, 'counts')).to.contain('Waiting for review: 0');
    expect(partText(el, 'counts')).to.contain('Decided here: 1');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Approved: Rūta.');
    // Focus does not get lost with the claim: it goes back to the heading.
    expect(focused(el)?.getAttribute('part')).to.equal('heading');
    const seen = await client.getClaim(claim.id, claim.token!);
    expect(seen.status).to.equal('issued');
    expect(seen.reviewComment).to.equal('Well argued.');
    await expect(el).to.be.accessible();
  });

  it('rejects with a comment, and approves several selected claims at once', async () => {
    const [first, second, third] = [
      await pendingClaim('Ona', 'ona@example.org', false),
      await pendingClaim('Petras', 'petras@example.org', false),
      await pendingClaim('Jurga', 'jurga@example.org', false),
    ];
    const el = await review();
    await waitUntil(() => items(el).length === 3, 'three claims', { timeout: 8000 });
    toggles(el)[0]!.click();
    const comment = await shadow<HTMLTextAreaElement>(el, '[part="comment"]');
    comment.value = 'Please add your city’s strategy.';
    comment.dispatchEvent(new Event('input'));
    await press(el, 'Reject');
    await waitUntil(() => items(el).length === 2);

    const boxes = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="item"] input[type="checkbox"]')];
    for (const box of boxes()) {
      box.focus();
      await pressKey(' ');
    }
    await waitUntil(() => partText(el, 'bulk') === 'Approve selected (2)');
    part<HTMLButtonElement>(el, 'bulk')!.focus();
    await pressKey('Enter');
    await waitUntil(() => partText(el, 'counts')!.includes('Decided here: 3'), 'the selected claims were not decided', { timeout: 8000 });
    expect(items(el)).to.have.length(0);

    const rejected = await client.getClaim(first.id, first.token!);
    expect(rejected.status).to.equal('rejected');
    expect(rejected.reviewComment).to.equal('Please add your city’s strategy.');
    expect((await client.getClaim(second.id, second.token!)).status).to.equal('issued');
    expect((await client.getClaim(third.id, third.token!)).status).to.equal('issued');
  });

  it('keeps a decision made offline and delivers it once when the API is back', async () => {
    const claim = await pendingClaim('Rūta', 'ruta@example.org', false);
    const el = await review();
    await waitForPart(el, 'toggle');
    await injectFault({ method: 'POST', path: '/claims/:id/review', status: 503, times: 1000 });
    toggles(el)[0]!.click();
    (await shadow<HTMLButtonElement>(el, '[part="approve"]')).click();
    await waitForPart(el, 'queued');
    expect(partText(el, 'queued')).to.contain('the decision is sent when the connection is back');
    expect(items(el)).to.have.length(0);
    await expect(el).to.be.accessible();

    await clearFaults();
    const before = (await serverStats()).requests['POST /claims/:id/review'] ?? 0;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => !part(el, 'queued'), 'the decision was not sent', { timeout: 15_000 });
    // Another flush (another tab, the page shown again) finds nothing left to send.
    await (await device().outbox()).flush();
    expect((await serverStats()).requests['POST /claims/:id/review']).to.equal(before + 1);
    expect((await client.getClaim(claim.id, claim.token!)).status).to.equal('issued');
  });

  it('tells the second of two organisers who decided first, and keeps what was typed on other refusals', async () => {
    const claim = await pendingClaim('Rūta', 'ruta@example.org', false);
    const el = await review();
    await waitForPart(el, 'toggle');
    // Another organiser of the same city decides first, from another device.
    await organiserApi.reviewClaim(claim.id, { decision: 'reject' }, ORGANISER_TOKEN);
    toggles(el)[0]!.click();
    (await shadow<HTMLButtonElement>(el, '[part="approve"]')).click();
    await waitForPart(el, 'queued');
    expect(partText(el, 'queued')).to.match(/another decision came first: .*already rejected/);
    await expect(el).to.be.accessible();
    await press(el, 'Remove');
    await waitUntil(() => !part(el, 'queued'));

    // A comment the API refuses (too long) stays in its field with the reason.
    await pendingClaim('Ona', 'ona@example.org', false);
    const again = await review();
    await waitForPart(again, 'toggle');
    toggles(again)[0]!.click();
    const comment = await shadow<HTMLTextAreaElement>(again, '[part="comment"]');
    comment.removeAttribute('maxlength');
    comment.value = 'x'.repeat(1001);
    comment.dispatchEvent(new Event('input'));
    (await shadow<HTMLButtonElement>(again, '[part="approve"]')).click();
    await waitForPart(again, 'error');
    expect(comment.value).to.have.length(1001);
    expect(comment.getAttribute('aria-invalid')).to.equal('true');
    expect(items(again)).to.have.length(1);
  });

  it('filters by badge or activity from its form', async () => {
    await pendingClaim('Rūta', 'ruta@example.org', false);
    const el = await fixture<ClaimReview>(html`<claim-review api=${API} lang="en" token=${ORGANISER_TOKEN}></claim-review>`);
    await waitUntil(() => items(el).length === 1, 'the claim', { timeout: 8000 });
    const activity = await shadow<HTMLInputElement>(el, 'input[name="activity"]');
    activity.value = '13965';
    (await shadow<HTMLFormElement>(el, 'form')).requestSubmit();
    await waitUntil(() => items(el).length === 1 && partText(el, 'counts')!.includes('Waiting for review: 1'));
    const badge = await shadow<HTMLInputElement>(el, 'input[name="badge"]');
    activity.value = '';
    badge.value = 'young-volunteer-vilnius';
    (await shadow<HTMLFormElement>(el, 'form')).requestSubmit();
    await waitUntil(() => text(el).includes('No claims are waiting'), 'the filter was not applied', { timeout: 8000 });
  });
});
