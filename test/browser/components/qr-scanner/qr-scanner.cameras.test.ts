// <qr-scanner> on a device with two cameras (Chromium's fake devices, showing a test pattern).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { pressKey } from '../../helpers/browser.js';
import '../../../../src/components/qr-scanner/qr-scanner.js';
import type { QrScanner } from '../../../../src/components/qr-scanner/qr-scanner.js';
import { focusedPart, part, waitForText } from '../../helpers/camera.js';

const track = (el: Element) => ((el.querySelector('video')?.srcObject as MediaStream | null) ?? undefined)?.getVideoTracks()[0];

describe('qr-scanner with two cameras', function () {
  // Two cameras started and stopped in turn, and WebKit's driver answers a key press only once
  // the page is idle again: more than the default 10 s on a busy machine.
  this.timeout(30_000);

  it('offers the camera choice once the camera is on, and switches camera from the keyboard', async () => {
    const el = await fixture<QrScanner>(html`<qr-scanner lang="en"></qr-scanner>`);
    expect(part(el, 'camera-select'), 'no choice before the camera is allowed').to.equal(null);
    await el.start();
    await waitForText(el, 'status', 'Point the camera at the QR code.');
    const select = await waitUntil(() => part<HTMLSelectElement>(el, 'camera-select'), 'no camera choice', { timeout: 4000 }).then(
      () => part<HTMLSelectElement>(el, 'camera-select')!,
    );
    expect(select.options).to.have.length(2);
    const first = track(el)!;
    expect(select.value).to.equal(first.getSettings().deviceId);
    await el.querySelector('video')!.play();
    await expect(el).to.be.accessible();

    select.focus();
    const other = [...select.options].find((o) => o.value !== select.value)!.value;
    await pressKey(select.selectedIndex === 0 ? 'ArrowDown' : 'ArrowUp');
    await waitUntil(() => track(el)?.getSettings().deviceId === other, 'the other camera never came on', { timeout: 4000 });
    expect(first.readyState, 'the first camera is released').to.equal('ended');
    await waitForText(el, 'status', 'Point the camera at the QR code.');
    expect(part<HTMLSelectElement>(el, 'camera-select')!.value).to.equal(other);
    expect(focusedPart(el), 'focus stays on the choice').to.equal('camera-select');
    await el.querySelector('video')!.play();
    await el.stop();
    expect(part(el, 'camera-select')).to.equal(null);
  });
});
