// <claim-kiosk> against the reference API: the code as a QR code that the kit's own scanner
// reads, the code accepted for its period and the next and refused after, the countdown from
// the API's clock, the claimed count, and no code at all while the API cannot be reached. The
// code scanned through a visitor's camera is in claim-kiosk.camera.test.ts.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../src/components/claim-kiosk/claim-kiosk.js';
import type { ClaimKiosk } from '../../../../src/components/claim-kiosk/claim-kiosk.js';
import '../../../../src/components/qr-scanner/qr-scanner.js';
import type { QrScanner } from '../../../../src/components/qr-scanner/qr-scanner.js';
import { pickFile } from '../../helpers/camera.js';
import { part, partText, waitForPart } from '../../helpers/components.js';
import { pressKey } from '../../helpers/browser.js';
import { API, clearFaults, injectFault, ORGANISER_TOKEN, resetServer, setClock } from '../../helpers/server.js';

const BADGE = 'strategist-2022';

/** The kiosk's QR code as a PNG file, as a visitor's photo of the screen would be. */
async function photograph(el: ClaimKiosk): Promise<File> {
  const qr = part<SVGSVGElement>(el, 'qr')!;
  const source = new XMLSerializer().serializeToString(qr);
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 400;
  canvas.getContext('2d')!.drawImage(image, 0, 0, 400, 400);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], 'kiosk.png', { type: 'image/png' });
}

/** Claims the badge with a code as a visitor's phone does, over HTTP. */
async function claimWith(code: string, email: string): Promise<Response> {
  return fetch(`${API}/claims`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      badgeId: BADGE,
      recipient: { name: 'Ona', email },
      consent: true,
      code,
      answers: { t3: ['Sharing helps.', 'Write our plan.'] },
    }),
  });
}

const kiosk = (token = ORGANISER_TOKEN, period = 30) =>
  fixture<ClaimKiosk>(html`<claim-kiosk api=${API} lang="en" badge-id=${BADGE} period=${period} token=${token}></claim-kiosk>`);

