import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    contain: content;
  }

  /*
   * The frame is as tall while this device's claims are read as once none are found, so that the
   * page below does not move on a first visit. The drop-in's stylesheet reserves the same before
   * the element is defined: change them together.
   */
  [part='base'] {
    gap: var(--lc-space-m);
    min-block-size: var(--lc-my-badges-min-size, 13rem);
    padding: var(--lc-my-badges-padding, var(--lc-space-l));
  }

  [part='heading']:focus {
    outline: none;
  }

  .items {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-s);
    padding: 0;
    list-style: none;
  }

  .item {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lc-space-m);
    align-items: center;
    padding-block: var(--lc-space-s);
    border-block-end: 1px solid var(--lc-color-border);
  }

  .item > div {
    flex: 1;
  }

  .actions {
    display: flex;
    flex-basis: 100%;
    flex-wrap: wrap;
    gap: var(--lc-space-s);
    align-items: center;
  }

  .copied {
    color: var(--lc-color-accent);
    font-size: var(--lc-font-size-s);
  }

  .copy {
    display: flex;
    flex-basis: 100%;
    flex-direction: column;
    gap: var(--lc-space-xs);
    font-size: var(--lc-font-size-s);
  }

  .copy input {
    font: inherit;
    padding: var(--lc-space-xs);
    border: 1px solid var(--lc-color-border);
    border-radius: var(--lc-radius);
  }

  .item p {
    margin: 0;
  }

  .path {
    display: grid;
    gap: var(--lc-space-xs);
    font-size: var(--lc-font-size-s);
  }

  .path progress {
    inline-size: 100%;
    accent-color: var(--lc-color-accent);
  }

  .name {
    font-weight: 600;
  }

  .status {
    color: var(--lc-color-text-muted);
    font-size: var(--lc-font-size-s);
  }

  .issued .status {
    color: var(--lc-color-accent);
  }

  .comment {
    font-size: var(--lc-font-size-s);
    white-space: pre-line;
  }

  .rejected .status,
  .revoked .status {
    color: var(--lc-color-danger);
  }

  .forget {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lc-space-s);
    align-items: center;
  }

  .forget p {
    flex-basis: 100%;
    margin: 0;
  }
`;
