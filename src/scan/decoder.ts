/**
 * The kit's QR decoder interface: a camera session that reports what it reads, and a one-shot
 * read of an image file. Two implementations sit behind it: the browser's own `BarcodeDetector`
 * where it reads QR codes (Android Chrome, for one), else html5-qrcode. Both are imported on
 * demand, when scanning starts, so neither weighs on a page that never scans.
 */

/** Why the camera could not be used. */
export type CameraFailure =
  /** The page is not served over HTTPS (or localhost): browsers give it no camera. */
  | 'insecure'
  /** The browser has no camera API at all. */
  | 'unsupported'
  /** No camera on this device. */
  | 'not-found'
  /** The visitor or the browser's settings refused the camera. */
  | 'denied'
  /** The camera exists but could not be opened: another app or tab is using it. */
  | 'in-use'
  /** The chosen camera is gone (unplugged) or cannot do what was asked. */
  | 'overconstrained'
  /** Anything else. */
  | 'failed';

export class CameraError extends Error {
  constructor(
    readonly reason: CameraFailure,
    options?: { cause?: unknown },
  ) {
    super(`camera ${reason}`, options);
    this.name = 'CameraError';
  }
}

/**
 * What each engine calls each failure of `getUserMedia`: the standard names first, then the older
 * or engine-specific ones still met in the field. Names not listed here count as `failed`.
 */
const FAILURES: Record<string, CameraFailure> = {
  // Standard (Chromium, Firefox, WebKit)
  NotAllowedError: 'denied', // the visitor, the browser's settings or a permissions policy refused
  SecurityError: 'denied', // Chromium and Firefox: camera use is blocked for this document
  NotFoundError: 'not-found',
  NotReadableError: 'in-use', // the camera is there but could not be opened (another app has it)
  AbortError: 'in-use', // Firefox and WebKit: the camera failed to start for another reason
  OverconstrainedError: 'overconstrained', // WebKit also says this when there is no camera at all: see cameraError()
  NotSupportedError: 'unsupported',
  // Chromium before the standard names
  PermissionDeniedError: 'denied',
  PermissionDismissedError: 'denied',
  DevicesNotFoundError: 'not-found',
  TrackStartError: 'in-use',
  ConstraintNotSatisfiedError: 'overconstrained',
  // Firefox before the standard names (a plain string, or an object with `name`)
  PERMISSION_DENIED: 'denied',
  NOT_SUPPORTED_ERROR: 'unsupported',
  NO_DEVICES_FOUND: 'not-found',
  HARDWARE_UNAVAILABLE: 'in-use',
  SourceUnavailableError: 'in-use',
};

/** The name an error carries: a `DOMException`'s or `Error`'s, or the first `…Error` in a text. */
function errorName(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string') {
    const name = (error as { name: string }).name;
    if (name in FAILURES) return name;
  }
  const text = `${String(error)} ${String((error as { message?: unknown } | null)?.message ?? '')}`;
  return Object.keys(FAILURES).find((name) => new RegExp(`\\b${name}\\b`).test(text));
}

/**
 * Classifies a camera error: a `DOMException` from `getUserMedia`, a `CameraError`, or the text
 * html5-qrcode rejects with (it wraps the `DOMException` into a string).
 */
export function cameraFailure(error: unknown): CameraFailure {
  if (error instanceof CameraError) return error.reason;
  const name = errorName(error);
  if (name) return FAILURES[name]!;
  if (/not supported/i.test(String(error))) return 'unsupported';
  return 'failed';
}

/** Whether this device has no camera at all (not known, and so false, where the browser will not say). */
async function noCamera(): Promise<boolean> {
  try {
    const devices = await navigator.mediaDevices.enumerateDevices();
    return !devices.some((device) => device.kind === 'videoinput');
  } catch {
    return false;
  }
}

