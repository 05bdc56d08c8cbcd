// <my-badges> on a first visit: from the drop-in's stylesheet (before the element is defined), to
// its frame while the device's claims are read, to "no badges yet", the page below does not move.
// Checked with the layout shifts Chromium reports, and in every engine by the text below it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '../../helpers/browser.js';
import '../../../../src/components/my-badges/my-badges.js';
import type { MyBadges } from '../../../../src/components/my-badges/my-badges.js';
import { kitStore } from '../../../../src/store/store.js';
import { part } from '../../helpers/components.js';
import { nextFrames, recordShifts, stylesheetHeight } from '../../helpers/layout.js';
import { API, resetServer } from '../../helpers/server.js';

describe('my-badges reserves its size', () => {
  before(() => setViewport({ width: 1000, height: 1600 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
  });

  for (const width of [320, 360, 900]) {
    for (const lang of ['en', 'uk']) {
      it(`${width}px wide, in ${lang}: the same height from reading the device to "no badges yet"; the stylesheet reserves it before`, async () => {
        // A page without the kit's script: the element stays undefined, styled by the stylesheet alone.
        const undefinedHeight = await stylesheetHeight(`<my-badges></my-badges>`, width);

        const page = await fixture<HTMLElement>(html`<main style="width: ${width}px">
          <p>Your badges, kept on this device.</p>
          <p id="after">Claim a badge at the next event.</p>
        </main>`);
        const after = page.querySelector('#after')!;
        const element = document.createElement('my-badges') as MyBadges;
        element.setAttribute('api', API);
        element.setAttribute('lang', lang);
        page.insertBefore(element, after);
        await element.updateComplete;
        // The device's claims are read from IndexedDB: the first render is the frame that waits for them.
        expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('true');
        expect(element.getBoundingClientRect().height).to.be.closeTo(undefinedHeight, 0.5);
        const shifts = recordShifts();
        const top = after.getBoundingClientRect().top;
        await waitUntil(() => part(element, 'base')!.getAttribute('aria-busy') === 'false', 'the device was not read');
        await nextFrames();
        shifts.stop();
        expect(element.shadowRoot!.querySelector('p.muted'), 'no "no badges yet"').to.exist;
        expect(after.getBoundingClientRect().top).to.equal(top);
        expect(shifts.total()).to.equal(0);
      });
    }
  }
});
