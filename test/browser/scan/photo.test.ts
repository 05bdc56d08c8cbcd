// The photo pipeline's copies (src/scan/photo.ts), on real canvases: scaled, centre crop,
// binarised, contrast-stretched. Reading photos end to end: the qr-scanner suites.
import { expect } from '@open-wc/testing';
import { binarised, MAX_SIDE, readPhoto, stretched } from '../../../src/scan/photo.js';
import { pngFile } from '../../../bench/photo.mjs';
import { canvas } from '../helpers/camera.js';

/** The grey levels (red channel) of a canvas. */
const greys = (c: HTMLCanvasElement) => {
  const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
  return data.filter((_, i) => i % 4 === 0);
};

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
