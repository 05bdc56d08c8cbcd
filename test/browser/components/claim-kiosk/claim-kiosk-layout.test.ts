// <claim-kiosk> keeps one height from the drop-in's stylesheet (before the element is defined),
// through its placeholder while the first code is fetched, to the code, so that the page below
// does not move. Its QR code and code follow the viewport (vmin): the stylesheet's frame has the
// page's viewport. Checked with the layout shifts Chromium reports, and in every engine by the
// text below it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/components/claim-kiosk/claim-kiosk.js';
import type { ClaimKiosk } from '../../../../src/components/claim-kiosk/claim-kiosk.js';
import { setViewport } from '../../helpers/browser.js';
import { part } from '../../helpers/components.js';
import { nextFrames, recordShifts } from '../../helpers/layout.js';
import { API, ORGANISER_TOKEN, resetServer } from '../../helpers/server.js';

// Each line keeps one line's room, and the heading one: on a phone, a heading or count that takes
// two lines in a longer language (Lithuanian, Finnish) grows the kiosk once.
const VIEWPORTS = {
  phone: { width: 412, height: 823, element: 348, langs: ['en'] },
  desktop: { width: 1280, height: 900, element: 768, langs: ['en', 'fi'] },
};

describe('claim-kiosk reserves its size', () => {
  beforeEach(() => resetServer());
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [name, { width, height, element: size, langs }] of Object.entries(VIEWPORTS)) {
    for (const lang of langs) {
      it(`on a ${name}, in ${lang}: the stylesheet's size is the placeholder's and the code's, and nothing below moves`, async () => {
        await setViewport({ width, height });
        // A page without the kit's script, with the page's viewport as the browser gave it (a
        // window may not get as narrow as asked): the element stays undefined.
        const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: ${innerWidth}px; height: ${innerHeight}px; border: 0"></iframe>`);
        frame.srcdoc = `<!doctype html><link rel="stylesheet" href="${location.origin}/src/cdn.css"><body style="margin:0">
          <claim-kiosk style="width: ${size}px"><p>The kiosk needs JavaScript.</p></claim-kiosk>`;
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        const undefinedHeight = frame.contentDocument!.querySelector('claim-kiosk')!.getBoundingClientRect().height;
        frame.remove();

        const page = await fixture<HTMLElement>(html`<main style="width: ${size}px">
          <p>Show this on a tablet or projector at the event.</p>
          <p id="after">City of Vilnius (demo)</p>
        </main>`);
        const after = page.querySelector('#after')!;
        const element = document.createElement('claim-kiosk') as ClaimKiosk;
        element.setAttribute('api', API);
        element.setAttribute('lang', lang);
        element.setAttribute('token', ORGANISER_TOKEN);
        element.badgeId = 'strategist-2022';
        page.insertBefore(element, after);
        await element.updateComplete;
        expect(part(element, 'base')!.getAttribute('aria-busy')).to.equal('true');
        expect(part(element, 'skeleton'), 'no placeholder').to.exist;
        expect(element.getBoundingClientRect().height).to.be.closeTo(undefinedHeight, 0.5);
        const shifts = recordShifts();
        const top = after.getBoundingClientRect().top;
        // The skeleton is checked while the content is on its way.
        await expect(element).to.be.accessible();
        await waitUntil(() => part(element, 'base')!.getAttribute('aria-busy') === 'false' && part(element, 'code'), 'no code', { timeout: 8000 });
        await nextFrames();
        shifts.stop();
        expect(element.getBoundingClientRect().height).to.be.closeTo(undefinedHeight, 0.5);
        expect(after.getBoundingClientRect().top).to.equal(top);
        expect(shifts.total()).to.equal(0);
        await expect(element).to.be.accessible();
      });
    }
  }
});
