// QR decoding: from an image file (a clean code, and a photo-like image with perspective, shading
// and grain, drawn by bench/photo.mjs; given up after 5 s), with the time of each step of the
// scanner's photo pipeline, and from the fake camera (time from start() to the first lc-scan).
import QRCode from 'qrcode';
import { FIXTURES } from '../scripts/fake-camera.mjs';
import { repeat, summary } from './stats.mjs';

const ACCEPT = 'https://vilnius.example https://kaunas.example';

/**
 * In the page: draws the code (clean, or photo-like by bench/photo.mjs), gives it to the
 * scanner's file input, times lc-scan, and collects the photo steps the scanner measured.
 */
async function decodeImage({ dataUrl, photo, seed, accept }) {
  const { photoLikeQr, pngFile } = await import('/bench/photo.mjs');
  const img = new Image();
  img.src = dataUrl;
  await img.decode();
  const canvas = photo ? photoLikeQr(img, { size: 1000, seed }) : Object.assign(document.createElement('canvas'), { width: 300, height: 300 });
  if (!photo) canvas.getContext('2d').drawImage(img, 0, 0, 300, 300);
  const file = await pngFile(canvas, 'code.png');
  const scanner = document.createElement('qr-scanner');
  scanner.setAttribute('accept', accept);
  document.body.append(scanner);
  await customElements.whenDefined('qr-scanner');
  await scanner.updateComplete;
  const input = scanner.shadowRoot.querySelector('input[type="file"]');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  const read = new Promise((resolve) => scanner.addEventListener('lc-scan', (e) => resolve(e.detail.text), { once: true }));
  performance.clearMeasures();
  const start = performance.now();
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  const text = await Promise.race([read, new Promise((r) => setTimeout(() => r(undefined), 5_000))]);
  const time = performance.now() - start;
  const steps = performance
    .getEntriesByType('measure')
    .filter((m) => m.name.startsWith('lc-scan-photo:'))
    .map((m) => ({ step: m.name.slice('lc-scan-photo:'.length), time: m.duration }));
  scanner.remove();
  return { time, text, steps };
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

/**
 * For each photo step: its time (median, min–max over the runs that tried it), how many runs
 * tried it and how many read the code at it (the last step a reading run tried).
 */
function stepSummary(runsDone, read) {
  const steps = {};
  for (const run of runsDone) {
    run.steps.forEach(({ step, time }, i) => {
      steps[step] ??= { times: [], read: 0 };
      steps[step].times.push(time);
      if (read(run) && i === run.steps.length - 1) steps[step].read++;
    });
  }
  return Object.fromEntries(Object.entries(steps).map(([step, { times, read: n }]) => [step, { ...summary(times), read: n }]));
}

/** `page` is on blank.html?scanner=1 in the fake-camera browser. */
export async function measureQr(page, { runs }) {
  const dataUrl = await QRCode.toDataURL(FIXTURES.images.poster, { margin: 4, width: 300 });
  const result = {};
  for (const [name, photo] of [['clean300', false], ['photo1000', true]]) {
    // Each photo run has its own grain (seed), as five photos of the poster would.
    const runsDone = await repeat(runs, (i) => page.evaluate(decodeImage, { dataUrl, photo, seed: 42 + i, accept: ACCEPT }));
    const read = (r) => r.text === FIXTURES.images.poster;
    result[name] = { ...summary(runsDone.map((r) => r.time)), read: runsDone.filter(read).length, steps: stepSummary(runsDone, read) };
  }
  const camera = await repeat(runs, () => page.evaluate(firstCameraRead, { accept: ACCEPT }));
  result.camera = { ...summary(camera.map((r) => r.time)), read: camera.filter((r) => r.text).length };
  return result;
}
