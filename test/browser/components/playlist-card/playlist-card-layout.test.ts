// <playlist-card> keeps one height from the drop-in's stylesheet (before the element is defined),
// through its skeleton and the path, to the path with its steps' activities, so that the page below
// does not move while they arrive. Checked with the layout shifts Chromium reports, and in every
// engine by the text below it.
import '../../../../src/components/playlist-card/playlist-card.js';
import type { PlaylistCard } from '../../../../src/components/playlist-card/playlist-card.js';
import { kitStore } from '../../../../src/store/store.js';
import { setViewport } from '../../helpers/browser.js';
import { expectSteadyLoad, stylesheetHeight } from '../../helpers/layout.js';
import { API, resetServer } from '../../helpers/server.js';

describe('playlist-card reserves its size', () => {
  before(() => setViewport({ width: 1000, height: 1600 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
  });

  // Card widths: a small phone, the demo page on a 412px phone, a desktop column.
  for (const width of [300, 348, 768]) {
    for (const lang of ['en', 'fr']) {
      it(`${width}px wide, in ${lang}: the stylesheet's size is the skeleton's and the loaded path's, and nothing below moves`, async () => {
        // A page without the kit's script: the element stays undefined, styled by the stylesheet alone.
        const undefinedHeight = await stylesheetHeight(
          `<playlist-card playlist-id="city-strategist"><a href="/events">Learning activities</a></playlist-card>`,
          width,
        );

        const element = document.createElement('playlist-card') as PlaylistCard;
        element.setAttribute('api', API);
        element.setAttribute('lang', lang);
        element.playlistId = 'city-strategist';
        await expectSteadyLoad(element, {
          width,
          reserved: undefinedHeight,
          loaded: () => element.shadowRoot!.querySelectorAll('[part="step-details"]').length === 4,
          what: 'the path and its steps’ activities did not arrive',
        });
      });
    }
  }
});
