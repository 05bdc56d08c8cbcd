import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cameraFailure, listCameras, loadDecoder, type CameraFailure, type CameraInfo, type ScanSession } from '../../scan/decoder.js';

/** Whether the camera is off, being turned on, or on and scanning. */
export type CameraState = 'off' | 'starting' | 'on';

/** What the element is told of the camera's life; it words each moment for the visitor. */
export interface CameraEvents {
  /** Turning the camera on has begun. */
  onStarting(): void;
  /** The camera is on and scanning. */
  onScanning(): void;
  /** A code was read (repeats included): the element calls `release()` once it has what it wants. */
  onRead(text: string): void;
  /** The camera could not be used, or the decoder not loaded; the camera is off. */
  onFailure(reason: CameraFailure | 'load'): void;
  /** The camera was turned off by `stop()`, or because another scanner on the page turned its own on. */
  onStopped(): void;
  /** The camera was turned off because the page was hidden; it comes back when the page is shown. */
  onPaused(): void;
}

/** The controller whose camera is on: one at a time on a page, as many phones open one camera at a time. */
let active: CameraController | undefined;

/**
 * The scanner's camera, from turning it on to releasing it: one camera on a page at a time, off
 * while the page is hidden (and back when it is shown), off when the element leaves the page, and
 * a start cancelled by a later start or stop never leaves a camera on. It also keeps the cameras
 * to choose from and the torch.
 */
export class CameraController implements ReactiveController {
  /** Whether the camera is off, being turned on, or on. */
  state: CameraState = 'off';
  /** The cameras to choose from, once the visitor has allowed one. */
  cameras: CameraInfo[] = [];
  /** The chosen camera; by default the rear one. */
  cameraId: string | undefined;
  /** Whether the camera has a torch that can be switched. */
  torch = false;
  torchOn = false;

  private session?: ScanSession;
  /** Bumped by every start and stop, so a start that finishes late knows it was cancelled. */
  private run = 0;
  private resumeWhenVisible = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Where the decoder shows the camera picture: a light-DOM child of the element. */
    private readonly viewfinder: HTMLElement,
    private readonly events: CameraEvents,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    void this.stop();
  }

  /** Turns the camera on and scans until `release()` or `stop()`. */
  async start(): Promise<void> {
    if (!this.host.isConnected) return; // a camera for an element nobody sees would stay on unnoticed
    const run = ++this.run;
    const previous = this.turnOff(); // this scanner's own camera, when it restarts
    const other = active; // another scanner's, when one is on
    active = this;
    this.set('starting');
    this.events.onStarting();
    // The other scanner's camera is released first: many phones open one camera at a time.
    await Promise.all([previous, other?.stop()]);
    // The viewfinder must be laid out before the decoder measures it.
    await this.host.updateComplete;
    if (run !== this.run) return;
    try {
      const decoder = await loadDecoder().catch((error: unknown) => {
        throw Object.assign(new Error('scanner-load'), { cause: error, load: true });
      });
      if (run !== this.run) return;
      const session = await decoder.start(this.viewfinder, {
        cameraId: this.cameraId,
        onRead: (text) => {
          if (run === this.run && this.state === 'on') this.events.onRead(text);
        },
        onFailure: (error) => {
          if (run !== this.run) return;
          void this.release();
          this.events.onFailure(cameraFailure(error));
        },
      });
      if (run !== this.run) {
        await session.stop();
        return;
      }
      this.session = session;
      this.torch = session.torch;
      this.torchOn = false;
      this.set('on');
      this.events.onScanning();
      // Labels are known once the camera is allowed; a choice only when there is one to make.
      const cameras = await listCameras().catch(() => []);
      if (run === this.run) {
        this.cameras = cameras;
        this.cameraId = session.cameraId ?? this.cameraId;
        this.host.requestUpdate();
      }
    } catch (error) {
      if (run !== this.run) return;
      if (active === this) active = undefined;
      this.set('off');
      const reason = (error as { load?: boolean }).load ? 'load' : cameraFailure(error);
      if (reason === 'overconstrained') this.cameraId = undefined; // next time, the default camera
      this.events.onFailure(reason);
    }
  }

  /** Turns the camera off and says so (`onStopped`) when it was on. */
  async stop(): Promise<void> {
    this.resumeWhenVisible = false; // stopped while the page was hidden: it stays off
    const wasOn = this.state !== 'off';
    await this.release();
    if (wasOn) this.events.onStopped();
  }

  /** Turns the camera off without a word, as once a code is read: a start under way is cancelled. */
  release(): Promise<void> {
    this.run++;
    return this.turnOff();
  }

  /** Scans with another camera. */
  choose(cameraId: string): Promise<void> {
    this.cameraId = cameraId;
    return this.start();
  }

  /** Switches the torch; a camera that said it had one but does not switch loses the button. */
  async toggleTorch(): Promise<void> {
    const on = !this.torchOn;
    try {
      await this.session?.setTorch(on);
      this.torchOn = on;
    } catch {
      this.torch = false;
    }
    this.host.requestUpdate();
  }

  private async turnOff(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    this.torch = false;
    this.torchOn = false;
    if (active === this) active = undefined;
    this.set('off');
    await session?.stop();
  }

  private set(state: CameraState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') {
      if (this.state === 'off') return;
      void this.release();
      this.resumeWhenVisible = true;
      this.events.onPaused();
    } else if (this.resumeWhenVisible) {
      this.resumeWhenVisible = false;
      void this.start();
    }
  };
}
