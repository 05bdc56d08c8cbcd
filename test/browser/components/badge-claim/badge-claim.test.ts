import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { pressKey, typeKeys } from '../../helpers/browser.js';
import '../../../../src/components/badge-claim/badge-claim.js';
import type { BadgeClaim } from '../../../../src/components/badge-claim/badge-claim.js';
import '../../../../src/config/learning-city.js';
import { RestOrganiserClient } from '../../../../src/api/organiser-client.js';
import { RestClient } from '../../../../src/api/rest-client.js';
import { kitStore } from '../../../../src/store/store.js';
import { attach, check, press, shadow, text, type } from '../../helpers/forms.js';
import { API, injectFault, ORGANISER_TOKEN, resetServer, serverStats } from '../../helpers/server.js';

const strategy = () => new File(['Our strategy for 21st-century skills.'], 'strategy.txt', { type: 'text/plain' });

async function claimFor(badgeId: string, code = ''): Promise<BadgeClaim> {
  const el = await fixture<BadgeClaim>(html`<badge-claim api=${API} lang="en" badge-id=${badgeId} code=${code} privacy-href="/privacy"></badge-claim>`);
  await shadow(el, '[part="heading"]');
  return el;
}

async function identify(el: BadgeClaim): Promise<void> {
  await press(el, 'Claim this badge');
  await type(el, '#name', 'Rūta Jonaitė');
  await type(el, '#email', 'ruta@example.org');
  await check(el, '#consent');
  await press(el, 'Next');
  await shadow(el, 'fieldset');
}

/** The Vilnius badge: a claim code, the strategy upload and two reflection questions. */
async function proveStrategist(el: BadgeClaim, code: string): Promise<void> {
  await type(el, '#code', code);
  await attach(el, '#file-t2', strategy());
  await type(el, '#answer-t3-0', 'How other cities plan skills.');
  await type(el, '#answer-t3-1', 'Present our strategy to the city council.');
  await press(el, 'Next');
  await waitUntil(() => text(el).includes('Review and send'));
}

