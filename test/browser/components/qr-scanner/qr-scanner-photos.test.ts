// <qr-scanner> reading photos rather than clean images: the code seen at an angle, unevenly lit,
// grainy (bench/photo.mjs draws them, as the bench does), and a small code in a large photo. The
// photo pipeline (src/scan/photo.ts) and its copies are checked on real canvases, and every read
// goes through the real decoder of this browser.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../../src/components/qr-scanner/qr-scanner.js';
import type { QrScanner } from '../../../../src/components/qr-scanner/qr-scanner.js';
import { binarised, MAX_SIDE, PHOTO_STEPS, readPhoto, stretched } from '../../../../src/scan/photo.js';
import { photoLikeQr, pngFile } from '../../../../bench/photo.mjs';
import { fixtures, pickFile, waitForText, type Fixtures } from '../../helpers/camera.js';

/** A fixture image (a clean code) as a bitmap to draw. */
const image = async (name: string) => createImageBitmap(await (await fetch(`/test-fixtures/${name}.png`)).blob());

/** The photo steps measured since `performance.clearMeasures()`, in order. */
const stepsTried = () =>
  performance
    .getEntriesByType('measure')
    .filter((entry) => entry.name.startsWith('lc-scan-photo:'))
    .map((entry) => entry.name.slice('lc-scan-photo:'.length));

/** A canvas of the given size, filled by `paint`. */
function canvas(width: number, height: number, paint: (g: CanvasRenderingContext2D) => void): HTMLCanvasElement {
  const c = Object.assign(document.createElement('canvas'), { width, height });
  paint(c.getContext('2d', { willReadFrequently: true })!);
  return c;
}

/** The grey levels (red channel) of a canvas. */
const greys = (c: HTMLCanvasElement) => {
  const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
  return data.filter((_, i) => i % 4 === 0);
};

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

describe('photo copies', () => {
  it('scales a large photo to at most MAX_SIDE on its longer side, keeps a small one, crops the centre', async () => {
    const sizes: [number, number][] = [];
    const big = await createImageBitmap(canvas(3000, 2000, (g) => g.fillRect(0, 0, 1, 1)));
    const file = await pngFile(canvas(big.width, big.height, (g) => g.drawImage(big, 0, 0)));
    expect(await readPhoto(file, async (copy) => void sizes.push([copy.width, copy.height]))).to.equal(undefined);
    const scaled: [number, number] = [MAX_SIDE, Math.round((MAX_SIDE * 2) / 3)];
    expect(sizes).to.deep.equal([scaled, scaled, scaled, [MAX_SIDE, Math.round((MAX_SIDE * 2) / 3)]]);

    const small: [number, number][] = [];
    await readPhoto(await pngFile(canvas(300, 200, () => {})), async (copy) => void small.push([copy.width, copy.height]));
    expect(small).to.deep.equal([[300, 200], [300, 200], [300, 200], [150, 100]]);
  });

  it('binarises against the neighbourhood, so a code under light falling off stays readable', () => {
    // Dark squares on a background that goes from white to mid-grey; the dark squares on the
    // right are lighter than the background on the left.
    const lit = canvas(800, 400, (g) => {
      const light = g.createLinearGradient(0, 0, 800, 0);
      light.addColorStop(0, '#fff');
      light.addColorStop(1, '#777');
      g.fillStyle = light;
      g.fillRect(0, 0, 800, 400);
      g.fillStyle = 'rgba(0, 0, 0, 0.45)';
      for (let x = 20; x < 800; x += 80) g.fillRect(x, 190, 20, 20);
    });
    const grey = greys(binarised(lit));
    expect([...new Set(grey)].sort()).to.deep.equal([0, 255]);
    for (let x = 20; x < 800; x += 80) {
      expect(grey[200 * 800 + x + 10], `square at ${x}`).to.equal(0);
      expect(grey[150 * 800 + x + 10], `background above the square at ${x}`).to.equal(255);
    }
  });

  it('stretches a dim photo to the full range of greys', () => {
    const dim = canvas(100, 100, (g) => {
      g.fillStyle = '#606060';
      g.fillRect(0, 0, 100, 100);
      g.fillStyle = '#404040';
      g.fillRect(0, 0, 50, 100);
    });
    const grey = greys(stretched(dim));
    expect(Math.min(...grey)).to.equal(0);
    expect(Math.max(...grey)).to.equal(255);
  });

  it('rejects a file that is not an image', async () => {
    let error: unknown;
    await readPhoto(new File(['not an image'], 'notes.txt', { type: 'text/plain' }), async () => undefined).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(DOMException);
  });
});
