import { css } from 'lit';

/*
 * The heights a card reserves while it loads and keeps once loaded, so that nothing below it
 * moves: `activity-card` and `activity-list`'s placeholders take them from here; the drop-in's
 * stylesheet (src/cdn.css), plain CSS for before the script has run, repeats them (a browser test
 * checks the two agree).
 */

/** The full card's body on a narrow card. */
export const fullBodySize = css`var(--lc-activity-card-body-size, 66rem)`;
/** The full card's body from a 30rem-wide card on. */
export const wideFullBodySize = css`var(--lc-activity-card-body-size, 47rem)`;
/** The compact card. */
export const compactSize = css`var(--lc-activity-card-compact-size, 16.25rem)`;
