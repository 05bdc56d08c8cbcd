import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    contain: content;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--lc-qr-scanner-gap, var(--lc-space-m));
  }

  .viewfinder {
    position: relative;
    inline-size: 100%;
    max-inline-size: var(--lc-qr-scanner-viewfinder-max-size, 100%);
    min-block-size: 12rem;
    overflow: hidden;
    border-radius: var(--lc-radius);
    background: var(--lc-color-gray-950, #0f1318);
  }

  .viewfinder[aria-busy='true'] {
    aspect-ratio: 4 / 3;
  }

  ::slotted([slot='viewfinder']) {
    display: block;
    inline-size: 100%;
  }

  /* The live regions are always rendered (never display: none), so what appears in them is read out. */
  .live {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-xs);
  }

  .status,
  .message,
  .hint,
  .field-error {
    margin: 0;
  }

  .controls,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--lc-space-s);
  }

  .button[aria-pressed='true'] {
    background: var(--lc-color-accent-subtle);
  }

  .button:disabled {
    cursor: progress;
    opacity: 0.7;
  }

  .camera-choice {
    display: inline-flex;
    align-items: center;
    gap: var(--lc-space-s);
  }

  .form {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-xs);
  }

  .input {
    flex: 1 1 12rem;
    min-inline-size: 0;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    letter-spacing: 0.04em;
  }

  .hint {
    font-size: var(--lc-font-size-s);
  }

  .field-error {
    color: var(--lc-color-danger);
    font-size: var(--lc-font-size-s);
  }

  @media (forced-colors: active) {
    .viewfinder {
      border: 1px solid CanvasText;
    }
    .button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
