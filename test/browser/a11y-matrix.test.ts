/**
 * Zero axe violations (its default rules, which include WCAG 2.2 A and AA) for every element in
 * every state, left to right and right to left (Arabic), light and dark. The claim flow is walked
 * step by step, errors shown, in each of the four modes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/activity-card/activity-card.js';
import '../../src/components/activity-list/activity-list.js';
import '../../src/components/badge-card/badge-card.js';
import '../../src/components/badge-claim/badge-claim.js';
import '../../src/components/my-badges/my-badges.js';
import '../../src/components/qr-scanner/qr-scanner.js';
import '../../src/components/claim-review/claim-review.js';
import '../../src/components/claim-kiosk/claim-kiosk.js';
import { RestClient } from '../../src/api/rest-client.js';
import '../../src/config/learning-city.js';
import { CLAIM_MESSAGES, type ClaimWords } from '../../src/i18n/claim-messages.js';
import { MY_BADGES_MESSAGES } from '../../src/i18n/my-badges-messages.js';
import type { MyBadgesMessages } from '../../src/i18n/my-badges/en.js';
import { kitStore } from '../../src/store/store.js';
import { cached } from './helpers/cache.js';
import { attach, check, press, shadow, text, type } from './helpers/forms.js';
import { API, clearFaults, injectFault, ORGANISER_TOKEN, resetServer } from './helpers/server.js';

const MODES = [
  { lang: 'en', dark: false },
  { lang: 'en', dark: true },
  { lang: 'ar', dark: false },
  { lang: 'ar', dark: true },
];

const find = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const until = (condition: () => unknown, message = 'the state did not show') => waitUntil(condition, message, { timeout: 10_000 });
/** Waits for `selector` in `el`'s shadow root, naming both when it does not come. */
const shows = (el: Element, selector: string) => until(() => find(el, selector), `${el.localName} did not show ${selector}`);

