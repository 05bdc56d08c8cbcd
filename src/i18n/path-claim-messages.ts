import { en as claimEn, type ClaimMessages } from './claim/en.js';
import { claimLoaders } from './claim-messages.js';
import { withOwnMessages, type OwnLoaders } from './own-messages.js';
import { en as playlistEn, type PlaylistMessages } from './playlist/en.js';
import { playlistLoaders } from './playlist-messages.js';

/** Each language's words of both sets, loaded together. */
const both: OwnLoaders<ClaimMessages & PlaylistMessages> = Object.fromEntries(
  Object.keys(claimLoaders).map((lang) => [
    lang,
    () => Promise.all([claimLoaders[lang]!(), playlistLoaders[lang]!()]).then(([claim, path]) => ({ ...claim, ...path })),
  ]),
);

/**
 * The messages of `<playlist-card>`: the kit's, the learning paths' and the claim form's (for the
 * claim of the path's own badge), which load with it.
 */
export const PATH_CLAIM_MESSAGES = withOwnMessages({ ...claimEn, ...playlistEn }, both);
