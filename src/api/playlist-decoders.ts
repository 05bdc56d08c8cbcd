/**
 * Checks the badge API's learning paths at the boundary, like `validate.ts` does for the other
 * shapes. A module of its own, loaded with the first playlist read, so that pages without
 * learning paths do not carry it.
 */
import type { Playlist, PlaylistStep } from './types.js';
import { array, batch, fail, id, number, object, optional, organiser, page, httpUrl, string } from './validate.js';

const step = object<PlaylistStep>({ activityId: id, badgeId: id, required: (v, p) => (typeof v === 'boolean' ? v : fail(p, 'a boolean')) });

const playlist = object<Playlist>({
  id,
  name: string,
  description: (v, p) => optional(string)(v, p) ?? '',
  imageUrl: httpUrl,
  imageAlt: optional(string),
  organiser,
  badgeId: id,
  steps: array(step),
  optionalNeeded: (v, p) => optional(number)(v, p) ?? 0,
  language: (v, p) => optional(string)(v, p) ?? '',
});

const playlistPage = page(playlist);
const playlistBatch = batch(playlist);

export const decodePlaylists = {
  playlist: (body: unknown) => playlist(body, 'playlist'),
  page: (body: unknown) => playlistPage(body, 'page'),
  batch: (body: unknown) => playlistBatch(body, 'batch'),
};
