// <badge-verify> keeps one height from the drop-in's stylesheet (before the element is defined)
// to its form in the visitor's language, so that the page below does not move when it appears.
// Checked with the layout shifts Chromium reports, and in every engine by the text below it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/components/badge-verify/badge-verify.js';
import type { BadgeVerify } from '../../../../src/components/badge-verify/badge-verify.js';
import { part } from '../../helpers/components.js';
import { nextFrames, recordShifts, stylesheetHeight } from '../../helpers/layout.js';

describe('badge-verify reserves its size', () => {
  for (const width of [320, 700]) {
    for (const lang of ['en', 'fi']) {
      it(`${width}px wide, in ${lang}: the stylesheet's size is the element's, and nothing below moves`, async () => {
        // A page without the kit's script: the element stays undefined, styled by the stylesheet alone.
        const undefinedHeight = await stylesheetHeight(`<badge-verify><p>Checking badges needs JavaScript.</p></badge-verify>`, width);

        const page = await fixture<HTMLElement>(html`<main style="width: ${width}px">
          <p>Someone showed you a badge?</p>
          <p id="after">Nothing you check is stored.</p>
        </main>`);
        const after = page.querySelector('#after')!;
        const element = document.createElement('badge-verify') as BadgeVerify;
        element.lang = lang;
        page.insertBefore(element, after);
        await element.updateComplete;
        await nextFrames();
        const shifts = recordShifts();
        const top = after.getBoundingClientRect().top;
        // The form in the visitor's language (its words load with the element).
        await waitUntil(() => lang === 'en' || part(element, 'submit')?.textContent?.trim() === 'Tarkista merkki', 'no Finnish form');
        await nextFrames();
        shifts.stop();
        expect(element.getBoundingClientRect().height).to.be.closeTo(undefinedHeight, 0.5);
        expect(after.getBoundingClientRect().top).to.equal(top);
        expect(shifts.total()).to.equal(0);
      });
    }
  }
});
