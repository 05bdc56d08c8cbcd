/**
 * The English messages of `<qr-scanner>`: the reference every other language matches key for
 * key. A catalogue of their own, loaded with the scanner, so that pages without it do not carry them.
 */
export const en = {
  scanIntro: 'Scan the QR code on the poster with your camera.',
  scanStart: 'Start camera',
  scanStop: 'Stop camera',
  scanAgain: 'Scan again',
  scanRetry: 'Try the camera again',
  scanStarting: 'Starting camera…',
  scanPointCamera: 'Point the camera at the QR code.',
  scanStopped: 'Camera turned off.',
  scanGotCode: (code: string) => `Code ${code} received.`,
  scanNotClaim: 'This QR code is not a badge claim code. Nothing was opened.',
  scanCamera: 'Camera',
  scanCameraNumber: (n: number) => `Camera ${n}`,
  scanTorch: 'Torch',
  scanFile: 'Scan a photo',
  scanReadingFile: 'Reading the photo…',
  scanNoCodeInFile: 'No QR code was found in this photo. Try a sharper photo taken closer, or type the code.',
  scanCodeLabel: 'Or type the code',
  scanCodeHint: 'Letters, digits and dashes, as printed, e.g. VILNIUS-2022.',
  scanSubmit: 'Use code',
  scanCodeEmpty: 'Type the code first.',
  scanCodeInvalid: 'This is not a valid code: a code has 4 to 64 letters, digits and dashes.',
  scanFallback: 'You can scan a photo of the QR code or type the code instead.',
  scanErrorInsecure: 'The camera works only on a secure (https) page.',
  scanErrorUnsupported: 'This browser cannot use the camera.',
  scanErrorNotFound: 'No camera was found on this device.',
  scanErrorDenied: 'Camera access was refused. To scan, allow the camera for this site in your browser’s settings.',
  scanErrorInUse: 'The camera is busy: another app or tab may be using it.',
  scanErrorOverconstrained: 'This camera is not available. Choose another one.',
  scanErrorFailed: 'The camera could not be started.',
  scanErrorLoad: 'The scanner could not be loaded. Check your connection.',
};

export type ScannerMessages = typeof en;
