import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '../../helpers/browser.js';
import '../../../../src/components/activity-card/activity-card.js';
import { kitStore } from '../../../../src/store/store.js';
import { API, injectFault, resetServer } from '../../helpers/server.js';
import { part } from '../../helpers/components.js';
import { nextFrames, recordShifts, stylesheetHeight } from '../../helpers/layout.js';

/** The Vilnius activity: the seed's longest description and seven skills. */
const LONGEST = '13965';
/** No cover image, no end time, a short description. */
const SHORTEST = '14388';

describe('activity-card reserves its size while loading', () => {
  before(() => setViewport({ width: 1000, height: 1600 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(async () => {
    await resetServer();
    await kitStore().clear();
  });

  for (const variant of ['full', 'compact']) {
    for (const width of [360, 640]) {
      for (const id of [LONGEST, SHORTEST]) {
        it(`${variant}, ${width}px wide, activity ${id}: the page text below does not move`, async () => {
          // Slow answers keep the skeleton on screen for a few frames, as on a phone network.
          await injectFault({ method: '*', path: '*', status: 200, delayMs: 300, times: 2 });
          const page = await fixture<HTMLElement>(html`<main style="width: ${width}px">
            <p>City news: the library opens on Sundays from next month.</p>
            <activity-card api=${API} lang="en" variant=${variant} activity-id=${id}></activity-card>
            <p id="after">The summer programme is out.</p>
          </main>`);
          const card = page.querySelector('activity-card')!;
          const after = page.querySelector('#after')!;
          await waitUntil(() => part(card, 'skeleton'), 'no skeleton');
          await nextFrames();
          const shifts = recordShifts();
          const top = after.getBoundingClientRect().top;
          await waitUntil(() => part(card, 'title'), 'the activity did not arrive', { timeout: 5000 });
          await waitUntil(() => variant === 'compact' || part(card, 'badge')?.querySelector('strong'), 'no badge name');
          await nextFrames();
          shifts.stop();
          expect(after.getBoundingClientRect().top).to.equal(top);
          expect(shifts.total()).to.equal(0);
        });
      }
    }
  }

  it('"Read more" shows the whole clamped description, and only when it is clamped', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 640px">
      <activity-card api=${API} lang="en" activity-id=${LONGEST}></activity-card>
      <activity-card api=${API} lang="en" activity-id=${SHORTEST}></activity-card>
    </div>`);
    const [long, short] = [...page.querySelectorAll('activity-card')];
    await waitUntil(() => part(long!, 'description') && part(short!, 'description'));
    const toggle = part<HTMLButtonElement>(long!, 'description-toggle')!;
    await waitUntil(() => getComputedStyle(toggle).visibility === 'visible', 'no "Read more" for a clamped description');
    expect(getComputedStyle(part(short!, 'description-toggle')!).visibility).to.equal('hidden');

    const description = part(long!, 'description')!;
    const clamped = description.getBoundingClientRect().height;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true');
    expect(description.getBoundingClientRect().height).to.be.greaterThan(clamped);
    expect(description.scrollHeight).to.equal(description.clientHeight);
    expect(toggle.textContent!.trim()).to.equal('Show less');
  });

  it('the stylesheet for the drop-in reserves the same size before the script has run', async () => {
    for (const [variant, width] of [['full', 360], ['full', 640], ['compact', 640]] as const) {
      // A page without the kit's script: the element stays undefined, styled by the stylesheet alone.
      const undefinedHeight = await stylesheetHeight(
        `<activity-card variant="${variant}"><a href="/activity/13965">21st-century skills strategies</a></activity-card>`,
        width,
      );

      await kitStore().clear();
      await injectFault({ method: '*', path: '*', status: 200, delayMs: 500, times: 1 });
      const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px">
        <activity-card api=${API} lang="en" variant=${variant} activity-id=${LONGEST}></activity-card>
      </div>`);
      const card = wrapper.firstElementChild!;
      await waitUntil(() => part(card, 'skeleton'));
      expect(undefinedHeight, `${variant} at ${width}px`).to.be.closeTo(card.getBoundingClientRect().height, 0.5);
      await waitUntil(() => part(card, 'title'), 'the activity did not arrive', { timeout: 5000 });
    }
  });
});
