// Every page of the demo municipal site, as `npm start` serves it, in Chromium: the widgets
// render, nothing is logged as an error, no Content-Security-Policy is violated (the strict page
// is served with one), and screenshots at phone and desktop widths are kept for review.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startDemo, watchProblems } from './helpers.js';

const PAGES = {
  'index.html': ['activity-card'],
  'events.html': ['activity-list'],
  'activity.html?id=13965': ['activity-card', 'badge-claim'],
  'my-badges.html': ['my-badges'],
  'lt.html': ['activity-card', 'badge-card'],
  'late.html': ['activity-card'],
  'strict.html': ['activity-card', 'badge-claim'],
  'privacy.html': [],
  'configurator.html': ['activity-card'],
  'poster.html?activity=13965&code=VILNIUS-2022': [],
};
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

let demo;
let browser;
let origin;

before(async () => {
  demo = await startDemo();
  ({ browser, origin } = demo);
  mkdirSync('screenshots', { recursive: true });
});

after(() => demo?.close());

for (const [path, tags] of Object.entries(PAGES)) {
  test(`demo ${path}: widgets render with no error and no CSP violation`, async () => {
    for (const [name, viewport] of Object.entries(WIDTHS)) {
      const page = await browser.newPage({ viewport });
      const problems = await watchProblems(page);
      await page.goto(`${origin}/${path}`);
      for (const tag of tags) {
        await page.waitForFunction(
          (t) => {
            const found = [...document.querySelectorAll(t)];
            return found.length > 0 && found.every((el) => el.shadowRoot?.querySelector('[part="base"] *, [part="title"]'));
          },
          tag,
          { timeout: 10_000 },
        );
      }
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `screenshots/${path.replace(/\W+/g, '-')}-${name}.png`, fullPage: true });
      assert.deepEqual(problems, [], `${path} at ${name} width`);
      await page.close();
    }
  });
}

test('the poster’s QR code leads to the claim with the code filled in', async () => {
  const page = await browser.newPage();
  await page.goto(`${origin}/poster.html?activity=13965&code=VILNIUS-2022`);
  await page.waitForFunction(() => document.getElementById('qr').complete && document.getElementById('qr').naturalWidth > 0);
  assert.match(await page.locator('h1').textContent(), /21st-century skills strategies/);
  const qr = new URL(await page.locator('#qr').getAttribute('src'), origin);
  const claimUrl = qr.searchParams.get('text');
  assert.equal(claimUrl, `${origin}/activity.html?id=13965&code=VILNIUS-2022#claim`);

  await page.goto(claimUrl);
  await page.locator('badge-claim button.primary').click();
  await page.locator('badge-claim #name').fill('Rūta');
  await page.locator('badge-claim #email').fill('ruta@example.org');
  await page.locator('badge-claim #consent').check();
  await page.locator('badge-claim button.primary').click();
  assert.equal(await page.locator('badge-claim #code').inputValue(), 'VILNIUS-2022');
  await page.close();
});

test('forced-colors mode (Windows high contrast): buttons keep a visible outline', async () => {
  const page = await browser.newPage();
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${origin}/activity.html?id=13965`);
  const claim = await page.waitForFunction(() => document.querySelector('activity-card')?.shadowRoot?.querySelector('[part~="claim"]'));
  const style = await claim.evaluate((el) => {
    const { borderTopStyle, borderTopColor, backgroundColor } = getComputedStyle(el);
    return { forced: matchMedia('(forced-colors: active)').matches, borderTopStyle, outlined: borderTopColor !== backgroundColor };
  });
  assert.deepEqual(style, { forced: true, borderTopStyle: 'solid', outlined: true });
  await page.close();
});
