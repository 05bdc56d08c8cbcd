import { css } from 'lit';

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

  .count {
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

  /* The same size as a compact card, so the list does not jump when the cards arrive. */
  .items > .skeleton {
    min-block-size: 7.5rem;
  }

  .more {
    align-self: center;
  }
`;
