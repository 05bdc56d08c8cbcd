// <claim-review> keeps one height from the drop-in's stylesheet (before the element is defined),
// through the queue loading, to an empty queue in the organiser's language, so that the page below
// does not move. Checked with the layout shifts Chromium reports, and in every engine by the text
// below it.
import { expect } from '@open-wc/testing';
import '../../../../src/components/claim-review/claim-review.js';
import type { ClaimReview } from '../../../../src/components/claim-review/claim-review.js';
import { part } from '../../helpers/components.js';
import { expectSteadyLoad, stylesheetHeight } from '../../helpers/layout.js';
import { API, ORGANISER_TOKEN, resetServer } from '../../helpers/server.js';

describe('claim-review reserves its size', () => {
  beforeEach(() => resetServer());

  // The filters stacked (a phone), and in one row (from 36rem).
  for (const width of [348, 768]) {
    for (const lang of ['en', 'fi']) {
      it(`${width}px wide, in ${lang}: the stylesheet's size is the loading queue's and the empty queue's, and nothing below moves`, async () => {
        // A page without the kit's script: the element stays undefined, styled by the stylesheet alone.
        const undefinedHeight = await stylesheetHeight(`<claim-review><p>The review queue needs JavaScript.</p></claim-review>`, width);

        const element = document.createElement('claim-review') as ClaimReview;
        element.setAttribute('api', API);
        element.setAttribute('lang', lang);
        element.setAttribute('token', ORGANISER_TOKEN);
        // An activity without claims waiting: the queue is empty.
        element.setAttribute('activity-id', '14210');
        await expectSteadyLoad(element, {
          width,
          reserved: undefinedHeight,
          loaded: () => part(element, 'counts'),
          what: 'the queue did not load',
        });
        expect(part(element, 'counts')!.textContent).to.match(/0/);
      });
    }
  }
});
