// <claim-kiosk> filmed by a visitor's camera: the camera group's camera films, after the posters'
// codes, the seed badge's kiosk screen at a fixed moment under a fixed kiosk secret
// (scripts/fake-camera.mjs, computed by the test runner with the server's own functions). Given
// that secret and that moment, the kiosk shows that very code; a visitor's <badge-claim> scans it
// with the camera and claims the badge, and two periods later another visitor scanning the same
// code is told it has expired, with everything they typed kept.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../src/components/badge-claim/badge-claim.js';
import type { BadgeClaim } from '../../../../src/components/badge-claim/badge-claim.js';
import '../../../../src/components/claim-kiosk/claim-kiosk.js';
import type { ClaimKiosk } from '../../../../src/components/claim-kiosk/claim-kiosk.js';
import type { QrScanner } from '../../../../src/components/qr-scanner/qr-scanner.js';
import { en } from '../../../../src/i18n/claim/en.js';
import { kitStore } from '../../../../src/store/store.js';
import { fixtures, type Fixtures } from '../../helpers/camera.js';
import { part, partText, waitForPart } from '../../helpers/components.js';
import { attach, check, press, shadow, text, type } from '../../helpers/forms.js';
import { API, ORGANISER_TOKEN, resetServer, serverStats, setClock, setKioskSecret } from '../../helpers/server.js';

const field = (el: BadgeClaim, selector: string) => el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)?.value;

interface Visitor {
  name: string;
  email: string;
  answers: [string, string];
  file: File;
}

const visitor = (name: string, email: string): Visitor => ({
  name,
  email,
  answers: [`${name}: how other cities plan skills.`, `${name}: present our strategy to the council.`],
  file: new File([`${name}'s notes on the strategy.`], `${name.toLowerCase()}-strategy.txt`, { type: 'text/plain' }),
});

/**
 * A visitor's phone: the claim form for the kiosk's badge, filled in, and the claim code scanned
 * with the camera pointed at the screen; resolves once the code is in its field.
 */
async function scanAtTheKiosk(kiosk: Fixtures['kiosk'], who: Visitor): Promise<BadgeClaim> {
  const el = await fixture<BadgeClaim>(html`<badge-claim api=${API} lang="en" badge-id=${kiosk.badgeId}></badge-claim>`);
  await press(el, en.claimStart);
  await type(el, '#name', who.name);
  await type(el, '#email', who.email);
  await check(el, '#consent');
  await press(el, en.claimNext);
  await attach(el, '#file-t2', who.file);
  await type(el, '#answer-t3-0', who.answers[0]);
  await type(el, '#answer-t3-1', who.answers[1]);

  await press(el, en.claimScan);
  const scanner = await shadow<QrScanner>(el, 'qr-scanner');
  await scanner.updateComplete;
  await expect(el).to.be.accessible();
  part<HTMLButtonElement>(scanner, 'camera-button')!.click();
  // The camera films the posters' codes first (of other sites: not claim codes here), then the kiosk.
  await waitUntil(() => field(el, '#code') === kiosk.code, `the kiosk's code was not read (the field says "${field(el, '#code')}")`, {
    timeout: 15_000,
  });
  expect(el.shadowRoot!.querySelector('qr-scanner'), 'the scanner closes').to.equal(null);
  expect(el.shadowRoot!.activeElement?.id).to.equal('code');
  expect(text(el)).to.contain(en.claimCodeRead);
  await expect(el).to.be.accessible();
  await press(el, en.claimNext);
  await waitUntil(() => text(el).includes(en.claimSubmit), 'no review step');
  return el;
}

describe('claim-kiosk with a camera', () => {
  let kiosk: Fixtures['kiosk'];
  before(async () => {
    ({ kiosk } = await fixtures());
  });

  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
  });

  it('its code, scanned with a visitor’s camera, claims the badge; two periods later the same code is refused as expired', async function () {
    this.timeout(90_000); // two visitors fill in the form and wait for the camera's film to reach the kiosk
    await setKioskSecret(kiosk.secret);
    await setClock({ now: kiosk.now });
    const screen = await fixture<ClaimKiosk>(
      html`<claim-kiosk api=${API} lang="en" badge-id=${kiosk.badgeId} period=${kiosk.period} token=${ORGANISER_TOKEN}></claim-kiosk>`,
    );
    await waitForPart(screen, 'qr');
    expect(partText(screen, 'code')).to.equal(kiosk.code);
    expect(part(screen, 'qr')!.getAttribute('aria-label')).to.contain(kiosk.code);
    // The claim URL filmed is the one the API gives the kiosk for its QR code.
    const shown = await (
      await fetch(`${API}/badges/${kiosk.badgeId}/kiosk?period=${kiosk.period}`, { headers: { Authorization: `Bearer ${ORGANISER_TOKEN}` } })
    ).json();
    expect(shown.url).to.equal(kiosk.text);
    await expect(screen).to.be.accessible();

    const ona = visitor('Ona', 'ona@example.org');
    const first = await scanAtTheKiosk(kiosk, ona);
    const claimed = oneEvent(first, 'lc-claim');
    await press(first, en.claimSubmit);
    expect((await claimed).detail.status).to.equal('pending-review');
    await waitUntil(() => text(first).includes(en.claimPendingTitle), 'the claim was not received');
    await expect(first).to.be.accessible();
    expect((await serverStats()).claims).to.equal(1);
    first.remove();

    // Two periods on, another visitor (another phone) scans the same screen: a photo of it, say.
    await setClock({ advanceMs: 2 * kiosk.period * 1000 });
    await kitStore().clear();
    const petras = visitor('Petras', 'petras@example.org');
    const second = await scanAtTheKiosk(kiosk, petras);
    await press(second, en.claimSubmit);
    const error = await shadow(second, '#code-error');
    expect(error.textContent!.trim()).to.equal(en.errorCodeExpired);
    expect(second.shadowRoot!.activeElement?.id).to.equal('code');
    expect(second.shadowRoot!.querySelector('#code')!.getAttribute('aria-describedby')).to.contain('code-error');
    await expect(second).to.be.accessible();
    expect((await serverStats()).claims, 'nothing stored').to.equal(1);
    // Nothing typed is lost: the code, the file, the answers, and (a step back) the name and e-mail.
    expect(field(second, '#code')).to.equal(kiosk.code);
    expect(text(second)).to.contain(petras.file.name);
    expect(field(second, '#answer-t3-0')).to.equal(petras.answers[0]);
    expect(field(second, '#answer-t3-1')).to.equal(petras.answers[1]);
    await press(second, en.claimBack);
    await waitUntil(() => field(second, '#email') !== undefined, 'no step back to the visitor’s details');
    expect(field(second, '#name')).to.equal(petras.name);
    expect(field(second, '#email')).to.equal(petras.email);
  });
});
