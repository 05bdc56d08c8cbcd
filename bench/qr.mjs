// QR decoding: from an image file (a clean code, and a photo-like image with perspective and
// noise; given up after 5 s) and from the fake camera (time from start() to the first lc-scan).
import QRCode from 'qrcode';
import { FIXTURES } from '../scripts/fake-camera.mjs';
import { repeat, summary } from './stats.mjs';

const ACCEPT = 'https://vilnius.example https://kaunas.example';

/** In the page: draws the code (clean, or skewed with noise), gives it to the scanner's file input, times lc-scan. */
async function decodeImage({ dataUrl, photo, accept }) {
  const img = new Image();
  img.src = dataUrl;
  await img.decode();
  const size = photo ? 1000 : 300;
  const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
  const g = canvas.getContext('2d');
  g.fillStyle = photo ? '#b8b4aa' : '#fff';
  g.fillRect(0, 0, size, size);
  if (photo) {
    // A poster seen from the side: squeezed, sheared and rotated, under uneven light and grain.
    g.setTransform(0.8, 0.12, -0.18, 0.9, 260, 120);
    g.drawImage(img, 0, 0, 560, 560);
    g.setTransform(1, 0, 0, 1, 0, 0);
    const pixels = g.getImageData(0, 0, size, size);
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < pixels.data.length; i += 4) {
      const shade = ((i / 4) % size) / size * 40 + (random() - 0.5) * 60;
      for (let c = 0; c < 3; c++) pixels.data[i + c] = Math.max(0, Math.min(255, pixels.data[i + c] - shade));
    }
    g.putImageData(pixels, 0, 0);
  } else {
    g.drawImage(img, 0, 0, size, size);
  }
  const file = new File([await new Promise((r) => canvas.toBlob(r, 'image/png'))], 'code.png', { type: 'image/png' });
  const scanner = document.createElement('qr-scanner');
  scanner.setAttribute('accept', accept);
  document.body.append(scanner);
  await customElements.whenDefined('qr-scanner');
  await scanner.updateComplete;
  const input = scanner.shadowRoot.querySelector('input[type="file"]');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  const read = new Promise((resolve) => scanner.addEventListener('lc-scan', (e) => resolve(e.detail.text), { once: true }));
  const start = performance.now();
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  const text = await Promise.race([read, new Promise((r) => setTimeout(() => r(undefined), 5_000))]);
  const time = performance.now() - start;
  scanner.remove();
  return { time, text };
}

async function firstCameraRead({ accept }) {
  const scanner = document.createElement('qr-scanner');
  scanner.setAttribute('accept', accept);
  document.body.append(scanner);
  await customElements.whenDefined('qr-scanner');
  await scanner.updateComplete;
  const read = new Promise((resolve) => scanner.addEventListener('lc-scan', (e) => resolve(e.detail.text), { once: true }));
  const start = performance.now();
  await scanner.start();
  const text = await Promise.race([read, new Promise((r) => setTimeout(() => r(undefined), 5_000))]);
  const time = performance.now() - start;
  await scanner.stop();
  scanner.remove();
  return { time, text };
}

/** `page` is on blank.html?scanner=1 in the fake-camera browser. */
export async function measureQr(page, { runs }) {
  const dataUrl = await QRCode.toDataURL(FIXTURES.images.poster, { margin: 4, width: 300 });
  const result = {};
  for (const [name, photo] of [['clean300', false], ['photo1000', true]]) {
    const runsDone = await repeat(runs, () => page.evaluate(decodeImage, { dataUrl, photo, accept: ACCEPT }));
    result[name] = { ...summary(runsDone.map((r) => r.time)), read: runsDone.filter((r) => r.text === FIXTURES.images.poster).length };
  }
  const camera = await repeat(runs, () => page.evaluate(firstCameraRead, { accept: ACCEPT }));
  result.camera = { ...summary(camera.map((r) => r.time)), read: camera.filter((r) => r.text).length };
  return result;
}
