import '../activity-card/activity-card.js';
import { define } from '../../internal/define.js';
import { ActivityList } from './activity-list.component.js';

export { ActivityList };
define('activity-list', ActivityList);

declare global {
  interface HTMLElementTagNameMap {
    'activity-list': ActivityList;
  }
}
