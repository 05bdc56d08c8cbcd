import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    contain: content;
  }

  /*
   * As tall as the form in a long language on a phone, from its first render: the drop-in's
   * stylesheet reserves the same before the element is defined (change them together), so that
   * the page below does not move when the element's chunk arrives.
   */
  [part='base'] {
    display: grid;
    align-content: start;
    gap: var(--lc-space-m);
    min-block-size: var(--lc-badge-verify-min-size, 36rem);
    padding: var(--lc-badge-verify-padding, var(--lc-space-m));
  }

  form,
  .field {
    display: grid;
    gap: var(--lc-space-xs);
  }

  form {
    gap: var(--lc-space-m);
  }

  label {
    font-weight: 600;
  }

  textarea {
    padding-block: var(--lc-space-s);
    resize: vertical;
  }

  .hint {
    margin: 0;
    color: var(--lc-color-text-muted);
    font-size: var(--lc-font-size-s);
  }

  [part='drop'] {
    padding: var(--lc-space-m);
    border: 2px dashed var(--lc-color-border);
    border-radius: var(--lc-radius);
  }

  [part='drop'].over {
    border-color: var(--lc-color-accent);
    background: var(--lc-color-accent-subtle);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--lc-space-m);
  }

  [part='verdict'] {
    margin: 0;
    padding: var(--lc-space-s) var(--lc-space-m);
    border-inline-start: 4px solid var(--lc-badge-verify-ok-color, var(--lc-color-accent));
    background: var(--lc-color-surface-sunken);
    font-size: var(--lc-font-size-l);
    font-weight: 600;
  }

  [part='verdict'].failed {
    border-inline-start-color: var(--lc-badge-verify-fail-color, var(--lc-color-danger));
  }

  [part='summary'] {
    display: flex;
    align-items: center;
    gap: var(--lc-space-m);
  }

  [part='summary'] img {
    flex: none;
    inline-size: var(--lc-badge-verify-image-size, 5rem);
    block-size: var(--lc-badge-verify-image-size, 5rem);
    object-fit: contain;
  }

  [part='summary'] p {
    margin: 0;
  }

  [part='checks'] {
    display: grid;
    gap: var(--lc-space-s);
    padding: 0;
    list-style: none;
  }

  [part~='check'] {
    display: grid;
    grid-template-columns: 1.5rem 1fr;
    gap: var(--lc-space-xs) var(--lc-space-s);
  }

  .mark {
    grid-row: span 2;
    color: var(--lc-badge-verify-ok-color, var(--lc-color-accent));
    font-weight: 700;
    text-align: center;
  }

  [part~='check-failed'] .mark {
    color: var(--lc-badge-verify-fail-color, var(--lc-color-danger));
  }

  .check-name {
    font-weight: 600;
  }
`;
