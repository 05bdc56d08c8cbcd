import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    contain: content;
  }

  .card,
  .skeleton-layout {
    gap: var(--lc-space-m);
    padding: var(--lc-badge-card-padding, var(--lc-space-m));
  }

  .skeleton-layout {
    display: flex;
    flex-direction: column;
  }

  .header {
    display: flex;
    align-items: center;
    gap: var(--lc-space-m);
  }

  .image {
    flex: none;
    inline-size: var(--lc-badge-card-image-size, 6rem);
    block-size: var(--lc-badge-card-image-size, 6rem);
    border-radius: 50%;
    overflow: hidden;
    background: var(--lc-color-accent-subtle);
  }

  .image img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .name-line {
    flex: auto;
    block-size: 1.5em;
  }

  .tasks {
    display: grid;
    gap: var(--lc-space-s);
    padding: 0;
    list-style: none;
  }

  .task {
    display: grid;
    gap: var(--lc-space-xs);
    padding: var(--lc-space-s) var(--lc-space-m);
    border-inline-start: 3px solid var(--lc-color-accent);
    background: var(--lc-color-surface-sunken);
  }

  .method {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lc-space-xs);
    margin: 0;
  }

  .questions {
    padding-inline-start: var(--lc-space-l);
  }

  [part='issuer'],
  [part='description'] {
    margin: 0;
  }

  [part='claim'] {
    align-self: flex-start;
  }
`;
