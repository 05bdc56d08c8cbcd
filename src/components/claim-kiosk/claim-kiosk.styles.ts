import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    contain: content;
  }

  [part='base'] {
    align-items: center;
    gap: var(--lc-space-m);
    padding: var(--lc-claim-kiosk-padding, var(--lc-space-l));
    text-align: center;
  }

  /* Full screen: the whole screen is the kiosk, the code as large as it fits. */
  :host(:fullscreen) [part='base'] {
    block-size: 100vh;
    justify-content: center;
    border: 0;
    border-radius: 0;
  }

  :host(:fullscreen) {
    --lc-claim-kiosk-qr-size: min(75vmin, 100%);
  }

  .qr {
    display: block;
    inline-size: var(--lc-claim-kiosk-qr-size, min(70vmin, 100%));
    block-size: auto;
    aspect-ratio: 1;
    /* Dark on light whatever the theme or system colours: scanners read nothing else. */
    forced-color-adjust: none;
  }

  .code-label,
  .countdown,
  .claimed,
  .awake {
    margin: 0;
  }

  /*
   * The kiosk keeps the layout of a code from its first render (the drop-in's stylesheet reserves
   * the same before the element is defined: change them together): while the code is fetched, a
   * placeholder of the QR code's size and a line for each of the code, the countdown and the
   * count, and the note that the screen stays on keeps its room (empty) until the screen does.
   */
  .code-label,
  .code,
  .countdown,
  .claimed {
    align-self: stretch;
    min-block-size: 1lh;
  }

  /*
   * Shorter than the code's line (1lh, the paragraph's least height), so that the line is as tall
   * as the code's.
   */
  .skeleton.code-line {
    inline-size: 8em;
    max-inline-size: 100%;
    margin: 0.125em auto;
  }

  .code {
    margin: 0;
    font-family: ui-monospace, monospace;
    font-size: var(--lc-claim-kiosk-code-size, clamp(1.5rem, 5vmin, 4rem));
    /* Whole pixels, which every engine lays out alike (WebKit rounds a line of text down). */
    line-height: round(down, 1.5em, 1px);
    font-weight: 700;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }

  .countdown {
    font-variant-numeric: tabular-nums;
    color: var(--lc-color-text-muted);
  }

  .claimed {
    font-size: var(--lc-font-size-l);
    font-weight: 600;
  }

  /*
   * The button's room is kept where a browser cannot go full screen (src/cdn.css counts it), and the
   * note's full width while it is empty, so that the button stays where it is when the note comes.
   */
  .controls {
    align-self: stretch;
    display: flex;
    flex-direction: column;
    justify-content: end;
    gap: var(--lc-space-s);
    align-items: center;
    min-block-size: calc(var(--lc-target-size) + var(--lc-space-s) + 2 * var(--lc-line-height) * var(--lc-font-size-s));
  }

  .awake {
    min-block-size: 2lh;
    font-size: var(--lc-font-size-s);
  }
`;
