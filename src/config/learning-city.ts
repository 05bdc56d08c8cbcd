import { define } from '../internal/define.js';
import { LearningCity } from './learning-city.component.js';

export { LearningCity };
define('learning-city', LearningCity);

declare global {
  interface HTMLElementTagNameMap {
    'learning-city': LearningCity;
  }
}
