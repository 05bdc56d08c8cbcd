// Every page of the demo municipal site, as `npm start` serves it, in Chromium, Firefox and
// WebKit: the widgets render, nothing is logged as an error, no request fails, no
// Content-Security-Policy is violated (the strict page is served with one), and screenshots at
// phone and desktop widths are kept for review (screenshots/<engine>-<page>-<width>.png).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { before, test } from 'node:test';
import { forEachEngine, launch } from './helpers.js';

const PAGES = {
  'index.html': ['activity-card'],
  'events.html': ['activity-list'],
  'activity.html?id=13965': ['activity-card', 'playlist-card', 'badge-claim'],
  'playlist.html': ['playlist-card'],
  'my-badges.html': ['my-badges'],
  'lt.html': ['activity-card', 'badge-card'],
  'late.html': ['activity-card'],
  'strict.html': ['activity-card', 'badge-claim'],
  'privacy.html': [],
  'configurator.html': ['activity-card'],
  'poster.html?activity=13965&code=VILNIUS-2022': [],
  'verify.html': ['badge-verify'],
  'organiser.html': ['claim-review', 'claim-kiosk'],
};
// MiniBrowser's window is at least 447 px wide, so WebKit's phone screenshots are that wide.
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

before(() => mkdirSync('screenshots', { recursive: true }));

/** In the page: every element `tag` has rendered its content. */
const rendered = (tag) => {
  const found = [...document.querySelectorAll(tag)];
  return found.length > 0 && found.every((el) => el.shadowRoot?.querySelector('[part="base"] *, [part="title"]'));
};

forEachEngine({}, (demo, engine) => {
  for (const [path, tags] of Object.entries(PAGES)) {
    test(`demo ${path}: widgets render with no error and no CSP violation`, async () => {
      for (const [name, viewport] of Object.entries(WIDTHS)) {
        const page = await demo.browser.newPage({ viewport });
        await page.goto(`${demo.origin}/${path}`);
        for (const tag of tags) await page.waitFor(rendered, tag, { message: `${tag} to render` });
        await page.settle();
        await page.screenshot(`screenshots/${engine}-${path.replace(/\W+/g, '-')}-${name}.png`, { fullPage: true });
        assert.deepEqual(await page.problems(), [], `${path} at ${name} width`);
        await page.close();
      }
    });
  }

  test('the poster’s QR code leads to the claim with the code filled in', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.origin}/poster.html?activity=13965&code=VILNIUS-2022`);
    await page.waitFor(() => document.getElementById('qr').complete && document.getElementById('qr').naturalWidth > 0);
    assert.match(await page.text('h1'), /21st-century skills strategies/);
    const qr = new URL(await page.attribute('#qr', 'src'), demo.origin);
    const claimUrl = qr.searchParams.get('text');
    assert.equal(claimUrl, `${demo.origin}/activity.html?id=13965&code=VILNIUS-2022#claim`);

    await page.goto(claimUrl);
    await page.click('badge-claim >>> button.primary');
    await page.fill('badge-claim >>> #name', 'Rūta');
    await page.fill('badge-claim >>> #email', 'ruta@example.org');
    await page.check('badge-claim >>> #consent');
    await page.click('badge-claim >>> button.primary');
    await page.waitForElement('badge-claim >>> #code');
    assert.equal(await page.value('badge-claim >>> #code'), 'VILNIUS-2022');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test(
    'forced-colors mode (Windows high contrast): buttons keep a visible outline',
    { skip: engine === 'webkit' && 'WebKit has no forced-colors mode to turn on' },
    async () => {
      // A browser of its own: Chromium emulates the mode, Firefox turns on its high-contrast colours.
      const browser = await launch(engine, { forcedColors: true });
      try {
        const page = await browser.newPage();
        await page.goto(`${demo.origin}/activity.html?id=13965`);
        const style = await page.evaluateOn('activity-card >>> [part~="claim"]', (el) => {
          const { borderTopStyle, borderTopColor, backgroundColor } = getComputedStyle(el);
          return { forced: matchMedia('(forced-colors: active)').matches, borderTopStyle, outlined: borderTopColor !== backgroundColor };
        });
        assert.deepEqual(style, { forced: true, borderTopStyle: 'solid', outlined: true });
        await page.close();
      } finally {
        await browser.close();
      }
    },
  );
});
