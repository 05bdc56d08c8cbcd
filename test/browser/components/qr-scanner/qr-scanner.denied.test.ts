// <qr-scanner> when the visitor refuses the camera: Chromium has a (fake) camera but denies the
// permission prompt.
import { expect, fixture, html } from '@open-wc/testing';
import { pressKey } from '../../helpers/browser.js';
import '../../../../src/components/qr-scanner/qr-scanner.js';
import type { QrScanner } from '../../../../src/components/qr-scanner/qr-scanner.js';
import type { ErrorDetail } from '../../../../src/events.js';
import { focusedPart, part, text, waitForText } from '../../helpers/camera.js';

describe('qr-scanner when the camera is refused', () => {
  it('explains how to allow the camera, offers the fallbacks, and can try again', async () => {
    const el = await fixture<QrScanner>(html`<qr-scanner lang="en"></qr-scanner>`);
    const errors: ErrorDetail[] = [];
    el.addEventListener('lc-error', (event) => errors.push(event.detail));
    part(el, 'camera-button')!.focus();
    await pressKey('Enter');
    await waitForText(el, 'message', 'Camera access was refused.');
    expect(text(el, 'message')).to.contain('allow the camera for this site');
    expect(text(el, 'message')).to.contain('You can scan a photo of the QR code or type the code instead.');
    expect(errors.map((e) => e.code)).to.deep.equal(['camera-denied']);
    expect(text(el, 'camera-button')).to.equal('Try the camera again');
    expect(focusedPart(el)).to.equal('camera-button');
    expect(part(el, 'file-button')).to.not.equal(null);
    expect(part(el, 'input')).to.not.equal(null);
    expect(el.querySelector('video')).to.equal(null);
    await expect(el).to.be.accessible();

    await pressKey('Enter');
    await waitForText(el, 'message', 'Camera access was refused.');
    expect(errors).to.have.length(2);
  });

  it('in Lithuanian', async () => {
    const el = await fixture<QrScanner>(html`<qr-scanner lang="lt"></qr-scanner>`);
    await el.start();
    await waitForText(el, 'message', 'Prieiga prie kameros neleista.');
    expect(text(el, 'camera-button')).to.equal('Vėl bandyti kamerą');
  });
});