describe('badge-claim', () => {
  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
  });

  it('claims the Vilnius badge with a code, a file and answers, and waits for the organiser', async () => {
    const el = await claimFor('strategist-2022');
    await expect(el).to.be.accessible();
    await identify(el);
    await expect(el).to.be.accessible();
    await proveStrategist(el, 'VILNIUS-2022');
    await expect(el).to.be.accessible();
    const claimed = oneEvent(el, 'lc-claim');
    await press(el, 'Send my claim');
    const { detail } = await claimed;
    expect(detail.status).to.equal('pending-review');
    await waitUntil(() => text(el).includes('Claim received'));
    await expect(el).to.be.accessible();
    const stats = await serverStats();
    expect(stats.claims).to.equal(1);
    expect(stats.evidence).to.equal(1);
    const [kept] = await kitStore().all('claims');
    expect(kept!.status).to.equal('pending-review');
  });

  it('shows the organiser’s decision and comment when it comes', async () => {
    const el = await claimFor('strategist-2022');
    await identify(el);
    await proveStrategist(el, 'VILNIUS-2022');
    const claimed = oneEvent(el, 'lc-claim');
    await press(el, 'Send my claim');
    const { claimId } = (await claimed).detail;
    await waitUntil(() => text(el).includes('Claim received'));
    await new RestOrganiserClient(new RestClient({ api: API })).reviewClaim(claimId, { decision: 'approve', comment: 'A clear strategy, well done.' }, ORGANISER_TOKEN);
    const decided = oneEvent(el, 'lc-claim');
    // The visitor comes back to the page: it asks the API.
    document.dispatchEvent(new Event('visibilitychange'));
    expect((await decided).detail.status).to.equal('issued');
    await waitUntil(() => text(el).includes('Organiser’s comment: A clear strategy, well done.'), 'no comment shown');
    await expect(el).to.be.accessible();
  });

  it('issues a badge at once when the tasks are checked automatically', async () => {
    const el = await claimFor('gnlc-future-skills', 'GNLC-FUTURE');
    await identify(el);
    for (const field of el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('textarea')) {
      await type(el, `#${field.id}`, 'Cities can teach future skills in libraries.');
    }
    await press(el, 'Next');
    await press(el, 'Send my claim');
    await waitUntil(() => text(el).includes('You earned'));
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="result"] a')!;
    expect(link.href).to.match(/\/api\/assertions\//);
    const assertion = await (await fetch(link.href)).json();
    expect(assertion.type).to.equal('Assertion');
  });

  it('fills the claim code from a scanned photo of the poster', async () => {
    const el = await fixture<BadgeClaim>(
      html`<badge-claim api=${API} lang="en" badge-id="strategist-2022" accept="https://vilnius.example"></badge-claim>`,
    );
    await identify(el);
    await press(el, 'Scan the QR code');
    const scanner = await shadow(el, 'qr-scanner');
    await customElements.whenDefined('qr-scanner');
    const photo = await (await fetch('/test-fixtures/poster.png')).blob();
    await attach(scanner, 'input[type="file"]', new File([photo], 'poster.png', { type: 'image/png' }));
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLInputElement>('#code')?.value === 'POSTER-2022', 'the code was not filled', {
      timeout: 8000,
    });
    expect(el.shadowRoot!.querySelector('qr-scanner')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('code');
  });

  it('says when the badge does not exist', async () => {
    const el = await fixture<BadgeClaim>(html`<badge-claim api=${API} lang="en" badge-id="no-such-badge"></badge-claim>`);
    await shadow(el, '[part="not-found"]');
    await expect(el).to.be.accessible();
  });

  it('offers a retry when the badge cannot be loaded', async () => {
    await injectFault({ method: 'GET', path: '/badges', status: 500, times: 3 });
    const el = await fixture<BadgeClaim>(html`<badge-claim api=${API} lang="en" badge-id="strategist-2022"></badge-claim>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="retry"]'), 'no retry offered', { timeout: 8000 });
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await shadow(el, '[part="heading"]');
  });

  it('takes the code from ?code= in the page address', async () => {
    history.replaceState(null, '', `${location.pathname}?code=VILNIUS-2022`);
    try {
      const el = await claimFor('strategist-2022');
      await identify(el);
      expect((await shadow<HTMLInputElement>(el, '#code')).value).to.equal('VILNIUS-2022');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  for (const [code, message] of [
    ['EXPIRED-CODE', 'has expired'],
    ['FUTURE-CODE', 'not valid yet'],
    ['NO-SUCH-CODE', 'not valid'],
    ['GNLC-FUTURE', 'belongs to another badge'],
  ]) {
    it(`explains a refused code (${code}) next to the field, keeping everything typed and attached`, async () => {
      const el = await claimFor('strategist-2022');
      await identify(el);
      await proveStrategist(el, code!);
      await press(el, 'Send my claim');
      const error = await shadow(el, '#code-error');
      expect(error.textContent).to.contain(message);
      expect(el.shadowRoot!.activeElement?.id).to.equal('code');
      expect((await shadow<HTMLInputElement>(el, '#code')).getAttribute('aria-describedby')).to.contain('code-error');
      expect(text(el)).to.contain('strategy.txt');
      expect((await shadow<HTMLTextAreaElement>(el, '#answer-t3-0')).value).to.equal('How other cities plan skills.');
      await expect(el).to.be.accessible();
      expect((await serverStats()).claims).to.equal(0);
    });
  }

  it('explains rate limiting after too many wrong codes, next to the code field', async () => {
    const client = new RestClient({ api: API, attempts: 1 });
    const guess = (n: number) =>
      client.createClaim(
        { badgeId: 'strategist-2022', recipient: { name: 'G', email: 'g@example.org' }, consent: true, code: `WRONG-${n}`, answers: { t3: ['a', 'b'] } },
        `guess-${n}`,
      );
    for (let n = 0; n < 10; n++) await guess(n).catch(() => undefined);
    const el = await claimFor('strategist-2022');
    await identify(el);
    await proveStrategist(el, 'VILNIUS-2022');
    await press(el, 'Send my claim');
    expect((await shadow(el, '#code-error')).textContent).to.contain('Too many attempts');
    expect(text(el)).to.contain('strategy.txt');
    expect((await serverStats()).claims).to.equal(0);
  });

  it('refuses a single-use code the second time', async () => {
    for (const attempt of [1, 2]) {
      await kitStore().clear();
      const el = await claimFor('strategist-2022');
      await identify(el);
      await proveStrategist(el, 'STRATEGIST-ONCE');
      await press(el, 'Send my claim');
      if (attempt === 1) await waitUntil(() => text(el).includes('Claim received'));
      else expect((await shadow(el, '#code-error')).textContent).to.contain('already been used');
    }
  });

  it('checks a file before upload: type and size', async () => {
    const el = await claimFor('strategist-2022');
    await identify(el);
    await attach(el, '#file-t2', new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }));
    expect((await shadow(el, '#file-t2-error')).textContent).to.contain('setup.exe');
    const huge = new File([new Uint8Array(60 * 1024 * 1024)], 'huge.pdf', { type: 'application/pdf' });
    await attach(el, '#file-t2', huge);
    expect((await shadow(el, '#file-t2-error')).textContent).to.contain('too large');
    expect(text(el)).not.to.contain('huge.pdf (');
    await attach(el, '#file-t2', strategy());
    expect(text(el)).to.contain('strategy.txt');
    await press(el, 'Remove');
    expect(text(el)).not.to.contain('strategy.txt (');
  });

  it('shows upload progress while the evidence is sent', async () => {
    const el = await claimFor('strategist-2022');
    await identify(el);
    await type(el, '#code', 'VILNIUS-2022');
    await attach(el, '#file-t2', new File(['a'.repeat(4 * 1024 * 1024)], 'strategy.txt', { type: 'text/plain' }));
    await type(el, '#answer-t3-0', 'How other cities plan skills.');
    await type(el, '#answer-t3-1', 'Present our strategy.');
    await press(el, 'Next');
    let shown = false;
    const observer = new MutationObserver(() => (shown ||= !!el.shadowRoot!.querySelector('progress')));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await press(el, 'Send my claim');
    await waitUntil(() => text(el).includes('Claim received'), 'not sent', { timeout: 8000 });
    observer.disconnect();
    expect(shown).to.equal(true);
    expect((await serverStats()).evidence).to.equal(1);
  });

  it('makes one claim however often the visitor presses send', async () => {
    const el = await claimFor('strategist-2022');
    await identify(el);
    await proveStrategist(el, 'VILNIUS-2022');
    const send = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Send my claim'))!;
    send.click();
    send.click();
    send.click();
    await waitUntil(() => text(el).includes('Claim received'));
    expect((await serverStats()).claims).to.equal(1);
  });

  it('queues the claim while the server is down and sends it once when back online', async () => {
    await injectFault({ method: 'POST', path: '/claims', status: 503, times: 100 });
    const el = await claimFor('strategist-2022');
    await identify(el);
    await proveStrategist(el, 'VILNIUS-2022');
    await press(el, 'Send my claim');
    await waitUntil(() => text(el).includes('Saved on this device'), 'not queued', { timeout: 8000 });
    await expect(el).to.be.accessible();
    expect((await serverStats()).claims).to.equal(0);

    await fetch(`${API}/__test/faults`, { method: 'DELETE' });
    const delivered = oneEvent(el, 'lc-claim');
    window.dispatchEvent(new Event('online'));
    expect((await delivered).detail.status).to.equal('pending-review');
    await waitUntil(() => text(el).includes('Claim received'));
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 200));
    expect((await serverStats()).claims).to.equal(1);
  });

  it('restores what was typed and attached after a reload', async () => {
    const el = await claimFor('strategist-2022');
    await identify(el);
    await type(el, '#code', 'VILNIUS-2022');
    await attach(el, '#file-t2', strategy());
    await new Promise((r) => setTimeout(r, 400));
    el.remove();

    const again = await claimFor('strategist-2022');
    await press(again, 'Claim this badge');
    expect((await shadow<HTMLInputElement>(again, '#name')).value).to.equal('Rūta Jonaitė');
    expect((await shadow<HTMLInputElement>(again, '#email')).value).to.equal('ruta@example.org');
    expect((await shadow<HTMLInputElement>(again, '#consent')).checked).to.equal(true);
    await press(again, 'Next');
    expect((await shadow<HTMLInputElement>(again, '#code')).value).to.equal('VILNIUS-2022');
    expect(text(again)).to.contain('strategy.txt');
  });

  it('shows what is missing before moving on, focusing the first field', async () => {
    const el = await claimFor('strategist-2022');
    await press(el, 'Claim this badge');
    await type(el, '#email', 'not-an-email');
    await press(el, 'Next');
    expect((await shadow(el, '#name-error')).textContent).to.contain('fill this in');
    expect((await shadow(el, '#email-error')).textContent).to.contain('e-mail');
    expect((await shadow(el, '#consent-error')).textContent).to.contain('consent');
    expect(el.shadowRoot!.activeElement?.id).to.equal('name');
    await expect(el).to.be.accessible();
  });

  it('completes by keyboard alone', async () => {
    const el = await claimFor('digital-step');
    const tab = () => pressKey('Tab');
    (await shadow(el, 'button.primary')).focus();
    await pressKey('Enter');
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'heading', 'focus did not move to the step');
    await tab();
    await typeKeys('Rūta Jonaitė');
    await tab();
    await typeKeys('ruta@example.org');
    await tab();
    await pressKey(' ');
    await tab(); // the privacy link
    await tab(); // back
    await tab(); // next
    await pressKey('Enter');
    await waitUntil(() => el.shadowRoot!.querySelector('textarea'));
    await tab();
    await typeKeys('I made my first website.');
    await tab(); // back
    await tab(); // next
    await pressKey('Enter');
    await waitUntil(() => text(el).includes('Review and send'));
    await tab(); // back
    await tab(); // send
    await pressKey('Enter');
    await waitUntil(() => text(el).includes('You earned'));
  });
});
