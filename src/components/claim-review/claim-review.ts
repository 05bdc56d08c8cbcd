import { define } from '../../internal/define.js';
import { ClaimReview } from './claim-review.component.js';

export { ClaimReview };
define('claim-review', ClaimReview);

declare global {
  interface HTMLElementTagNameMap {
    'claim-review': ClaimReview;
  }
}
