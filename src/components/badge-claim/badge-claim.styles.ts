import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    contain: content;
  }

  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-m);
    min-block-size: var(--lc-badge-claim-min-height, 20rem);
    padding: var(--lc-badge-claim-padding, var(--lc-space-l));
    border: 1px solid var(--lc-color-border);
    border-radius: var(--lc-radius);
    background: var(--lc-color-surface);
  }

  .placeholder {
    block-size: var(--lc-badge-claim-min-height, 20rem);
  }

  [part='steps'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lc-space-s);
    padding: 0;
    list-style: none;
    counter-reset: step;
    font-size: var(--lc-font-size-s);
    color: var(--lc-color-text-muted);
  }

  [part='steps'] li {
    counter-increment: step;
  }

  [part='steps'] li::before {
    content: counter(step) '. ';
  }

  [part='steps'] li[aria-current='step'] {
    color: var(--lc-color-text);
    font-weight: 700;
  }

  [part='steps'] li.done {
    color: var(--lc-color-accent);
  }

  [part='heading'] {
    margin: 0;
    font-size: var(--lc-font-size-l);
    line-height: 1.3;
  }

  [part='heading']:focus {
    outline: none;
  }

  [part='heading']:focus-visible {
    outline: 3px solid var(--lc-color-focus);
  }

  .badge {
    display: flex;
    gap: var(--lc-space-m);
    align-items: flex-start;
  }

  .badge p,
  .tasks {
    margin: 0;
  }

  .check,
  .hint {
    margin: 0;
    color: var(--lc-color-text-muted);
    font-size: var(--lc-font-size-s);
  }

  [part='field'] {
    margin: 0;
    border: 0;
    padding: 0;
  }

  fieldset[part='field'] {
    gap: var(--lc-space-s);
    padding-block: var(--lc-space-s);
    border-block-start: 1px solid var(--lc-color-border);
  }

  legend {
    padding: 0;
    font-weight: 600;
  }

  textarea {
    padding-block: var(--lc-space-s);
  }

  .files {
    padding: 0;
    list-style: none;
  }

  .files li {
    display: flex;
    gap: var(--lc-space-s);
    align-items: center;
    justify-content: space-between;
  }

  .review {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--lc-space-xs) var(--lc-space-m);
  }

  .review dt {
    font-weight: 600;
  }

  .review dd {
    overflow-wrap: anywhere;
  }

  .progress {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-xs);
  }

  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lc-space-s);
    justify-content: flex-end;
  }

  [part='result'] {
    padding: var(--lc-space-m);
    border: 1px solid transparent;
    border-radius: var(--lc-radius);
    background: var(--lc-color-accent-subtle);
  }

  [part='result'] p {
    margin: 0;
  }

  [part='result'].queued {
    background: var(--lc-color-notice);
    color: var(--lc-color-on-notice);
  }
`;
