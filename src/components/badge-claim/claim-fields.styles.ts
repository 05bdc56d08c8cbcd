import { css } from 'lit';

/**
 * The claim form's fields (name, e-mail, consent, and the error under each), as `badge-claim`
 * shows them and `playlist-card` in its claim of a path's badge.
 */
export const claimFields = css`
  [part='field'] {
    display: flex;
    flex-direction: column;
    gap: var(--lc-space-xs);
  }

  label {
    font-weight: 600;
  }

  .consent {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: flex-start;
  }

  .consent label {
    flex: 1;
    font-weight: normal;
  }

  .consent input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.125rem;
  }

  [part='field-error'] {
    flex-basis: 100%;
    margin: 0;
    color: var(--lc-color-danger);
    font-weight: 600;
  }
`;
