import { css } from 'lit';

/**
 * The kit's design tokens, read by every element. Semantic `--lc-*` tokens fall back to the
 * kit's defaults, so a designer sets any of them on `:root` (or any ancestor) and every widget
 * below follows. Values are never redefined on `:host`, which would shadow the designer's.
 */
export const tokens = css`
  :host {
    font-family: var(--lc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--lc-color-text, #1b1f24);
    line-height: var(--lc-line-height, 1.5);
  }
`;
