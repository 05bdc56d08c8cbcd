// <claim-review> keeps one height from the drop-in's stylesheet (before the element is defined),
// through the queue loading, to an empty queue in the organiser's language, so that the page below
// does not move. Checked with the layout shifts Chromium reports, and in every engine by the text
// below it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/components/claim-review/claim-review.js';
import type { ClaimReview } from '../../../../src/components/claim-review/claim-review.js';
import { part } from '../../helpers/components.js';
import { nextFrames, recordShifts, stylesheetHeight } from '../../helpers/layout.js';
import { API, ORGANISER_TOKEN, resetServer } from '../../helpers/server.js';

describe('claim-review reserves its size', () => {
  beforeEach(() => resetServer());

  // The filters stacked (a phone), and in one row (from 36rem).
  for (const width of [348, 768]) {
    for (const lang of ['en', 'fi']) {
      it(`${width}px wide, in ${lang}: the stylesheet's size is the loading queue's and the empty queue's, and nothing below moves`, async () => {
        // A page without the kit's script: the element stays undefined, styled by the stylesheet alone.
        const undefinedHeight = await stylesheetHeight(`<claim-review><p>The review queue needs JavaScript.</p></claim-review>`, width);

        const page = await fixture<HTMLElement>(html`<main style="width: ${width}px">
          <p>Claims whose evidence the organiser checks wait here.</p>
          <p id="after">Kiosk for the event</p>
        </main>`);
        const after = page.querySelector('#after')!;
        const element = document.createElement('claim-review') as ClaimReview;
        element.setAttribute('api', API);
        element.setAttribute('lang', lang);
        element.setAttribute('token', ORGANISER_TOKEN);
        // An activity without claims waiting: the queue is empty.
        element.setAttribute('activity-id', '14210');
        page.insertBefore(element, after);
        await element.updateComplete;
        expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('true');
        expect(part(element, 'skeleton'), 'no skeleton').to.exist;
        expect(element.getBoundingClientRect().height).to.be.closeTo(undefinedHeight, 0.5);
        const shifts = recordShifts();
        const top = after.getBoundingClientRect().top;
        // The skeleton is checked while the content is on its way.
        await expect(element).to.be.accessible();
        await waitUntil(() => part(element, 'base')!.getAttribute('aria-busy') === 'false' && part(element, 'counts'), 'the queue did not load', { timeout: 8000 });
        await nextFrames();
        shifts.stop();
        expect(part(element, 'counts')!.textContent).to.match(/0/);
        expect(element.getBoundingClientRect().height).to.be.closeTo(undefinedHeight, 0.5);
        expect(after.getBoundingClientRect().top).to.equal(top);
        expect(shifts.total()).to.equal(0);
        await expect(element).to.be.accessible();
      });
    }
  }
});
