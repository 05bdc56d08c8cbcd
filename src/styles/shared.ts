import { css } from 'lit';

/**
 * The pieces the display widgets share, styled once: the card frame, labelled details, chips,
 * buttons and links, notices, and the loading skeleton.
 */
export const shared = css`
  * {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-s);
    overflow: hidden;
    border: 1px solid var(--lc-color-border);
    border-radius: var(--lc-radius);
    background: var(--lc-color-surface);
    color: var(--lc-color-text);
  }

  .heading {
    margin: 0;
    font-size: var(--lc-font-size-l);
    line-height: 1.3;
    overflow-wrap: break-word;
    hyphens: auto;
  }

  .text {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: break-word;
  }

  .label {
    margin: 0;
    font-size: var(--lc-font-size-s);
    font-weight: 600;
    color: var(--lc-color-text-muted);
  }

  .muted {
    color: var(--lc-color-text-muted);
  }

  dl,
  dd,
  ul,
  ol {
    margin: 0;
  }

  a {
    color: var(--lc-color-link);
    text-underline-offset: 0.15em;
  }

  /* Links and buttons that stand alone are at least a 44px target. */
  .action {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--lc-target-size);
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--lc-space-s);
    min-block-size: var(--lc-target-size);
    min-inline-size: var(--lc-target-size);
    padding-block: var(--lc-space-xs);
    padding-inline: var(--lc-space-m);
    border: 1px solid var(--lc-color-accent);
    border-radius: var(--lc-radius);
    background: var(--lc-color-surface);
    color: var(--lc-color-accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  .button.primary {
    background: var(--lc-color-accent);
    color: var(--lc-color-on-accent);
  }

  .button.primary:hover {
    background: var(--lc-color-accent-hover);
  }

  :focus-visible {
    outline: 3px solid var(--lc-color-focus);
    outline-offset: 2px;
  }

  /* Text fields and selects: a 44px target in the kit's colours. */
  input:not([type='checkbox'], [type='radio'], [type='file']),
  select,
  textarea {
    min-block-size: var(--lc-target-size);
    max-inline-size: 100%;
    padding-inline: var(--lc-space-s);
    border: 1px solid var(--lc-color-border);
    border-radius: var(--lc-radius);
    background: var(--lc-color-surface);
    color: var(--lc-color-text);
    font: inherit;
  }

  [aria-invalid='true'] {
    border-color: var(--lc-color-danger);
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lc-space-xs);
    padding: 0;
    list-style: none;
  }

  /* The transparent border becomes visible in forced-colors mode, where backgrounds are dropped. */
  .chip {
    padding-block: 0.125rem;
    padding-inline: var(--lc-space-s);
    border: 1px solid transparent;
    border-radius: var(--lc-radius-pill);
    background: var(--lc-color-accent-subtle);
    color: var(--lc-color-text);
    font-size: var(--lc-font-size-s);
    overflow-wrap: anywhere;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--lc-space-s);
    margin: 0;
    padding: var(--lc-space-s) var(--lc-space-m);
    border: 1px solid transparent;
    border-radius: var(--lc-radius);
    background: var(--lc-color-surface-sunken);
  }

  .notice.error {
    color: var(--lc-color-danger);
  }

  .notice.offline {
    background: var(--lc-color-notice);
    color: var(--lc-color-on-notice);
    font-size: var(--lc-font-size-s);
  }

  /* Loading placeholders: blocks of the final layout's size that shimmer unless motion is reduced. */
  .skeleton {
    display: block;
    border: 1px solid transparent;
    border-radius: var(--lc-radius);
    background: linear-gradient(
        90deg,
        transparent 0%,
        color-mix(in srgb, var(--lc-color-surface) 60%, transparent) 50%,
        transparent 100%
      )
      var(--lc-color-skeleton);
    background-size: 200% 100%;
    animation: lc-shimmer 1.4s linear infinite;
  }

  .skeleton.line {
    block-size: 1em;
    margin-block: 0.25em;
  }

  @keyframes lc-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .button.primary {
      border-color: ButtonText;
    }
  }
`;
