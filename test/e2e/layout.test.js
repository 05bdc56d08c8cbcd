// The demo pages whose content arrives after they are shown keep its room, so that nothing on
// them moves: the card a page adds after loading (late.html), the visitor's badges read from the
// device (my-badges.html), the badge check's form (verify.html), a poster's activity read from
// the API (poster.html), at phone and desktop widths. Chromium reports every layout shift since
// the page started loading (the Layout Instability API, buffered), which must add up to 0; in
// every engine, what follows the late content must be where it was when the page had loaded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachEngine } from './helpers.js';

/** Each page: what follows its late content, and when that content has arrived (true: a node would not come back from WebDriver). */
const PAGES = {
  'late.html': {
    below: '#add-badge',
    arrived: () => !!document.querySelector('activity-card')?.shadowRoot?.querySelector('[part~="badge"] strong'),
  },
  'my-badges.html': {
    below: '.site-footer',
    arrived: () => !!document.querySelector('my-badges')?.shadowRoot?.querySelector('[part="base"][aria-busy="false"] p.muted'),
  },
  'verify.html': {
    below: '.site-footer',
    arrived: () => !!document.querySelector('badge-verify')?.shadowRoot?.querySelector('[part="submit"]'),
  },
  'playlist.html': {
    below: '.site-footer',
    arrived: () => !!document.querySelector('playlist-card')?.shadowRoot?.querySelector('[part="base"][aria-busy="false"] [part="step-details"]'),
  },
  'organiser.html': {
    below: '.site-footer',
    arrived: () =>
      !!document.querySelector('claim-review')?.shadowRoot?.querySelector('[part="base"][aria-busy="false"] [part="counts"]') &&
      !!document.querySelector('claim-kiosk')?.shadowRoot?.querySelector('[part="base"][aria-busy="false"] [part="code"]'),
  },
  'poster.html?activity=13965&code=VILNIUS-2022': {
    below: '#qr',
    arrived: () => document.getElementById('when').textContent !== '' && document.getElementById('link').textContent !== '',
  },
  'configurator.html': {
    below: '#snippet-title',
    arrived: () =>
      document.body.hasAttribute('data-ready') &&
      !!document.querySelector('#preview activity-card')?.shadowRoot?.querySelector('[part~="description"]'),
  },
};
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

/** In the page: the layout shifts reported since it started loading, added up as CLS counts them (null where none are reported). */
const reportedShifts = () =>
  new Promise((resolve) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) return resolve(null);
    let total = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    // The buffered entries come in the observer's first callback, before this timer.
    setTimeout(() => {
      observer.disconnect();
      resolve(total);
    }, 200);
  });

forEachEngine({}, (demo, engine) => {
  for (const [path, { below, arrived }] of Object.entries(PAGES)) {
    test(`demo ${path}: nothing moves while its content arrives`, async () => {
      for (const [name, viewport] of Object.entries(WIDTHS)) {
        const page = await demo.browser.newPage({ viewport });
        try {
          await page.goto(`${demo.origin}/${path}`);
          const top = await page.evaluateOn(below, (el) => el.getBoundingClientRect().top);
          await page.waitFor(arrived, null, { message: `${path}'s content at ${name} width` });
          await page.settle();
          assert.equal(await page.evaluateOn(below, (el) => el.getBoundingClientRect().top), top, `${below} moved at ${name} width`);
          const shifts = await page.evaluate(reportedShifts);
          if (engine === 'chromium') assert.equal(shifts, 0, `layout shifts at ${name} width`);
        } finally {
          await page.close();
        }
      }
    });
  }
});
