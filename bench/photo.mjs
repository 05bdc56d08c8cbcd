// A photo-like picture of a QR code, drawn in the browser: the code on a grey sheet seen from the
// side (squeezed, sheared and rotated), under uneven light, with grain. The same seed gives the
// same picture. Used in the page by the bench's QR measure (served by bench/server.mjs) and by the
// qr-scanner tests (through the test runner's dev server), so both read the same kind of photo.

/**
 * Draws `code` (a clean QR code image, quiet zone included) as a `size` × `size` photo-like picture.
 * @param {CanvasImageSource} code
 * @param {{ size?: number, seed?: number }} [options]
 * @returns {HTMLCanvasElement}
 */
export function photoLikeQr(code, { size = 1000, seed = 42 } = {}) {
  const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
  const g = canvas.getContext('2d', { willReadFrequently: true });
  const k = size / 1000;
  g.fillStyle = '#b8b4aa';
  g.fillRect(0, 0, size, size);
  // A poster seen from the side: squeezed, sheared and rotated.
  g.setTransform(0.8, 0.12, -0.18, 0.9, 260 * k, 120 * k);
  g.drawImage(code, 0, 0, 560 * k, 560 * k);
  g.setTransform(1, 0, 0, 1, 0, 0);
  // Light falling off across the picture, and grain.
  const pixels = g.getImageData(0, 0, size, size);
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < pixels.data.length; i += 4) {
    const shade = (((i / 4) % size) / size) * 40 + (random() - 0.5) * 60;
    for (let c = 0; c < 3; c++) pixels.data[i + c] = Math.max(0, Math.min(255, pixels.data[i + c] - shade));
  }
  g.putImageData(pixels, 0, 0);
  return canvas;
}

/**
 * A canvas as a PNG file, as if the visitor had picked a photo.
 * @param {HTMLCanvasElement} canvas
 * @returns {Promise<File>}
 */
export async function pngFile(canvas, name = 'photo.png') {
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}