for (const { lang, dark } of MODES) {
  describe(`accessibility: ${lang === 'ar' ? 'right to left (ar)' : 'left to right (en)'}, ${dark ? 'dark' : 'light'}`, function () {
    this.timeout(60_000);
    let m: ClaimWords & MyBadgesMessages;

    /** Renders `content` inside a configured page region in this mode; resolves to the widget. */
    async function mount<T extends Element>(content: TemplateResult, cacheTtl = 300): Promise<T> {
      const region = await fixture<HTMLElement>(html`<main class=${dark ? 'lc-theme-dark' : ''} style="background: ${dark ? '#000' : '#fff'}; padding: 8px">
        <learning-city api=${API} lang=${lang} cache-ttl=${cacheTtl}>${content}</learning-city>
      </main>`);
      return region.querySelector('learning-city')!.firstElementChild as T;
    }

    /**
     * Server errors for every read of `path` until they are cleared: more than the client's
     * retries, and enough that a read still in flight from an earlier widget cannot use them up.
     */
    const failNext = (path: string) => injectFault({ method: 'GET', path, status: 500, times: 20 });

    before(async () => {
      m = { ...(await MY_BADGES_MESSAGES.load(lang)), ...(await CLAIM_MESSAGES.load(lang)) };
    });
    beforeEach(async () => {
      await Promise.all([resetServer(), kitStore().clear()]);
    });

    it('activity-card: full, compact, skeleton, not found, error, offline', async () => {
      for (const variant of ['full', 'compact']) {
        const card = await mount(html`<activity-card activity-id="13965" variant=${variant}></activity-card>`);
        await shows(card, '[part~="title"]');
        await expect(card).to.be.accessible();
      }
      await kitStore().clear();
      await injectFault({ method: 'GET', path: '/activities', status: 200, delayMs: 2000, times: 1 });
      const loading = await mount(html`<activity-card activity-id="13965"></activity-card>`);
      await shows(loading, '[part~="skeleton"]');
      await expect(loading).to.be.accessible();

      const missing = await mount(html`<activity-card activity-id="no-such-activity"></activity-card>`);
      await shows(missing, '[part~="not-found"]');
      await expect(missing).to.be.accessible();

      // The delayed read has answered before the next faults are set, so that none of them is
      // spent on it.
      await shows(loading, '[part~="title"]');
      await clearFaults();
      await failNext('/activities');
      const failed = await mount(html`<activity-card activity-id="14501"></activity-card>`);
      await shows(failed, '[part~="error"]');
      await clearFaults();
      await expect(failed).to.be.accessible();

      const online = await mount(html`<activity-card activity-id="13965"></activity-card>`);
      await shows(online, '[part~="title"]');
      await cached('activity|13965');
      await failNext('/activities');
      const offline = await mount(html`<activity-card activity-id="13965"></activity-card>`, 0);
      await shows(offline, '[part~="title"]');
      await shows(offline, '[part~="offline"]');
      await clearFaults();
      await expect(offline).to.be.accessible();
    });

    it('activity-list: loaded with filters, empty, error', async () => {
      const list = await mount(html`<activity-list limit="3"></activity-list>`);
      await until(() => find(list, '[part~="item"]') && find(list, '[part~="filters"] option + option'));
      await expect(list).to.be.accessible();

      const empty = await mount(html`<activity-list q="no activity is called this"></activity-list>`);
      await shows(empty, '[part~="empty"]');
      await expect(empty).to.be.accessible();

      await failNext('/activities');
      const failed = await mount(html`<activity-list no-filters></activity-list>`);
      await shows(failed, '[part~="error"]');
      await clearFaults();
      await expect(failed).to.be.accessible();
    });

    it('badge-card: loaded, not found, error', async () => {
      const card = await mount(html`<badge-card badge-id="strategist-2022"></badge-card>`);
      await shows(card, '[part~="name"]');
      await expect(card).to.be.accessible();
      const missing = await mount(html`<badge-card badge-id="no-such-badge"></badge-card>`);
      await shows(missing, '[part~="not-found"]');
      await expect(missing).to.be.accessible();
      await failNext('/badges');
      const failed = await mount(html`<badge-card badge-id="gnlc-future-skills"></badge-card>`);
      await shows(failed, '[part~="error"]');
      await clearFaults();
      await expect(failed).to.be.accessible();
    });

    it('badge-claim: every step, with its errors shown, to the result; then my-badges', async () => {
      const claim = await mount(html`<badge-claim badge-id="strategist-2022" privacy-href="/privacy"></badge-claim>`);
      await shadow(claim, '[part="heading"]');
      await expect(claim).to.be.accessible();
      await press(claim, m.claimStart);
      await shadow(claim, '#name');
      await press(claim, m.claimNext); // nothing filled in: errors at every field
      await shows(claim, '[part~="field-error"]');
      await expect(claim).to.be.accessible();
      await type(claim, '#name', 'Rūta Jonaitė');
      await type(claim, '#email', 'ruta@example.org');
      await check(claim, '#consent');
      await press(claim, m.claimNext);
      await shadow(claim, '#code');
      await expect(claim).to.be.accessible();
      await press(claim, m.claimNext); // no code, file or answers
      await shows(claim, '[part~="field-error"]');
      await expect(claim).to.be.accessible();
      await type(claim, '#code', 'VILNIUS-2022');
      await attach(claim, '#file-t2', new File(['Our strategy.'], 'strategy.txt', { type: 'text/plain' }));
      await type(claim, '#answer-t3-0', 'How other cities plan skills.');
      await type(claim, '#answer-t3-1', 'Present our strategy to the city council.');
      await press(claim, m.claimNext);
      await until(() => text(claim).includes(m.claimStepReview));
      await expect(claim).to.be.accessible();
      await press(claim, m.claimSubmit);
      await until(() => text(claim).includes(m.claimPendingTitle));
      await expect(claim).to.be.accessible();

      const mine = await mount(html`<my-badges></my-badges>`);
      await shows(mine, '[part~="item"]');
      await expect(mine).to.be.accessible();
      await press(mine, m.myBadgesForget);
      await shadow(mine, '#forget-yes');
      await expect(mine).to.be.accessible();
      await press(mine, m.myBadgesForgetYes);
      await until(() => text(mine).includes(m.myBadgesForgotten));
      await expect(mine).to.be.accessible();
    });

    it('qr-scanner: idle, and a refused typed code', async () => {
      const scanner = await mount(html`<qr-scanner></qr-scanner>`);
      await shadow(scanner, '[part~="camera-button"]');
      await expect(scanner).to.be.accessible();
      await type(scanner, '#code', 'not a code!');
      (find(scanner, '[part~="submit-button"]') as HTMLButtonElement).click();
      await until(() => find(scanner, '[aria-invalid="true"]'), 'no error at the field');
      await expect(scanner).to.be.accessible();
    });

    it('claim-review: queue, an open claim with its evidence, a decision waiting to be sent, errors', async () => {
      const client = new RestClient({ api: API });
      const claim = await client.createClaim(
        { badgeId: 'strategist-2022', recipient: { name: 'Rūta', email: 'ruta@example.org' }, consent: true, code: 'VILNIUS-2022', answers: { t3: ['One.', 'Two.'] } },
        crypto.randomUUID(),
      );
      const file = new Blob(['Our strategy.'], { type: 'text/plain' });
      await client.uploadEvidence({ claimId: claim.id, token: claim.token!, taskId: 't2', file, fileName: 'strategy.txt', idempotencyKey: crypto.randomUUID() });
      const queue = await mount(html`<claim-review badge-id="strategist-2022" token=${ORGANISER_TOKEN}></claim-review>`);
      await until(() => find(queue, '[part~="toggle"]'));
      await expect(queue).to.be.accessible();
      (find(queue, '[part~="toggle"]') as HTMLButtonElement).click();
      await until(() => find(queue, '[part~="evidence"]'));
      await expect(queue).to.be.accessible();
      await injectFault({ method: 'POST', path: '/claims/:id/review', status: 503, times: 20 });
      (find(queue, '[part~="approve"]') as HTMLButtonElement).click();
      await until(() => find(queue, '[part~="queued"]'));
      await expect(queue).to.be.accessible();
      await clearFaults();

      const forbidden = await mount(html`<claim-review badge-id="strategist-2022" token="demo-organiser-turin"></claim-review>`);
      await until(() => find(forbidden, '[part~="error"]'));
      await expect(forbidden).to.be.accessible();
    });

    it('claim-kiosk: the code, and the API out of reach', async () => {
      const kiosk = await mount(html`<claim-kiosk badge-id="strategist-2022" token=${ORGANISER_TOKEN}></claim-kiosk>`);
      await until(() => find(kiosk, '[part~="qr"]'));
      await expect(kiosk).to.be.accessible();
      await failNext('/badges/:id/kiosk');
      const unreachable = await mount(html`<claim-kiosk badge-id="strategist-2022" token=${ORGANISER_TOKEN}></claim-kiosk>`);
      await until(() => find(unreachable, '[part~="error"]'));
      await expect(unreachable).to.be.accessible();
      await clearFaults();
    });
  });
}
