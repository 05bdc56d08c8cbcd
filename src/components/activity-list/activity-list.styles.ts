import { css } from 'lit';
import { compactSize, fullBodySize, wideFullBodySize } from '../activity-card/card-size.styles.js';

export const styles = css`
  :host {
    display: block;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-m);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--lc-space-s) var(--lc-space-m);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-xs);
    flex: 1 1 10rem;
    min-inline-size: 0;
  }

  .field.search {
    flex-basis: 14rem;
  }

  /* A line is kept for the result count before it is known. */
  .count {
    min-block-size: 1lh;
    margin: 0;
    color: var(--lc-color-text-muted);
  }

  .items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--lc-activity-list-columns, 20rem)), 1fr));
    gap: var(--lc-activity-list-gap, var(--lc-space-m));
    padding: 0;
    list-style: none;
  }

  .items > li {
    min-inline-size: 0;
    border-radius: var(--lc-radius);
  }

  /*
   * Placeholders the size of the cards they stand for, so that neither the list nor the page
   * moves when the cards arrive: <activity-card>'s own sizes.
   */
  .items > .compact {
    min-block-size: ${compactSize};
  }

  .items > .full {
    display: grid;
    container-type: inline-size;
  }

  .items > .full::before {
    content: '';
    aspect-ratio: var(--lc-activity-card-media-ratio, 16 / 9);
  }

  .items > .full::after {
    content: '';
    block-size: ${fullBodySize};
  }

  @container (min-inline-size: 30rem) {
    .items > .full::after {
      block-size: ${wideFullBodySize};
    }
  }

  /* The row of "Show more" is kept while the first page loads and after the last one, so the list
     does not change its height when it turns out there is, or is not, a next page. */
  .more-row {
    display: flex;
    justify-content: center;
    min-block-size: var(--lc-target-size);
  }

  .more {
    display: inline-grid;
    place-items: center;
  }

  .more > span {
    grid-area: 1 / 1;
  }

  .more > .unshown {
    visibility: hidden;
  }
`;
