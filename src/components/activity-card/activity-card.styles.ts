import { css } from 'lit';
import { compactSize, fullBodySize, wideFullBodySize } from './card-size.styles.js';

export const styles = css`
  :host {
    display: block;
    contain: content;
  }

  .card {
    container-type: inline-size;
    gap: 0;
  }

  .media {
    flex: none;
    aspect-ratio: var(--lc-activity-card-media-ratio, 16 / 9);
    background: var(
      --lc-activity-card-placeholder,
      linear-gradient(135deg, var(--lc-color-accent-subtle), var(--lc-color-surface-sunken))
    );
  }

  .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-s);
    min-inline-size: 0;
    padding: var(--lc-activity-card-padding, var(--lc-space-m));
  }

  /*
   * The full card's body keeps the height it reserved while loading, so the text around the card
   * does not move when the activity arrives; spare room gathers above the badge row.
   */
  .full .body {
    min-block-size: ${fullBodySize};
  }

  @container (min-inline-size: 30rem) {
    .full .body {
      min-block-size: ${wideFullBodySize};
    }
  }

  /*
   * A full card's body far from the viewport is not styled, laid out or painted until it comes
   * near (a page of 100 cards lays out the few on screen). Meanwhile its reserved height above,
   * which is its height, holds it (counted as empty, then at the size it last had), so nothing
   * moves when it is laid out. It stays in the page's text, accessibility tree and find-in-page.
   */
  .full .body {
    content-visibility: auto;
    contain-intrinsic-block-size: auto none;
  }

  .full [part='badge'] {
    margin-block-start: auto;
  }

  /*
   * Each label right above its value, the pairs apart; from a 30rem-wide full card, each label
   * beside its value. (The compact card's labels are for screen readers only, out of the grid.)
   */
  .details {
    display: grid;
    gap: var(--lc-space-xs) var(--lc-space-s);
  }

  .details dt {
    margin-block-end: calc(-1 * var(--lc-space-xs));
  }

  @container (min-inline-size: 30rem) {
    .full .details {
      grid-template-columns: 9rem 1fr;
    }

    .full .details dt {
      margin-block-end: 0;
    }
  }

  dd {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--lc-space-s);
    overflow-wrap: break-word;
    min-inline-size: 0;
  }

  [part='visitor-time'] {
    flex-basis: 100%;
    font-size: var(--lc-font-size-s);
  }

  .description {
    color: var(--lc-color-text);
  }

  .full .description:not(.open) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--lc-activity-card-description-lines, 5);
    overflow: hidden;
  }

  .toggle {
    align-self: flex-start;
    margin-block-start: calc(-1 * var(--lc-space-s));
    padding: 0;
    border: 0;
    background: none;
    color: var(--lc-color-link);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .concealed {
    visibility: hidden;
  }

  .calendar summary {
    color: var(--lc-color-link);
    text-decoration: underline;
    cursor: pointer;
  }

  .calendar ul {
    margin: 0;
    padding-inline-start: var(--lc-space-l);
  }

  .calendar a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--lc-target-size);
  }

  .badge {
    display: flex;
    align-items: center;
    gap: var(--lc-space-s);
    padding-block-start: var(--lc-space-s);
    border-block-start: 1px solid var(--lc-color-border);
  }

  .badge-image {
    flex: none;
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: 50%;
    overflow: hidden;
    background: var(--lc-color-accent-subtle);
  }

  .badge-image img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .badge-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 8rem;
  }

  [part='claim'] {
    align-self: flex-start;
  }

  /*
   * Compact: a thumbnail beside a summary of fixed height (a two-line title, one line each for the
   * details, a two-line description), the labels left to screen readers. Lists of compact cards
   * therefore never move while they load; the full text is one click away.
   */
  .compact {
    flex-direction: row;
    min-block-size: ${compactSize};
  }

  .compact .media {
    inline-size: var(--lc-activity-card-thumbnail-size, 6rem);
    aspect-ratio: auto;
  }

  @container (max-inline-size: 22rem) {
    .compact .media {
      inline-size: calc(var(--lc-activity-card-thumbnail-size, 6rem) * 2 / 3);
    }
  }

  .compact .body {
    gap: var(--lc-space-xs);
  }

  .compact .heading,
  .compact .description {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }

  .compact .heading {
    min-block-size: 2lh;
    font-size: var(--lc-font-size-m);
  }

  .compact dd,
  .compact [part='playlists'] {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .compact .description,
  .compact [part='playlists'] {
    font-size: var(--lc-font-size-s);
  }

  /* The skeleton shares the card's layout so nothing moves when the activity arrives. */
  .skeleton-layout {
    display: flex;
    flex-direction: inherit;
    flex: auto;
  }

  .skeleton-layout .media {
    border-radius: 0;
  }

  .title-line {
    block-size: 1.5em;
    inline-size: 80%;
  }

  .short {
    inline-size: 50%;
  }

  .button-block {
    block-size: var(--lc-target-size);
    inline-size: 12rem;
  }

  [part='not-found'],
  [part='error'],
  [part='offline'] {
    margin: var(--lc-space-s);
  }
`;
