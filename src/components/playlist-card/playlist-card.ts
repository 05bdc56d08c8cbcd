import { define } from '../../internal/define.js';
import { PlaylistCard } from './playlist-card.component.js';

export { PlaylistCard };
define('playlist-card', PlaylistCard);

declare global {
  interface HTMLElementTagNameMap {
    'playlist-card': PlaylistCard;
  }
}
