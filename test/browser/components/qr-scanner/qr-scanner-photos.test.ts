// <qr-scanner> reading photos rather than clean images: the code seen at an angle, unevenly lit,
// grainy (bench/photo.mjs draws them, as the bench does), and a small code in a large photo. Every read
// goes through the real decoder of this browser; the photo pipeline's copies are checked in
// test/browser/scan/photo.test.ts.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../../src/components/qr-scanner/qr-scanner.js';
import type { QrScanner } from '../../../../src/components/qr-scanner/qr-scanner.js';
import { PHOTO_STEPS } from '../../../../src/scan/photo.js';
import { photoLikeQr, pngFile } from '../../../../bench/photo.mjs';
import { canvas, fixtures, pickFile, waitForText, type Fixtures } from '../../helpers/camera.js';

/** A fixture image (a clean code) as a bitmap to draw. */
const image = async (name: string) => createImageBitmap(await (await fetch(`/test-fixtures/${name}.png`)).blob());

/** The photo steps measured since `performance.clearMeasures()`, in order. */
const stepsTried = () =>
  performance
    .getEntriesByType('measure')
    .filter((entry) => entry.name.startsWith('lc-scan-photo:'))
    .map((entry) => entry.name.slice('lc-scan-photo:'.length));

describe('qr-scanner: photos', () => {
  let data: Fixtures;
  before(async () => {
    data = await fixtures();
  });

  const scanner = (accept: string) =>
    fixture<QrScanner>(html`<qr-scanner lang="en" accept=${accept} style="max-inline-size: 40rem"></qr-scanner>`);

  for (const seed of [42, 7, 3]) {
    it(`reads a claim URL from a photo taken at an angle, unevenly lit and grainy (seed ${seed})`, async () => {
      // The fixture's URL is of another site: here that site is the one the scanner accepts.
      const el = await scanner('https://evil.example');
      const file = await pngFile(photoLikeQr(await image('foreign'), { seed }));
      const scanned = oneEvent(el, 'lc-scan');
      pickFile(el, file);
      expect((await scanned).detail).to.deep.equal({ text: data.images.foreign, code: 'VILNIUS-2022' });
      await waitForText(el, 'status', 'Code VILNIUS-2022 received.');
      await expect(el).to.be.accessible();
    });
  }

  it('reads a bare code from such a photo', async () => {
    const el = await scanner('https://vilnius.example');
    const scanned = oneEvent(el, 'lc-scan');
    pickFile(el, await pngFile(photoLikeQr(await image('bare'), { seed: 11 })));
    expect((await scanned).detail).to.deep.equal({ text: data.images.bare, code: data.images.bare });
  });

  it('reads a small code in the middle of a large photo from its centre', async () => {
    const el = await scanner('https://evil.example');
    const code = await image('foreign');
    // 3000 px with the code 240 px wide: too small to read once the whole photo is scaled down.
    const photo = canvas(3000, 3000, (g) => {
      g.fillStyle = '#9a968c';
      g.fillRect(0, 0, 3000, 3000);
      g.drawImage(code, 1380, 1380, 240, 240);
    });
    performance.clearMeasures();
    const scanned = oneEvent(el, 'lc-scan');
    pickFile(el, await pngFile(photo));
    expect((await scanned).detail.code).to.equal('VILNIUS-2022');
    expect(stepsTried()).to.deep.equal([...PHOTO_STEPS]);
  });

  it('reads a clean image at once, without making other copies', async () => {
    const el = await scanner('https://vilnius.example');
    performance.clearMeasures();
    const scanned = oneEvent(el, 'lc-scan');
    pickFile(el, new File([await (await fetch('/test-fixtures/bare.png')).blob()], 'bare.png', { type: 'image/png' }));
    expect((await scanned).detail.code).to.equal(data.images.bare);
    expect(stepsTried()).to.deep.equal(['scaled']);
  });

  it('tries every copy of a photo without a code, then says so and keeps the photo button', async () => {
    const el = await scanner('https://vilnius.example');
    const grain = canvas(1000, 700, (g) => {
      g.fillStyle = '#b8b4aa';
      g.fillRect(0, 0, 1000, 700);
    });
    performance.clearMeasures();
    pickFile(el, await pngFile(grain));
    await waitForText(el, 'message', 'No QR code was found in this photo.');
    expect(stepsTried()).to.deep.equal([...PHOTO_STEPS]);
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('[part="file-button"]')!.disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
