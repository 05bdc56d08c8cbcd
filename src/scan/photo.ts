/**
 * Reading a QR code from a photo: a phone's picture is large, taken at an angle, unevenly lit and
 * grainy, where a decoder expects a small, sharp, evenly lit code. So a photo is tried as a short
 * series of copies, each made with a canvas, until one reads:
 *
 * 1. `scaled`: the photo at most `MAX_SIDE` pixels on its longer side (scaling averages the grain
 *    away and makes every later step cheaper);
 * 2. `binarised`: each pixel (its grey averaged with its neighbours', against grain) black or
 *    white against the mean of its neighbourhood, which undoes uneven light;
 * 3. `stretched`: the grey levels stretched to the full range, for a dim or washed-out photo;
 * 4. `centre`: the middle half of each side, drawn from the full photo (at most `MAX_SIDE` again,
 *    so with up to twice the detail of `scaled`), for a code too small in a large photo.
 *
 * Each step is recorded as a User Timing measure named `lc-scan-photo:<step>` (the copy's making
 * and its reading), so a page can see what a photo cost. The camera does not come through here.
 */

/** The copies tried, in order. */
export const PHOTO_STEPS = ['scaled', 'binarised', 'stretched', 'centre'] as const;
export type PhotoStep = (typeof PHOTO_STEPS)[number];

/** The longest side a photo is read at: large enough for a code filling a third of it, small enough to average grain away. */
export const MAX_SIDE = 600;

/** The part of each side kept by the centre crop. */
const CENTRE = 0.5;

/** Reads a code from one copy of the photo: its text, or undefined when none is found. */
export type ReadImage = (image: HTMLCanvasElement) => Promise<string | undefined>;

function canvasOf(width: number, height: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = Object.assign(document.createElement('canvas'), { width, height });
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.imageSmoothingQuality = 'high';
  return [canvas, context];
}

/** The region `sx, sy, sw, sh` of `bitmap`, drawn at most `MAX_SIDE` pixels on its longer side. */
function drawn(bitmap: ImageBitmap, sx: number, sy: number, sw: number, sh: number): HTMLCanvasElement {
  const scale = Math.min(1, MAX_SIDE / Math.max(sw, sh));
  const [canvas, context] = canvasOf(Math.max(1, Math.round(sw * scale)), Math.max(1, Math.round(sh * scale)));
  context.drawImage(bitmap, sx, sy, sw, sh, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** The luminance (0–255) of each pixel of a canvas. */
function luminance(canvas: HTMLCanvasElement): Uint8ClampedArray {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  const grey = new Uint8ClampedArray(data.length / 4);
  for (let i = 0; i < grey.length; i++) grey[i] = (data[4 * i]! * 77 + data[4 * i + 1]! * 150 + data[4 * i + 2]! * 29) >> 8;
  return grey;
}

/** A canvas of `source`'s size showing the grey levels `grey`. */
function fromGrey(source: HTMLCanvasElement, grey: Uint8ClampedArray): HTMLCanvasElement {
  const [canvas, context] = canvasOf(source.width, source.height);
  const image = context.createImageData(canvas.width, canvas.height);
  for (let i = 0; i < grey.length; i++) {
    image.data[4 * i] = image.data[4 * i + 1] = image.data[4 * i + 2] = grey[i]!;
    image.data[4 * i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
  return canvas;
}

/** Darker than this part of its neighbourhood's mean is black (Bradley's adaptive threshold). */
const BELOW_MEAN = 0.12;

/** The radius of the square a pixel's own grey is averaged over, so that grain does not speckle. */
const GRAIN = 1;

/** Each pixel black or white against the mean of the square around it, an eighth of the shorter side. */
export function binarised(source: HTMLCanvasElement): HTMLCanvasElement {
  const { width, height } = source;
  const grey = luminance(source);
  // Summed-area table: the sum of any rectangle in four lookups.
  const sums = new Float64Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += grey[y * width + x]!;
      sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1]! + row;
    }
  }
  const half = Math.max(4, Math.round(Math.min(width, height) / 16));
  /** The mean grey of the rectangle from (x0, y0) to (x1, y1), clipped to the picture. */
  const mean = (x0: number, y0: number, x1: number, y1: number) => {
    x0 = Math.max(0, x0);
    y0 = Math.max(0, y0);
    x1 = Math.min(width, x1);
    y1 = Math.min(height, y1);
    const sum = sums[y1 * (width + 1) + x1]! - sums[y0 * (width + 1) + x1]! - sums[y1 * (width + 1) + x0]! + sums[y0 * (width + 1) + x0]!;
    return sum / ((x1 - x0) * (y1 - y0));
  };
  const out = new Uint8ClampedArray(grey.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      out[y * width + x] = mean(x - GRAIN, y - GRAIN, x + GRAIN + 1, y + GRAIN + 1) < mean(x - half, y - half, x + half + 1, y + half + 1) * (1 - BELOW_MEAN) ? 0 : 255;
    }
  }
  return fromGrey(source, out);
}

/** The share of the darkest and of the lightest pixels left out when stretching. */
const CLIP = 0.01;

/** The grey levels stretched so that the darkest and lightest (but the extreme 1%) span 0–255. */
export function stretched(source: HTMLCanvasElement): HTMLCanvasElement {
  const grey = luminance(source);
  const histogram = new Uint32Array(256);
  for (const value of grey) histogram[value]!++;
  const clip = grey.length * CLIP;
  let low = 0;
  for (let seen = 0; low < 255 && (seen += histogram[low]!) <= clip; ) low++;
  let high = 255;
  for (let seen = 0; high > 0 && (seen += histogram[high]!) <= clip; ) high--;
  const range = Math.max(1, high - low);
  const out = new Uint8ClampedArray(grey.length);
  for (let i = 0; i < grey.length; i++) out[i] = ((grey[i]! - low) * 255) / range;
  return fromGrey(source, out);
}

/**
 * The text of the QR code in an image file, trying each of `PHOTO_STEPS` in turn with `read`;
 * undefined when none reads. Rejects when the file is not an image the browser can decode.
 */
export async function readPhoto(file: Blob, read: ReadImage): Promise<string | undefined> {
  const bitmap = await createImageBitmap(file);
  try {
    const { width, height } = bitmap;
    let scaled: HTMLCanvasElement | undefined;
    const copies: Record<PhotoStep, () => HTMLCanvasElement> = {
      scaled: () => (scaled = drawn(bitmap, 0, 0, width, height)),
      binarised: () => binarised(scaled!),
      stretched: () => stretched(scaled!),
      centre: () => drawn(bitmap, (width * (1 - CENTRE)) / 2, (height * (1 - CENTRE)) / 2, width * CENTRE, height * CENTRE),
    };
    for (const step of PHOTO_STEPS) {
      const start = performance.now();
      const text = await read(copies[step]()).catch(() => undefined); // a copy the decoder refused
      performance.measure(`lc-scan-photo:${step}`, { start, end: performance.now() });
      if (text !== undefined) return text;
    }
    return undefined;
  } finally {
    bitmap.close();
  }
}
