// <qr-scanner> without a camera (this browser has no capture device at all): scanning photos,
// typing codes, and the no-camera message (what counts as a claim code: test/browser/scan/). The camera suites run in
// browser groups of their own (the *.camera, *.cameras and *.denied files beside this one).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { pressKey, typeKeys } from '../../helpers/browser.js';
import '../../../../src/components/qr-scanner/qr-scanner.js';
import type { QrScanner } from '../../../../src/components/qr-scanner/qr-scanner.js';
import type { ErrorDetail } from '../../../../src/events.js';
import {
  fixtures,
  focusedPart,
  imageFile,
  part,
  pickFile,
  recordScans,
  sleep,
  text,
  waitForText,
  type Fixtures,
} from '../../helpers/camera.js';

const ACCEPT = 'https://vilnius.example';

describe('qr-scanner', () => {
  let data: Fixtures;
  before(async () => {
    data = await fixtures();
  });

  const scanner = (accept = ACCEPT) =>
    fixture<QrScanner>(html`<qr-scanner lang="en" accept=${accept} style="max-inline-size: 40rem"></qr-scanner>`);

  it('starts idle: an invitation, the camera button, the photo button and the code field, all accessible', async () => {
    const el = await scanner();
    expect(text(el, 'status')).to.equal('Scan the QR code on the poster with your camera.');
    expect(text(el, 'camera-button')).to.equal('Start camera');
    expect(text(el, 'file-button')).to.equal('Scan a photo');
    expect(part(el, 'viewfinder')!.hidden).to.equal(true);
    expect(part(el, 'message')!.textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('projects a light-DOM container with an id unique on the page through its slot', async () => {
    const page = await fixture(html`<div><qr-scanner></qr-scanner><qr-scanner></qr-scanner></div>`);
    const [a, b] = [...page.querySelectorAll('qr-scanner')].map((s) => s.querySelector<HTMLElement>(':scope > [slot="viewfinder"]')!);
    expect(a!.id).to.match(/^lc-qr-scanner-\d+$/);
    expect(b!.id).to.not.equal(a!.id);
    expect(document.getElementById(a!.id)).to.equal(a);
    const slot = page.querySelector('qr-scanner')!.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="viewfinder"]')!;
    expect(slot.assignedElements()).to.deep.equal([a]);
  });

  it('reads the claim code from a photo of the poster', async () => {
    const el = await scanner();
    const scanned = oneEvent(el, 'lc-scan');
    pickFile(el, await imageFile('poster'));
    const { detail } = await scanned;
    expect(detail).to.deep.equal({ text: data.images.poster, code: 'POSTER-2022' });
    await waitForText(el, 'status', 'Code POSTER-2022 received.');
    await expect(el).to.be.accessible();
  });

  it('reads a bare code from a photo', async () => {
    const el = await scanner();
    const scanned = oneEvent(el, 'lc-scan');
    pickFile(el, await imageFile('bare'));
    expect((await scanned).detail).to.deep.equal({ text: 'KAUNAS-2023', code: 'KAUNAS-2023' });
  });

  for (const kind of ['foreign', 'javascript', 'garbage'] as const) {
    it(`reports a QR code holding ${kind === 'garbage' ? 'garbage' : `a ${kind} URL`} as not a claim code and opens nothing`, async () => {
      const el = await scanner();
      const before = location.href;
      const opened: unknown[] = [];
      const open = window.open;
      window.open = (...args: unknown[]) => (opened.push(args), null);
      try {
        const scanned = oneEvent(el, 'lc-scan');
        pickFile(el, await imageFile(kind));
        const { detail } = await scanned;
        expect(detail).to.deep.equal({ text: data.images[kind] });
        expect(detail.code).to.equal(undefined);
        await waitForText(el, 'message', 'This QR code is not a badge claim code. Nothing was opened.');
        await sleep(200);
      } finally {
        window.open = open;
      }
      expect(location.href).to.equal(before);
      expect(opened).to.have.length(0);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('says so when a photo holds no QR code, and fires nothing', async () => {
    const el = await scanner();
    const scans = recordScans(el);
    pickFile(el, await imageFile('blank'));
    await waitForText(el, 'message', 'No QR code was found in this photo.');
    expect(scans).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('opens the photo picker from the keyboard', async () => {
    const el = await scanner();
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    let clicked = 0;
    input.addEventListener('click', (event) => {
      clicked++;
      event.preventDefault(); // no native picker in a headless test
    });
    part(el, 'file-button')!.focus();
    await pressKey('Enter');
    await pressKey(' ');
    expect(clicked).to.equal(2);
  });

  it('takes a typed code from the keyboard: Tab to the field, type, Enter', async () => {
    const el = await scanner();
    part(el, 'file-button')!.focus();
    await pressKey('Tab');
    expect(focusedPart(el)).to.equal('input');
    const scanned = oneEvent(el, 'lc-scan');
    await typeKeys('VILNIUS-2022');
    await pressKey('Enter');
    expect((await scanned).detail).to.deep.equal({ text: 'VILNIUS-2022', code: 'VILNIUS-2022' });
    await waitForText(el, 'status', 'Code VILNIUS-2022 received.');
  });

  it('takes a pasted claim URL of the configured API’s origin by default', async () => {
    const el = await fixture<QrScanner>(html`<qr-scanner lang="en" api="/api"></qr-scanner>`);
    part<HTMLInputElement>(el, 'input')!.value = `${location.origin}/claim?code=AB12-CD34`;
    const scanned = oneEvent(el, 'lc-scan');
    part(el, 'submit-button')!.click();
    expect((await scanned).detail.code).to.equal('AB12-CD34');
  });

  it('refuses a typed text that is not a claim code, says why at the field, and keeps focus there', async () => {
    const el = await scanner();
    const scans = recordScans(el);
    part(el, 'input')!.focus();
    await pressKey('Enter');
    await waitForText(el, 'error', 'Type the code first.');
    await typeKeys('javascript:alert(1)');
    expect(part(el, 'error')!.hidden, 'typing clears the error').to.equal(true);
    await pressKey('Enter');
    await waitForText(el, 'error', 'This is not a valid code');
    const input = part<HTMLInputElement>(el, 'input')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('code-error');
    expect(focusedPart(el)).to.equal('input');
    input.value = 'https://evil.example/claim?code=VILNIUS-2022';
    part(el, 'submit-button')!.click();
    await el.updateComplete;
    expect(text(el, 'error')).to.contain('This is not a valid code');
    expect(scans).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('without a camera: says so, offers the fallbacks, fires lc-error, keeps focus on the button', async () => {
    const el = await scanner();
    const errors: CustomEvent<ErrorDetail>[] = [];
    el.addEventListener('lc-error', (event) => errors.push(event));
    part(el, 'camera-button')!.focus();
    await pressKey('Enter');
    await waitForText(el, 'message', 'No camera was found on this device.');
    expect(text(el, 'message')).to.contain('You can scan a photo of the QR code or type the code instead.');
    expect(part(el, 'message')!.getAttribute('role')).to.equal('alert');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['camera-not-found']);
    expect(text(el, 'camera-button')).to.equal('Try the camera again');
    expect(focusedPart(el)).to.equal('camera-button');
    expect(part(el, 'viewfinder')!.hidden).to.equal(true);
    await expect(el).to.be.accessible();
    // the fallbacks still work
    const scanned = oneEvent(el, 'lc-scan');
    pickFile(el, await imageFile('poster'));
    expect((await scanned).detail.code).to.equal('POSTER-2022');
  });

  it('fires nothing when properties are set', async () => {
    const el = await scanner();
    const events: Event[] = [];
    for (const type of ['lc-scan', 'lc-error']) el.addEventListener(type, (e) => events.push(e));
    el.accept = 'https://kaunas.example';
    el.lang = 'lt';
    el.api = '/api';
    await el.updateComplete;
    await sleep(100);
    expect(events).to.have.length(0);
  });

  it('speaks the page’s language', async () => {
    const el = await fixture<QrScanner>(html`<qr-scanner lang="lt"></qr-scanner>`);
    await waitUntil(() => text(el, 'camera-button') === 'Įjungti kamerą', 'Lithuanian catalogue did not load');
    expect(text(el, 'label')).to.equal('Arba įveskite kodą');
    el.lang = 'et';
    await waitUntil(() => text(el, 'camera-button') === 'Lülita kaamera sisse', 'Estonian catalogue did not load');
  });

  it('reads a photo even inside another component’s shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<qr-scanner lang="en" accept="${ACCEPT}"></qr-scanner>`;
    const el = root.querySelector('qr-scanner')!;
    await el.updateComplete;
    const scanned = oneEvent(el, 'lc-scan');
    pickFile(el, await imageFile('poster'));
    expect((await scanned).detail.code).to.equal('POSTER-2022');
    expect(document.body.querySelector(`[id^="${el.querySelector('[slot]')!.id}"]`)).to.equal(null);
  });
});
