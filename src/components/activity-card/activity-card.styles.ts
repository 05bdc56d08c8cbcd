import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    contain: content;
  }

  [part='base'] {
    box-sizing: border-box;
    min-block-size: 7.5rem;
    padding: var(--lc-activity-card-padding, var(--lc-space-m, 1rem));
    border: 1px solid var(--lc-color-border, #d0d7de);
    border-radius: var(--lc-radius, 0.5rem);
    background: var(--lc-color-surface, #fff);
  }

  [part='title'] {
    margin: 0 0 0.25rem;
    font-size: var(--lc-font-size-l, 1.25rem);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  [part='when'],
  [part='place'] {
    margin: 0;
    color: var(--lc-color-text-muted, #57606a);
  }
`;
