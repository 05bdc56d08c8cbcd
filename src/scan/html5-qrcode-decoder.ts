import type { Html5Qrcode } from 'html5-qrcode';
import {
  assertCameraAvailable,
  CameraError,
  cameraError,
  videoConstraints,
  type QrDecoder,
  type ScanSession,
  type StartOptions,
} from './decoder.js';
import { readPhoto } from './photo.js';

/** html5-qrcode (about 100 KB gzip with its ZXing) is fetched the first time a scan starts. */
let library: Promise<typeof import('html5-qrcode')> | undefined;
const load = () => (library ??= import('html5-qrcode'));

/**
 * The ZXing build html5-qrcode ships (and decodes with). A photo's copies are canvases already,
 * so they go to it directly rather than through html5-qrcode's file reading, which would encode
 * each as an image and load it again. Typed here for the few classes used.
 */
interface Zxing {
  DecodeHintType: { POSSIBLE_FORMATS: number };
  BarcodeFormat: { QR_CODE: number };
  HTMLCanvasElementLuminanceSource: new (canvas: HTMLCanvasElement) => object;
  HybridBinarizer: new (source: object) => object;
  BinaryBitmap: new (binarizer: object) => object;
  MultiFormatReader: new (verbose: boolean, hints: Map<number, unknown>) => { decode(bitmap: object): { text: string } };
}
const loadZxing = async () => (await import('html5-qrcode/third_party/zxing-js.umd.js')) as unknown as Zxing;

/** Frames decoded per second. html5-qrcode decodes one frame at a time, so a slow phone drops some. */
const FPS = 10;

/** html5-qrcode's smallest scanning box. */
const MIN_BOX = 50;

/**
 * The scanning box follows the viewfinder: a square of 90% of its shorter side, so a code held
 * anywhere from far (a fifth of the frame) to close (most of it) is inside the box.
 */
export function scanningBox(width: number, height: number): { width: number; height: number } {
  const side = Math.max(MIN_BOX, Math.floor(Math.min(width, height) * 0.9));
  return { width: side, height: side };
}

/**
 * html5-qrcode finds its container with `document.getElementById`, which cannot see into shadow
 * roots. When the scanner itself sits in another component's shadow root, this answers that
 * lookup for the container's id during the synchronous call `run` (and only then).
 */
function withContainer<T>(container: HTMLElement, run: () => T): T {
  if (container.getRootNode() === document) return run();
  const own = Object.getOwnPropertyDescriptor(document, 'getElementById');
  const native = Document.prototype.getElementById;
  document.getElementById = function (this: Document, id: string) {
    return id === container.id ? container : native.call(this, id);
  };
  try {
    return run();
  } finally {
    if (own) Object.defineProperty(document, 'getElementById', own);
    else delete (document as { getElementById?: unknown }).getElementById;
  }
}

function newScanner(lib: typeof import('html5-qrcode'), container: HTMLElement): Html5Qrcode {
  const scanner = withContainer(
    container,
    () =>
      new lib.Html5Qrcode(container.id, {
        verbose: false,
        formatsToSupport: [lib.Html5QrcodeSupportedFormats.QR_CODE],
        useBarCodeDetectorIfSupported: false,
      }),
  );
  // html5-qrcode empties its container with `innerHTML = ""`, which a page requiring Trusted
  // Types refuses (the scan would fail there); emptying it through the DOM needs no HTML sink.
  return Object.assign(scanner, { clearElement: () => container.replaceChildren() });
}

/** One camera run of html5-qrcode: its scanning box is fixed when the picture first shows. */
async function run(
  lib: typeof import('html5-qrcode'),
  container: HTMLElement,
  cameraId: string | undefined,
  { onRead, onFailure }: StartOptions,
) {
  const scanner = newScanner(lib, container);
  const constraints = videoConstraints(cameraId);
  try {
    await withContainer(container, () =>
      scanner.start(
        constraints,
        { fps: FPS, qrbox: scanningBox, videoConstraints: constraints },
        (text) => onRead(text),
        () => {}, // "no code in this frame", many times a second
      ),
    );
  } catch (error) {
    container.replaceChildren();
    throw await cameraError(error);
  }
  const video = container.querySelector('video');
  video?.setAttribute('aria-hidden', 'true');
  // A camera unplugged or taken by the system ends its track (stopping it ourselves does not).
  (video?.srcObject as MediaStream | null)
    ?.getVideoTracks()[0]
    ?.addEventListener('ended', () => onFailure?.(new CameraError('failed')), { once: true });
  // html5-qrcode does not wait for its video's play(); removing the video before that settles
  // (a code read in the first frames) would leave a rejected promise behind. Stop waits for it.
  const playing = Promise.race([video?.play().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 1000))]);
  let stopped: Promise<void> | undefined;
  return {
    width: container.clientWidth,
    cameraId: scanner.getRunningTrackSettings().deviceId,
    torch: scanner.getRunningTrackCameraCapabilities().torchFeature(),
    stop: () =>
      (stopped ??= playing
        .then(() => scanner.stop()) // throws, not rejects, when it is not running
        .catch(() => {
          // already stopped: make sure the camera is off all the same
          (video?.srcObject as MediaStream | null)?.getTracks().forEach((t) => t.stop());
        })
        .finally(() => container.replaceChildren())),
  };
}

/** How much the viewfinder's width may change before the scanning box is fitted again. */
const REFIT = 0.15;

/** Reads QR codes with html5-qrcode (ZXing), for browsers without a native QR detector. */
export const html5QrcodeDecoder: QrDecoder = {
  async start(container: HTMLElement, options: StartOptions): Promise<ScanSession> {
    assertCameraAvailable();
    const lib = await load();
    let current = await run(lib, container, options.cameraId, options);
    let closed = false;
    let torchOn = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The scanning box follows the viewfinder: when it is resized (a phone turned, a window
    // resized), the same camera restarts so the box is fitted to the new size.
    const refit = async () => {
      const width = container.clientWidth;
      if (closed || width === 0 || Math.abs(width - current.width) <= current.width * REFIT) return;
      await current.stop();
      if (closed) return;
      try {
        current = await run(lib, container, current.cameraId, options);
        if (closed) await current.stop();
        else if (torchOn) await current.torch.apply(true).catch(() => {});
      } catch (error) {
        closed = true;
        observer.disconnect();
        options.onFailure?.(error as CameraError);
      }
    };
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void refit(), 300);
    });
    observer.observe(container);
    return {
      get cameraId() {
        return current.cameraId;
      },
      torch: current.torch.isSupported(),
      async setTorch(on: boolean) {
        await current.torch.apply(on);
        torchOn = on;
      },
      async stop() {
        closed = true;
        clearTimeout(timer);
        observer.disconnect();
        await current.stop();
      },
    };
  },

  async scanFile(file: File): Promise<string | undefined> {
    const zxing = await loadZxing();
    const hints = new Map([[zxing.DecodeHintType.POSSIBLE_FORMATS, [zxing.BarcodeFormat.QR_CODE]]]);
    const read = async (image: HTMLCanvasElement) => {
      const bitmap = new zxing.BinaryBitmap(new zxing.HybridBinarizer(new zxing.HTMLCanvasElementLuminanceSource(image)));
      try {
        return new zxing.MultiFormatReader(false, hints).decode(bitmap).text;
      } catch {
        return undefined; // no code in this copy
      }
    };
    try {
      return await readPhoto(file, read);
    } catch {
      return undefined; // not an image
    }
  },
};
