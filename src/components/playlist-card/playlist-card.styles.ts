import { css } from 'lit';

/*
 * The height the card reserves below its image while it loads and keeps once loaded (its gap, text
 * and steps, and its padding), so that nothing below moves when the path arrives (with its steps'
 * activities: the card waits for them in its skeleton). How many steps a path has is known only once it has arrived, so the room is that of a
 * typical path: four steps with long titles and a three-line description (the reference server's
 * "Learning city strategist"), in the longest of the kit's languages, with 4rem to spare for other
 * fonts. Lines wrap more as the card narrows: the room is the upper bound of three straight lines
 * through what that path takes at 16, 22.5, 30 and 48rem wide, and never below 52rem. A longer
 * path grows past it. The drop-in's stylesheet (src/cdn.css) repeats it: change them together.
 */
const bodySize = css`var(--lc-playlist-card-body-size, max(212rem - 550cqi, 142rem - 240cqi, 94rem - 80cqi, 52rem))`;

export const styles = css`
  :host {
    display: block;
    contain: content;
    /* The card's width sets the room it reserves (bodySize). */
    container-type: inline-size;
  }

  .card {
    gap: var(--lc-space-m);
    padding: var(--lc-playlist-card-padding, var(--lc-space-m));
  }

  /* The skeleton is laid out as the loaded card, inside the card's padding. */
  .skeleton-layout {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-m);
  }

  .skeleton-layout .media {
    border-radius: 0;
  }

  /*
   * The image spans the card's padding. Its width is set, not left to stretch into the negative
   * margins: WebKit would size its height (16:9) from the narrower box, and the card would be
   * shorter than the room the drop-in's stylesheet keeps.
   */
  .media {
    inline-size: calc(100% + 2 * var(--lc-playlist-card-padding, var(--lc-space-m)));
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
    align-content: start;
    gap: var(--lc-space-m);
    min-block-size: calc(${bodySize} - var(--lc-space-m) - var(--lc-playlist-card-padding, var(--lc-space-m)));
  }

  .title-line {
    block-size: 1.5em;
    inline-size: 80%;
  }

  .short {
    inline-size: 50%;
  }

  .skeleton.step {
    block-size: 4.5rem;
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
