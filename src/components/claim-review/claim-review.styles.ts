import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    contain: content;
    /* The element's width sets the filters' layout, which the drop-in's stylesheet follows. */
    container-type: inline-size;
  }

  /*
   * As tall from the first render as once an empty queue has loaded (its heading, filters, counts
   * and "no claims waiting"), on a phone in a long language, so that nothing below moves when the
   * queue arrives. The drop-in's stylesheet reserves the same before the element is defined: change
   * them together.
   */
  [part='base'] {
    gap: var(--lc-space-m);
    min-block-size: var(--lc-claim-review-min-size, 30.75rem);
    padding: var(--lc-claim-review-padding, var(--lc-space-l));
  }

  @container (min-inline-size: 36rem) {
    [part='base'] {
      min-block-size: var(--lc-claim-review-min-size, 18.75rem);
    }
  }

  .skeleton-layout {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-m);
  }

  .short {
    inline-size: 50%;
  }

  [part='heading']:focus {
    outline: none;
  }

  /* The filters: stacked on a narrow element, in one row on a wide one (36rem, in src/cdn.css too). */
  .filters {
    display: grid;
    gap: var(--lc-space-s) var(--lc-space-m);
    align-items: end;
    justify-items: start;
  }

  @container (min-inline-size: 36rem) {
    .filters {
      grid-template-columns: 1fr 1fr auto;
      justify-items: stretch;
    }
  }

  .bulk,
  .decide,
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lc-space-s) var(--lc-space-m);
    align-items: end;
    margin: 0;
  }

  .filters label {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-xs);
    justify-self: stretch;
  }

  .counts {
    font-weight: 600;
  }

  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .check {
    display: inline-flex;
    gap: var(--lc-space-s);
    align-items: center;
    min-block-size: var(--lc-target-size);
  }

  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--lc-color-accent);
  }

  .items,
  .evidence {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-s);
    padding: 0;
    list-style: none;
  }

  .item {
    padding-block: var(--lc-space-s);
    border-block-end: 1px solid var(--lc-color-border);
  }

  .item p {
    margin: 0;
  }

  .summary {
    display: flex;
    gap: var(--lc-space-m);
    align-items: center;
  }

  .toggle {
    display: flex;
    flex: 1;
    flex-direction: column;
    align-items: start;
    min-block-size: var(--lc-target-size);
    padding: var(--lc-space-xs) var(--lc-space-s);
    border: 0;
    border-radius: var(--lc-radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .toggle[aria-expanded='true'] {
    background: var(--lc-color-surface-sunken);
  }

  .name {
    font-weight: 600;
  }

  .details {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-s);
    padding-block: var(--lc-space-s);
    padding-inline-start: calc(1.25rem + var(--lc-space-m));
  }

  .details[hidden] {
    display: none;
  }

  .facts,
  .answers {
    display: grid;
    gap: var(--lc-space-xs);
  }

  dt {
    font-weight: 600;
  }

  .file {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-xs);
  }

  .preview {
    max-inline-size: min(100%, var(--lc-claim-review-preview-size, 16rem));
    max-block-size: var(--lc-claim-review-preview-size, 16rem);
    object-fit: contain;
    border: 1px solid var(--lc-color-border);
  }

  div.preview {
    inline-size: var(--lc-claim-review-preview-size, 16rem);
    block-size: 8rem;
  }

  .error {
    color: var(--lc-color-danger);
  }

  .refused {
    border-inline-start: 3px solid var(--lc-color-danger);
    padding-inline-start: var(--lc-space-s);
  }
`;
