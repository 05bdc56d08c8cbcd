// <qr-scanner> with a camera: Chromium's fake capture device plays a video of QR codes generated
// at test time (scripts/fake-camera.mjs): a small Vilnius code for the first second, then a
// large Kaunas code (then a kiosk's screen, for the claim-kiosk suite). Each camera session plays
// the video from its start.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { pressKey, setViewport } from '../../helpers/browser.js';
import '../../../../src/components/qr-scanner/qr-scanner.js';
import type { QrScanner } from '../../../../src/components/qr-scanner/qr-scanner.js';
import { fixtures, focusedPart, part, recordScans, sleep, text, waitForText, type Fixtures } from '../../helpers/camera.js';

const VILNIUS = 'https://vilnius.example';
const KAUNAS = 'https://kaunas.example';

const videoTrack = (el: Element) => {
  const video = el.querySelector('video');
  return (video?.srcObject as MediaStream | null)?.getVideoTracks()[0];
};

/** Waits until the camera is on and its picture is playing. */
const scanning = async (el: QrScanner) => {
  await waitForText(el, 'status', 'Point the camera at the QR code.');
  await el.querySelector('video')!.play();
};

describe('qr-scanner with a camera', () => {
  let data: Fixtures;
  before(async () => {
    data = await fixtures();
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('from the keyboard: starts the camera, reads the code, fires one lc-scan, releases the camera', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <qr-scanner lang="en" accept=${VILNIUS}></qr-scanner>
    </div>`);
    const el = page.querySelector('qr-scanner')!;
    await expect(el).to.be.accessible();
    const scans = recordScans(el);
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await pressKey('Tab');
    expect(focusedPart(el)).to.equal('camera-button');
    const scanned = oneEvent(el, 'lc-scan');
    await pressKey('Enter');
    await waitUntil(() => text(el, 'status') === 'Starting camera…' || videoTrack(el), 'the camera never started');
    // the track is caught before the first read ends the scan
    await waitUntil(() => videoTrack(el) || scans.length > 0, 'no camera picture', { timeout: 8000 });
    const track = videoTrack(el);
    const { detail } = await scanned;
    expect(detail).to.deep.equal({ text: data.camera[0]!.text, code: 'VILNIUS-2022' });
    await waitForText(el, 'status', 'Code VILNIUS-2022 received.');
    await sleep(800); // more frames of the same code go by: no repeats
    expect(scans).to.have.length(1);
    if (track) expect(track.readyState, 'the camera is released').to.equal('ended');
    expect(el.querySelector('video')).to.equal(null);
    expect(part(el, 'viewfinder')!.hidden).to.equal(true);
    expect(text(el, 'camera-button')).to.equal('Scan again');
    expect(focusedPart(el), 'focus stays on the camera button').to.equal('camera-button');
    await expect(el).to.be.accessible();
  });

  it('shows the camera and a stop button while scanning, accessible; Stop releases the camera', async () => {
    // Nothing is accepted, so the camera keeps running until it is stopped.
    const el = await fixture<QrScanner>(html`<qr-scanner lang="en" accept="https://nowhere.example"></qr-scanner>`);
    part(el, 'camera-button')!.focus();
    await pressKey(' ');
    await scanning(el);
    const track = videoTrack(el)!;
    expect(track.readyState).to.equal('live');
    expect(part(el, 'viewfinder')!.hidden).to.equal(false);
    expect(text(el, 'camera-button')).to.equal('Stop camera');
    expect(part(el, 'torch-button'), 'the fake camera has no torch').to.equal(null);
    await expect(el).to.be.accessible();
    await pressKey('Enter');
    await waitForText(el, 'status', 'Camera turned off.');
    expect(track.readyState).to.equal('ended');
    expect(text(el, 'camera-button')).to.equal('Start camera');
    expect(focusedPart(el)).to.equal('camera-button');
  });

  it('on a phone-sized screen, refuses a small code of another site and reads a large one', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await fixture<QrScanner>(html`<qr-scanner lang="en" accept=${KAUNAS}></qr-scanner>`);
    const scans = recordScans(el);
    await el.start();
    await waitUntil(() => scans.some((e) => e.detail.code), 'the large code was never read', { timeout: 8000 });
    // the small Vilnius code (a fifth of the frame) was read, reported once as not a claim code
    expect(scans.map((e) => e.detail)).to.deep.equal([
      { text: data.camera[0]!.text },
      { text: data.camera[1]!.text, code: 'STRATEGIST-2022' },
    ]);
    expect(el.querySelector('video')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fits the scanning area to the viewfinder again when the screen is turned', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await fixture<QrScanner>(html`<qr-scanner lang="en" accept="https://nowhere.example"></qr-scanner>`);
    const box = () => el.querySelector('canvas')?.width;
    const viewfinder = el.querySelector<HTMLElement>('[slot="viewfinder"]')!;
    await el.start();
    await scanning(el);
    await waitUntil(() => box(), 'no scanning area');
    const portrait = viewfinder.clientWidth;
    expect(box()).to.equal(Math.floor(Math.min(portrait, portrait * 0.75) * 0.9));
    const first = videoTrack(el)!;
    await setViewport({ width: 640, height: 360 });
    await waitUntil(() => first.readyState === 'ended' && videoTrack(el)?.readyState === 'live', 'not restarted', { timeout: 4000 });
    await waitUntil(() => box() && box()! > portrait * 0.9 * 0.75, 'the scanning area kept its size', { timeout: 4000 });
    expect(el.cameraOn).to.equal(true);
    await el.querySelector('video')!.play();
    await el.stop();
  });

  it('runs one scanner at a time on a page', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <qr-scanner lang="en" accept="https://nowhere.example"></qr-scanner>
      <qr-scanner lang="en" accept="https://nowhere.example"></qr-scanner>
    </div>`);
    const [a, b] = [...page.querySelectorAll('qr-scanner')];
    await a!.start();
    await scanning(a!);
    const first = videoTrack(a!)!;
    await b!.start();
    await scanning(b!);
    expect(first.readyState).to.equal('ended');
    expect(a!.cameraOn).to.equal(false);
    expect(videoTrack(b!)!.readyState).to.equal('live');
    await b!.stop();
  });

  it('releases the camera when it leaves the page', async () => {
    const el = await fixture<QrScanner>(html`<qr-scanner lang="en" accept="https://nowhere.example"></qr-scanner>`);
    await el.start();
    await scanning(el);
    const track = videoTrack(el)!;
    el.remove();
    await waitUntil(() => track.readyState === 'ended', 'the camera is still on');
  });

  it('releases the camera while the page is hidden, turns it back on when it is shown, unless stopped meanwhile', async () => {
    const el = await fixture<QrScanner>(html`<qr-scanner lang="en" accept="https://nowhere.example"></qr-scanner>`);
    await el.start();
    await scanning(el);
    const track = videoTrack(el)!;
    // Headless Chromium's page is never hidden: play the browser's part.
    const setVisibility = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      setVisibility('hidden');
      await waitUntil(() => track.readyState === 'ended', 'the camera stayed on in a hidden page');
      setVisibility('visible');
      await scanning(el);
      expect(videoTrack(el)!.readyState).to.equal('live');

      // Stopped while hidden: it stays off when the page is shown again.
      setVisibility('hidden');
      await waitUntil(() => !videoTrack(el) || videoTrack(el)!.readyState === 'ended', 'the camera stayed on in a hidden page');
      await el.stop();
      setVisibility('visible');
      await sleep(500); // time enough for a camera to start, were it coming back
      expect(el.cameraOn).to.equal(false);
      expect(videoTrack(el)?.readyState ?? 'ended').to.equal('ended');
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      await el.stop();
    }
  });

  it('scans inside another component’s shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<qr-scanner lang="en" accept="${VILNIUS}"></qr-scanner>`;
    const el = root.querySelector('qr-scanner')!;
    await el.updateComplete;
    const scanned = oneEvent(el, 'lc-scan');
    await el.start();
    expect((await scanned).detail.code).to.equal('VILNIUS-2022');
    expect(Object.getOwnPropertyDescriptor(document, 'getElementById'), 'document left as it was').to.equal(undefined);
  });
});
