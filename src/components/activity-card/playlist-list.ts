import { html, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Playlist } from '../../api/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { ResourceController } from '../../internal/resource-controller.js';
import { readPlaylistList } from '../../repository/playlists.js';
import type { Repository } from '../../repository/repository.js';
import { ReloadWhenOnline, errorNotice } from '../shared/resource-states.js';

/**
 * The learning paths that include an activity, for the full `activity-card`: loaded (code and
 * data) only once the visitor opens the list, so cards that nobody opens cost nothing more.
 */
export class PlaylistList {
  readonly playlists;

  constructor(
    host: ReactiveControllerHost,
    /** The activity, the repository and the cache TTL the card reads with. */
    args: () => readonly [string, Repository | undefined, number],
    private readonly localize: LocalizeController,
  ) {
    this.playlists = new ResourceController(host, {
      args,
      read: ([id, repository, ttl], signal) => (id && repository ? readPlaylistList(repository, { activity: id }, ttl, signal) : undefined),
    });
    new ReloadWhenOnline(host, () => [this.playlists]);
    host.requestUpdate();
  }

  /** The list, shown while `open`; each name links through `href` (a template with `{playlistId}`) when there is one. */
  render(open: boolean, href: string | undefined) {
    const { status, value, error } = this.playlists;
    const link = (playlist: Playlist) =>
      href ? html`<a href=${href.replaceAll('{playlistId}', encodeURIComponent(playlist.id))}>${playlist.name}</a>` : playlist.name;
    return html`<div part="playlist-list" ?hidden=${!open} aria-busy=${status === 'loading' ? 'true' : 'false'}>
      ${status === 'error'
        ? errorNotice(this.localize, error, 'playlistsLoadError', () => this.playlists.reload())
        : status !== 'complete'
          ? html`<span class="skeleton line"></span><span class="sr-only">${this.localize.term('loading')}</span>`
          : html`<ul>
              ${(value?.items ?? []).map(
                (playlist) => html`<li part="playlist" lang=${ifDefined(playlist.language || undefined)}>${link(playlist)}</li>`,
              )}
            </ul>`}
    </div>`;
  }
}