describe('claim-kiosk', () => {
  beforeEach(async () => {
    await resetServer();
    await clearFaults();
  });

  it('shows the code as a QR code and as text, a countdown and the number claimed', async () => {
    await setClock({ now: '2026-12-04T12:00:07.000Z' });
    const el = await kiosk();
    await waitForPart(el, 'qr');
    expect(partText(el, 'code')).to.match(/^30-\d{4}-[A-Z0-9]{8}$/);
    // From the API's clock (7 s into a 30 s period), not the browser's.
    expect(partText(el, 'countdown')).to.match(/^New code in (2[0-3]) s$/);
    expect(partText(el, 'claimed')).to.equal('Claimed so far: 0');
    expect(part(el, 'qr')!.getAttribute('aria-label')).to.contain(partText(el, 'code'));
    await expect(el).to.be.accessible();
  });

  it('its QR code, scanned, claims the badge; the same code is refused two periods later', async function () {
    this.timeout(30_000); // WebKit reads a photo with the html5-qrcode decoder, slowly on a busy machine
    await setClock({ now: '2026-12-04T12:00:00.000Z' });
    const el = await kiosk();
    await waitForPart(el, 'qr');
    const code = partText(el, 'code')!;

    const scanner = await fixture<QrScanner>(html`<qr-scanner api=${API} lang="en"></qr-scanner>`);
    const scanned = oneEvent(scanner, 'lc-scan');
    pickFile(scanner, await photograph(el));
    const { detail } = await scanned;
    expect(detail.code).to.equal(code);
    expect(detail.text).to.contain(`code=${code}`);

    // Accepted in its own period and in the next one.
    const accepted = async (email: string) => {
      const answer = await claimWith(code, email);
      expect(answer.status, await answer.clone().text()).to.be.oneOf([200, 201]);
    };
    await accepted('ona@example.org');
    await setClock({ advanceMs: 30_000 });
    await accepted('petras@example.org');
    // Two periods on, a photo of it no longer works.
    await setClock({ advanceMs: 30_000 });
    const refused = await claimWith(code, 'jurga@example.org');
    expect(refused.status).to.equal(422);
    const { error } = await refused.json();
    expect(error.code).to.equal('code_expired');
    expect(error.message).to.match(/scan the code on the screen/i);
  });

  it('moves on to the next code when the period ends, with the count of claims', async () => {
    await setClock({ now: '2026-12-04T12:00:28.000Z' });
    const el = await kiosk();
    await waitForPart(el, 'qr');
    const first = partText(el, 'code')!;
    expect((await claimWith(first, 'ona@example.org')).ok).to.equal(true);
    await setClock({ advanceMs: 5000 });
    await waitUntil(() => partText(el, 'code') !== first, 'the code did not rotate', { timeout: 8000 });
    expect(partText(el, 'claimed')).to.equal('Claimed so far: 1');
    await expect(el).to.be.accessible();
  });

  it('shows no code while the API cannot be reached, and the code once it answers again', async () => {
    await injectFault({ method: 'GET', path: '/badges/:id/kiosk', status: 503, times: 1000 });
    const el = await kiosk();
    await waitForPart(el, 'error');
    expect(partText(el, 'error')).to.contain('cannot be reached');
    expect(part(el, 'qr')).to.equal(null);
    expect(part(el, 'code')).to.equal(null);
    await expect(el).to.be.accessible();
    await clearFaults();
    window.dispatchEvent(new Event('online'));
    await waitForPart(el, 'qr');
    expect(part(el, 'error')).to.equal(null);
  });

  it('says when the organiser token is missing or belongs to another organiser', async () => {
    const none = await kiosk('');
    await waitForPart(none, 'error');
    expect(partText(none, 'error')).to.contain('organiser token is needed');
    await expect(none).to.be.accessible();
    const other = await kiosk('demo-organiser-turin');
    await waitForPart(other, 'error');
    expect(partText(other, 'error')).to.contain('may not show codes');
  });

  it('keeps the screen on while the code shows (where the browser can), and lets go when it leaves the page', async () => {
    if (!('wakeLock' in navigator)) {
      // The kiosk works without, and does not claim to keep the screen on.
      const el = await kiosk();
      await waitForPart(el, 'qr');
      expect(el.shadowRoot!.textContent).not.to.contain('The screen stays on');
      return;
    }
    const request = navigator.wakeLock.request.bind(navigator.wakeLock);
    const locks: WakeLockSentinel[] = [];
    let refused = false;
    navigator.wakeLock.request = async (type) => {
      try {
        const lock = await request(type);
        locks.push(lock);
        return lock;
      } catch (error) {
        refused = true;
        throw error;
      }
    };
    try {
      const el = await kiosk();
      await waitForPart(el, 'qr');
      await waitUntil(() => locks.length > 0 || refused, 'the kiosk never asked for the screen to stay on');
      if (refused) {
        // The browser has the API but said no (WebKitGTK under automation does): the kiosk does
        // not claim to keep the screen on.
        await el.updateComplete;
        expect(el.shadowRoot!.textContent).not.to.contain('The screen stays on');
        return;
      }
      await waitUntil(() => el.shadowRoot!.textContent!.includes('The screen stays on'), 'no wake lock note');
      expect(locks).to.have.length(1);
      expect(locks[0]!.released).to.equal(false);
      el.remove();
      await waitUntil(() => locks[0]!.released, 'the wake lock was kept');
    } finally {
      navigator.wakeLock.request = request;
    }
  });

  it('goes full screen and back from the keyboard', async () => {
    const el = await kiosk();
    await waitForPart(el, 'qr');
    const button = part<HTMLButtonElement>(el, 'fullscreen')!;
    button.focus();
    await pressKey('Enter');
    await waitUntil(() => document.fullscreenElement === el, 'not full screen');
    // The label follows the browser's fullscreenchange event, which WebKit fires a frame later.
    await waitUntil(() => partText(el, 'fullscreen') === 'Leave full screen', 'the button still says "Full screen"');
    await pressKey('Enter');
    await waitUntil(() => document.fullscreenElement === null, 'still full screen');
    await waitUntil(() => partText(el, 'fullscreen') === 'Full screen', 'the button still says "Leave full screen"');
  });
});
