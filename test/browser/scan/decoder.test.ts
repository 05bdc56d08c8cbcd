// The decoder interface's camera failures, as each engine and html5-qrcode report them, and the
// html5-qrcode decoder's scanning box.
import { expect } from '@open-wc/testing';
import { cameraError, cameraFailure, CameraError } from '../../../src/scan/decoder.js';
import { scanningBox } from '../../../src/scan/html5-qrcode-decoder.js';

describe('camera failures', () => {
  it('tells apart no camera, refusal, a busy camera, a vanished camera and an insecure page', () => {
    expect(cameraFailure(new DOMException('x', 'NotFoundError'))).to.equal('not-found');
    expect(cameraFailure(new DOMException('x', 'NotAllowedError'))).to.equal('denied');
    expect(cameraFailure(new DOMException('x', 'SecurityError'))).to.equal('denied');
    expect(cameraFailure(new DOMException('x', 'NotReadableError'))).to.equal('in-use');
    expect(cameraFailure(new DOMException('x', 'OverconstrainedError'))).to.equal('overconstrained');
    expect(cameraFailure(new CameraError('insecure'))).to.equal('insecure');
    // html5-qrcode rejects with text around the browser's error
    expect(cameraFailure('Error getting userMedia, error = NotReadableError: Could not start video source')).to.equal('in-use');
    expect(cameraFailure('Camera streaming not supported by the browser.')).to.equal('unsupported');
    expect(cameraFailure(new Error('something else'))).to.equal('failed');
    // older and engine-specific names
    expect(cameraFailure(new DOMException('x', 'AbortError'))).to.equal('in-use');
    expect(cameraFailure({ name: 'PermissionDeniedError' })).to.equal('denied');
    expect(cameraFailure('Error getting userMedia, error = DevicesNotFoundError')).to.equal('not-found');
  });

  it('says "no camera" on a device without one, whatever the engine calls it', async () => {
    // This browser has no camera (WebKit then answers OverconstrainedError, Firefox AbortError at times).
    for (const name of ['NotFoundError', 'OverconstrainedError', 'AbortError', 'NotReadableError']) {
      expect((await cameraError(new DOMException('Invalid constraint', name))).reason, name).to.equal('not-found');
    }
    expect((await cameraError('Error getting userMedia, error = OverconstrainedError: Invalid constraint')).reason).to.equal('not-found');
    expect((await cameraError(new DOMException('x', 'NotAllowedError'))).reason).to.equal('denied');
  });

  it('scans a square of 90% of the viewfinder’s shorter side, whatever its size', () => {
    expect(scanningBox(640, 480)).to.deep.equal({ width: 432, height: 432 });
    expect(scanningBox(360, 640)).to.deep.equal({ width: 324, height: 324 });
    expect(scanningBox(40, 30)).to.deep.equal({ width: 50, height: 50 });
  });
});
