import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    contain: content;
  }

  .card,
  .skeleton-layout {
    gap: var(--lc-space-m);
    padding: var(--lc-playlist-card-padding, var(--lc-space-m));
  }

  .skeleton-layout {
    display: flex;
    flex-direction: column;
  }

  .media {
    aspect-ratio: 16 / 9;
    margin: calc(-1 * var(--lc-playlist-card-padding, var(--lc-space-m)));
    margin-block-end: 0;
    overflow: hidden;
    background: var(--lc-color-accent-subtle);
  }

  .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .body {
    display: grid;
    gap: var(--lc-space-m);
  }

  .body > * {
    margin: 0;
  }

  [part='progress'] {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--lc-space-xs) var(--lc-space-m);
    align-items: center;
  }

  [part='progress'] .label {
    grid-column: 1 / -1;
  }

  progress {
    inline-size: 100%;
    block-size: var(--lc-playlist-card-progress-height, 0.75rem);
    accent-color: var(--lc-color-accent);
  }

  [part='progress-text'] {
    font-weight: 600;
  }

  .steps {
    display: grid;
    gap: var(--lc-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='step'] {
    display: flex;
    gap: var(--lc-space-m);
    align-items: flex-start;
    padding: var(--lc-space-s) var(--lc-space-m);
    border-inline-start: 3px solid var(--lc-color-border);
    background: var(--lc-color-surface-sunken);
  }

  [part~='done'] {
    border-inline-start-color: var(--lc-color-accent);
  }

  .marker {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border: 2px solid var(--lc-color-border);
    border-radius: 50%;
    font-weight: 600;
  }

  [part~='done'] .marker {
    border-color: var(--lc-color-accent);
    background: var(--lc-color-accent);
    color: var(--lc-color-on-accent);
  }

  .step-text {
    display: grid;
    gap: var(--lc-space-xs);
  }

  .step-text p {
    margin: 0;
  }

  .step-title {
    font-weight: 600;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lc-space-xs);
  }

  [part='claim-form'] {
    display: grid;
    gap: var(--lc-space-m);
    padding-block-start: var(--lc-space-m);
    border-block-start: 1px solid var(--lc-color-border);
  }

  @media (forced-colors: active) {
    [part~='done'] .marker {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
