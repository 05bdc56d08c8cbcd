// <claim-kiosk> keeps one height from the drop-in's stylesheet (before the element is defined),
// through its placeholder while the first code is fetched, to the code, so that the page below
// does not move. Its QR code and code follow the viewport (vmin): the stylesheet's frame has the
// page's viewport. Checked with the layout shifts Chromium reports, and in every engine by the
// text below it. Each viewport has a test file (a page) of its own: WebKit keeps the vmin sizes of
// the first viewport for elements styled like earlier ones after the window is resized.
import '../../../../src/components/claim-kiosk/claim-kiosk.js';
import type { ClaimKiosk } from '../../../../src/components/claim-kiosk/claim-kiosk.js';
import { setViewport } from '../../helpers/browser.js';
import { part } from '../../helpers/components.js';
import { expectSteadyLoad, stylesheetHeight } from '../../helpers/layout.js';
import { API, ORGANISER_TOKEN, resetServer } from '../../helpers/server.js';

// Each line keeps one line's room, and the heading one: on a phone, a heading or count that takes
// two lines in a longer language (Lithuanian, Finnish) grows the kiosk once.
const VIEWPORTS = {
  phone: { width: 412, height: 823, element: 348, langs: ['en'] },
  desktop: { width: 1280, height: 900, element: 768, langs: ['en', 'fi'] },
};

export function kioskReservesItsSize(name: keyof typeof VIEWPORTS): void {
  const { width, height, element: size, langs } = VIEWPORTS[name];
  describe(`claim-kiosk reserves its size on a ${name}`, () => {
    before(() => setViewport({ width, height }));
    beforeEach(() => resetServer());
    after(() => setViewport({ width: 800, height: 600 }));

    for (const lang of langs) {
      it(`in ${lang}: the stylesheet's size is the placeholder's and the code's, and nothing below moves`, async () => {
        // A page without the kit's script (the element stays undefined), with the page's viewport as
        // the browser gave it (a window may not get as narrow as asked).
        const undefinedHeight = await stylesheetHeight(
          `<claim-kiosk style="width: ${size}px"><p>The kiosk needs JavaScript.</p></claim-kiosk>`,
          innerWidth, innerHeight,
        );

        const element = document.createElement('claim-kiosk') as ClaimKiosk;
        element.setAttribute('api', API);
        element.setAttribute('lang', lang);
        element.setAttribute('token', ORGANISER_TOKEN);
        element.badgeId = 'strategist-2022';
        await expectSteadyLoad(element, {
          width: size,
          reserved: undefinedHeight,
          loaded: () => part(element, 'code'),
          what: 'no code',
        });
      });
    }
  });
}
