// <playlist-card> keeps one height from the drop-in's stylesheet (before the element is defined),
// through its skeleton and the path, to the path with its steps' activities, so that the page below
// does not move while they arrive. Checked with the layout shifts Chromium reports, and in every
// engine by the text below it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/components/playlist-card/playlist-card.js';
import type { PlaylistCard } from '../../../../src/components/playlist-card/playlist-card.js';
import { kitStore } from '../../../../src/store/store.js';
import { setViewport } from '../../helpers/browser.js';
import { part } from '../../helpers/components.js';
import { nextFrames, recordShifts, stylesheetHeight } from '../../helpers/layout.js';
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

        const page = await fixture<HTMLElement>(html`<main style="width: ${width}px">
          <p>Take the activities of the path in any order.</p>
          <p id="after">City of Vilnius (demo)</p>
        </main>`);
        const after = page.querySelector('#after')!;
        const element = document.createElement('playlist-card') as PlaylistCard;
        element.setAttribute('api', API);
        element.setAttribute('lang', lang);
        element.playlistId = 'city-strategist';
        page.insertBefore(element, after);
        await element.updateComplete;
        expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('true');
        expect(part(element, 'skeleton'), 'no skeleton').to.exist;
        expect(element.getBoundingClientRect().height).to.be.closeTo(undefinedHeight, 0.5);
        const shifts = recordShifts();
        const top = after.getBoundingClientRect().top;
        // The skeleton is checked while the content is on its way.
        await expect(element).to.be.accessible();
        // The path, then its steps' activities (each step's date).
        await waitUntil(() => element.shadowRoot!.querySelectorAll('[part="step-details"]').length === 4, 'the steps’ activities did not arrive', { timeout: 8000 });
        await nextFrames();
        shifts.stop();
        expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('false');
        expect(element.getBoundingClientRect().height).to.be.closeTo(undefinedHeight, 0.5);
        expect(after.getBoundingClientRect().top).to.equal(top);
        expect(shifts.total()).to.equal(0);
        await expect(element).to.be.accessible();
      });
    }
  }
});
