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

/** The part of the Shape Detection API used here (not yet in TypeScript's DOM library). */
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

const createDetector = (): BarcodeDetectorLike => {
  const Detector = (globalThis as unknown as { BarcodeDetector: BarcodeDetectorConstructor }).BarcodeDetector;
  return new Detector({ formats: ['qr_code'] });
};

/** Frames looked at per second: enough to feel instant, little enough to spare a phone's battery. */
const SCANS_PER_SECOND = 10;

/** A camera picture filling its container: the native detector reads the whole frame, any size. */
function videoElement(stream: MediaStream): HTMLVideoElement {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.setAttribute('playsinline', '');
  video.setAttribute('aria-hidden', 'true');
  video.style.cssText = 'display:block;inline-size:100%;block-size:auto;';
  video.srcObject = stream;
  return video;
}

/** Reads QR codes with the browser's own `BarcodeDetector`. */
export const barcodeDetectorDecoder: QrDecoder = {
  async start(container: HTMLElement, { cameraId, onRead, onFailure }: StartOptions): Promise<ScanSession> {
    assertCameraAvailable();
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: { ...videoConstraints(cameraId), width: { ideal: 1920 }, height: { ideal: 1080 } },
      });
    } catch (error) {
      throw await cameraError(error);
    }
    const track = stream.getVideoTracks()[0]!;
    // A camera unplugged or taken by the system ends its track (stopping it ourselves does not).
    track.addEventListener('ended', () => onFailure?.(new CameraError('failed')), { once: true });
    const video = videoElement(stream);
    container.replaceChildren(video);
    const detector = createDetector();
    let running = true;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const scan = async () => {
      if (!running) return;
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
        try {
          for (const code of await detector.detect(video)) if (running) onRead(code.rawValue);
        } catch {
          // a frame that could not be read; the next one may be
        }
      }
      if (running) timer = setTimeout(scan, 1000 / SCANS_PER_SECOND);
    };

    try {
      await video.play();
    } catch (error) {
      track.stop();
      container.replaceChildren();
      throw await cameraError(error);
    }
    void scan();

    const capabilities = (track.getCapabilities?.() ?? {}) as MediaTrackCapabilities & { torch?: boolean };
    return {
      cameraId: track.getSettings().deviceId,
      torch: capabilities.torch === true,
      setTorch: (on: boolean) => track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] }),
      async stop() {
        running = false;
        clearTimeout(timer);
        stream.getTracks().forEach((t) => t.stop());
        video.srcObject = null;
        container.replaceChildren();
      },
    };
  },

  scanFile(file: File): Promise<string | undefined> {
    const detector = createDetector();
    return readPhoto(file, async (image) => (await detector.detect(image))[0]?.rawValue);
  },
};
