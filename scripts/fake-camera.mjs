// Test fixtures for <qr-scanner>, generated at test-run time with the `qrcode` package:
// - a Y4M video that Chromium's fake capture device plays as the camera
//   (`--use-file-for-fake-video-capture`): a poster's QR code filling a fifth of the frame, then
//   the same kind of code filling most of it, so a test sees both sizes read, then (when given)
//   a kiosk's screen; its pictures also as PNG images (camera-0.png, camera-1.png, …), which the
//   canvas camera of Firefox and WebKit draws (test/browser/helpers/canvas-camera.ts);
// - PNG images (a photo of the poster, and codes holding what must be refused) for the
//   scan-from-file path.
// Nothing here is committed: the files go to a git-ignored folder and are rebuilt on every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

/** What the fixtures hold; the tests import the same values through the dev server. */
export const FIXTURES = {
  /**
   * The camera video's two segments, in order (each camera session plays it from the start): a
   * small code from one city, then a large one from another, so a scanner that accepts only the
   * second city must refuse the first code and keep scanning until it reads the second.
   */
  camera: [
    { text: 'https://vilnius.example/claim?code=VILNIUS-2022', code: 'VILNIUS-2022', scale: 0.2 },
    { text: 'https://kaunas.example/events/claim?code=STRATEGIST-2022', code: 'STRATEGIST-2022', scale: 0.7 },
  ],
  images: {
    poster: 'https://vilnius.example/claim?code=POSTER-2022',
    bare: 'KAUNAS-2023',
    foreign: 'https://evil.example/claim?code=VILNIUS-2022',
    javascript: 'javascript:alert(document.domain)//?code=VILNIUS-2022',
    garbage: '%%% 42 ¯\\_(ツ)_/¯ not a claim code %%%',
  },
};

const WIDTH = 640;
const HEIGHT = 480;
const FPS = 10;
const FRAMES_PER_SEGMENT = 10;

/** A greyscale bitmap (0 black, 255 white) of `width` × `height`. */
function canvas(width, height, fill = 255) {
  return { width, height, data: new Uint8Array(width * height).fill(fill) };
}

/** Draws a QR code (with its 4-module quiet zone) centred at (cx, cy), `side` pixels wide. */
function drawQr(bitmap, text, side, cx = bitmap.width / 2, cy = bitmap.height / 2) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size + 8;
  const unit = Math.max(1, Math.floor(side / count));
  const size = unit * count;
  const left = Math.round(cx - size / 2);
  const top = Math.round(cy - size / 2);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const mx = Math.floor(x / unit) - 4;
      const my = Math.floor(y / unit) - 4;
      const dark = mx >= 0 && my >= 0 && mx < modules.size && my < modules.size && modules.get(my, mx);
      const px = left + x;
      const py = top + y;
      if (px >= 0 && py >= 0 && px < bitmap.width && py < bitmap.height) {
        bitmap.data[py * bitmap.width + px] = dark ? 16 : 240;
      }
    }
  }
  return bitmap;
}

/** A Y4M (YUV 4:2:0) video of the given greyscale frames: luma as drawn, chroma neutral. */
function y4m(frames) {
  const { width, height } = frames[0];
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${FPS}:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const parts = [header];
  for (const frame of frames) parts.push(Buffer.from('FRAME\n'), Buffer.from(frame.data), chroma);
  return Buffer.concat(parts);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit greyscale PNG of a bitmap. */
function png({ width, height, data }) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8 bits, greyscale, deflate, no filter, no interlace
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) rows.set(data.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A kiosk screen for the camera to film after the posters: the claim URL its QR code holds (`text`)
 * and the code in it, with what makes the server show that code (its kiosk secret in base64, the
 * moment its clock is stopped at, the badge and the period).
 * @typedef {{ text: string, code: string, secret: string, now: string, badgeId: string, period: number }} KioskScreen
 */

/**
 * Writes every fixture into `dir`; returns the path of the camera video.
 * @param {string} dir
 * @param {KioskScreen} [kiosk] filmed third, for a second, when given
 */
export function generateFakeCamera(dir, kiosk) {
  mkdirSync(dir, { recursive: true });
  const fixtures = kiosk ? { ...FIXTURES, camera: [...FIXTURES.camera, { text: kiosk.text, code: kiosk.code, scale: 0.7 }], kiosk } : FIXTURES;
  const frames = [];
  for (const segment of fixtures.camera) {
    // The scale is the code's width over the frame's (0.85 of the width is most of the height).
    const frame = drawQr(canvas(WIDTH, HEIGHT, 200), segment.text, Math.min(WIDTH * segment.scale, HEIGHT));
    for (let i = 0; i < FRAMES_PER_SEGMENT; i++) frames.push(frame);
  }
  const video = join(dir, 'camera.y4m');
  writeFileSync(video, y4m(frames));
  // The same pictures as images, for the canvas camera of engines that cannot play the video.
  fixtures.camera.forEach((_, i) => writeFileSync(join(dir, `camera-${i}.png`), png(frames[i * FRAMES_PER_SEGMENT])));

  // A "photo of the poster": the code off-centre on a larger grey sheet.
  writeFileSync(join(dir, 'poster.png'), png(drawQr(canvas(900, 700, 180), FIXTURES.images.poster, 300, 560, 300)));
  for (const name of ['bare', 'foreign', 'javascript', 'garbage']) {
    writeFileSync(join(dir, `${name}.png`), png(drawQr(canvas(400, 400), FIXTURES.images[name], 360)));
  }
  writeFileSync(join(dir, 'blank.png'), png(canvas(400, 300, 230)));
  writeFileSync(join(dir, 'fixtures.json'), JSON.stringify(fixtures, null, 2));
  return video;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(generateFakeCamera(process.argv[2] ?? '.test-results/fixtures'));
}
