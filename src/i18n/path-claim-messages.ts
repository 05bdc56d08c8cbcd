import { en as claimEn } from './claim/en.js';
import { claimLoaders } from './claim-messages.js';
import { bothLoaders, withOwnMessages } from './own-messages.js';
import { en as playlistEn } from './playlist/en.js';
import { playlistLoaders } from './playlist-messages.js';

/**
 * The messages of `<playlist-card>`: the kit's, the learning paths' and the claim form's (for the
 * claim of the path's own badge), which load with it.
 */
export const PATH_CLAIM_MESSAGES = withOwnMessages({ ...claimEn, ...playlistEn }, bothLoaders(claimLoaders, playlistLoaders));