/**
 * The `CameraError` for a failed `getUserMedia` (or html5-qrcode's text for one), the same in
 * every engine. Engines differ in what they name a device without any camera: Chromium and Firefox
 * say `NotFoundError`, WebKit `OverconstrainedError`; so unless the camera was refused, a device
 * that lists no camera is told `not-found`, whatever the error's name.
 */
export async function cameraError(error: unknown): Promise<CameraError> {
  const reason = cameraFailure(error);
  const cause = error instanceof CameraError ? error.cause : error;
  if (reason === 'not-found' || reason === 'denied' || reason === 'insecure' || reason === 'unsupported') {
    return error instanceof CameraError ? error : new CameraError(reason, { cause });
  }
  return new CameraError((await noCamera()) ? 'not-found' : reason, { cause });
}

/** Why this page can have no camera at all, known before anyone asks for one. */
export function pageCameraFailure(): 'insecure' | 'unsupported' | undefined {
  if (!window.isSecureContext) return 'insecure';
  if (!navigator.mediaDevices?.getUserMedia) return 'unsupported';
  return undefined;
}

/** Throws the `CameraError` that explains why this page cannot have a camera, if it cannot. */
export function assertCameraAvailable(): void {
  const reason = pageCameraFailure();
  if (reason) throw new CameraError(reason);
}

/** A camera the visitor can choose. */
export interface CameraInfo {
  id: string;
  label: string;
}

/** The cameras of this device; labels are empty until the visitor has allowed the camera once. */
export async function listCameras(): Promise<CameraInfo[]> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((device) => device.kind === 'videoinput' && device.deviceId)
    .map((device) => ({ id: device.deviceId, label: device.label }));
}

/** Video constraints: the chosen camera, else the rear one where there is one. */
export function videoConstraints(cameraId?: string): MediaTrackConstraints {
  return cameraId ? { deviceId: { exact: cameraId } } : { facingMode: { ideal: 'environment' } };
}

export interface StartOptions {
  /** A camera from `listCameras()`; by default the rear camera. */
  cameraId?: string | undefined;
  /** Called with the text of every code read until the session stops (repeats included). */
  onRead: (text: string) => void;
  /** Called when a running session loses its camera (it is then stopped). */
  onFailure?: (error: CameraError) => void;
}

/** A running camera. */
export interface ScanSession {
  /** The camera in use. */
  readonly cameraId: string | undefined;
  /** Whether the camera has a torch that can be switched. */
  readonly torch: boolean;
  setTorch(on: boolean): Promise<void>;
  /** Stops scanning and releases the camera; safe to call more than once. */
  stop(): Promise<void>;
}

export interface QrDecoder {
  /**
   * Opens the camera, shows its picture inside `container` (a light-DOM element with a
   * document-unique `id`) and scans until stopped. Rejects with a `CameraError`.
   */
  start(container: HTMLElement, options: StartOptions): Promise<ScanSession>;
  /** The text of the QR code in an image, or undefined when none is found in it. */
  scanFile(file: File): Promise<string | undefined>;
}

interface BarcodeDetectorStatic {
  getSupportedFormats(): Promise<string[]>;
}

/** Whether the browser has a `BarcodeDetector` that reads QR codes. */
export async function nativeQrDetection(): Promise<boolean> {
  const detector = (globalThis as { BarcodeDetector?: BarcodeDetectorStatic }).BarcodeDetector;
  if (!detector) return false;
  try {
    return (await detector.getSupportedFormats()).includes('qr_code');
  } catch {
    return false;
  }
}

let decoder: Promise<QrDecoder> | undefined;

/** The decoder for this browser, loaded on first use. */
export function loadDecoder(): Promise<QrDecoder> {
  decoder ??= nativeQrDetection()
    .then((native) =>
      native
        ? import('./barcode-detector.js').then((m) => m.barcodeDetectorDecoder)
        : import('./html5-qrcode-decoder.js').then((m) => m.html5QrcodeDecoder),
    )
    .catch((error: unknown) => {
      decoder = undefined; // a chunk that failed to load (offline) may load next time
      throw error;
    });
  return decoder;
}
