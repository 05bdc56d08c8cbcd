/**
 * A camera for engines that cannot play a video file as their camera (Firefox, WebKit): a
 * `<canvas>` drawing the same picture Chromium's fake device plays (scripts/fake-camera.mjs),
 * captured with `captureStream()` and handed out by `getUserMedia`. The picture is a real video
 * track the engine encodes and the decoder reads frame by frame, as from a camera; only the
 * device behind it is ours.
 *
 * The test runner loads this module before the test framework in the camera groups of those
 * engines, with `window.lcCanvasCamera` saying what to film:
 * - `{ cameras: 1, picture: 'qr' }`: the fixture's codes, a second each (a small one, a large
 *   one, then the kiosk's screen), looping; every camera session starts from the beginning, as
 *   Chromium's does, and its clock starts when a video element starts playing it (a slower
 *   engine sees the same film);
 * - `{ cameras: 2, picture: 'pattern' }`: two cameras showing a moving test pattern, no code;
 * - `{ refuse: true }`: a camera the visitor refuses. Only for WebKit, whose WebDriver cannot
 *   answer its permission prompt with "deny"; it rejects with the error WebKit gives then.
 */

import type { Fixtures } from './camera.js';

interface CanvasCameraOptions {
  cameras: number;
  picture: 'qr' | 'pattern';
  refuse?: boolean;
}

const WIDTH = 640;
const HEIGHT = 480;
const FPS = 10;
/** How long each of the fixture's pictures is shown, as in the video (10 frames at 10 fps). */
const SEGMENT_MS = 1000;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(`the camera picture ${src} did not load`));
    image.src = src;
  });
}

function install({ cameras, picture, refuse = false }: CanvasCameraOptions): void {
  if (!navigator.mediaDevices) return; // no camera API on this page: the suites see that as the browser's answer
  // On the prototype: WebKit may drop `navigator.mediaDevices`'s wrapper, and what was set on it,
  // when no script holds it.
  const media = MediaDevices.prototype;
  const devices = Array.from({ length: cameras }, (_, i) => ({
    deviceId: `canvas-camera-${i + 1}`,
    groupId: `canvas-camera-${i + 1}`,
    kind: 'videoinput' as MediaDeviceKind,
    label: `Canvas camera ${i + 1}`,
  }));
  // Loaded once, before the first session, so the first frame already shows the code.
  let frames: Promise<HTMLImageElement[]> | undefined;
  const pictures = () =>
    (frames ??=
      picture === 'qr'
        ? fetch('/test-fixtures/fixtures.json')
            .then((response) => response.json() as Promise<Fixtures>)
            .then(({ camera }) => Promise.all(camera.map((_, i) => loadImage(`/test-fixtures/camera-${i}.png`))))
        : Promise.resolve([]));
  let allowed = false;

  // When each stream was first played: its film starts then.
  const playedAt = new Map<MediaStream, number>();
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    const stream = this.srcObject;
    if (stream instanceof MediaStream && playedAt.get(stream) === 0) playedAt.set(stream, performance.now());
    return play.call(this);
  };

  const info = (device: (typeof devices)[number]): MediaDeviceInfo =>
    ({ ...device, label: allowed ? device.label : '', toJSON: () => device }) as MediaDeviceInfo;
  media.enumerateDevices = async () => devices.map(info);

  media.getUserMedia = async (constraints?: MediaStreamConstraints) => {
    const video = constraints?.video;
    if (!video) throw new TypeError('getUserMedia: this camera gives video only');
    if (refuse) {
      throw new DOMException('The request is not allowed by the user agent or the platform in the current context.', 'NotAllowedError');
    }
    const asked = typeof video === 'object' ? video.deviceId : undefined;
    const wanted =
      typeof asked === 'string' || Array.isArray(asked)
        ? [asked].flat()[0]
        : (asked as ConstrainDOMStringParameters | undefined)?.exact ?? (asked as ConstrainDOMStringParameters | undefined)?.ideal;
    const id = [wanted].flat()[0];
    const device = id === undefined ? devices[0] : devices.find((d) => d.deviceId === id);
    if (!device) throw new DOMException('No camera has that id.', id === undefined ? 'NotFoundError' : 'OverconstrainedError');
    const images = await pictures();
    allowed = true;

    const canvas = document.createElement('canvas');
    canvas.width = WIDTH;
    canvas.height = HEIGHT;
    const context = canvas.getContext('2d')!;
    const number = devices.indexOf(device);
    let stream: MediaStream | undefined;
    const draw = () => {
      const started = (stream && playedAt.get(stream)) || performance.now();
      const elapsed = performance.now() - started;
      if (images.length > 0) {
        context.drawImage(images[Math.floor(elapsed / SEGMENT_MS) % images.length]!, 0, 0, WIDTH, HEIGHT);
      } else {
        // A test pattern that moves, in a colour of its own for each camera.
        context.fillStyle = number === 0 ? '#3465a4' : '#73d216';
        context.fillRect(0, 0, WIDTH, HEIGHT);
        context.fillStyle = '#eeeeec';
        context.fillRect((elapsed / 5) % WIDTH, 0, 40, HEIGHT);
      }
    };
    draw();
    stream = canvas.captureStream(FPS);
    playedAt.set(stream, 0);
    const track = stream.getVideoTracks()[0]!;
    const timer = setInterval(draw, 1000 / FPS);
    // What a camera's track tells about itself; the canvas's own knows no device.
    const stop = track.stop.bind(track);
    const settings = track.getSettings.bind(track);
    Object.assign(track, {
      stop: () => {
        clearInterval(timer);
        playedAt.delete(stream!);
        stop();
      },
      getSettings: () => ({ ...settings(), deviceId: device.deviceId, groupId: device.groupId, width: WIDTH, height: HEIGHT, frameRate: FPS }),
      getCapabilities: () => ({ deviceId: device.deviceId, groupId: device.groupId, width: { min: WIDTH, max: WIDTH }, height: { min: HEIGHT, max: HEIGHT } }),
    });
    return stream;
  };
}

const options = (window as { lcCanvasCamera?: CanvasCameraOptions }).lcCanvasCamera;
if (options) install(options);
