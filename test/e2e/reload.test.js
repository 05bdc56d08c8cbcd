// A queued claim through real page reloads, as `npm start` serves the demo, in each engine: the
// badge API is unreachable when the visitor sends the claim, the page is reloaded while it still
// is, and once the API answers again the next page load delivers the claim, exactly once (counted
// at the server). The data layer's suites simulate reloads with fresh connections; this one drives
// them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { button, forEachEngine, startClaim } from './helpers.js';

forEachEngine({ server: { testControls: true } }, (demo) => {
  const claimsAtServer = async () => (await (await fetch(`${demo.origin}/api/__test/stats`)).json()).claims;

  test('a claim queued while the API is unreachable survives reloads and is delivered once', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.origin}/strict.html`);
    await startClaim(page, 'badge-claim', { name: 'Ona Jonaitė', email: 'ona@example.org' });
    await page.fill('badge-claim >>> #code', 'GNLC-FUTURE');
    const ids = await page.evaluate(() =>
      [...document.querySelector('badge-claim').shadowRoot.querySelectorAll('textarea')].map((el) => el.id),
    );
    assert.ok(ids.length > 0, 'the badge asks for written answers');
    for (const id of ids) await page.fill(`badge-claim >>> #${id}`, 'Libraries teach digital skills to every age.');
    await page.click(button('badge-claim', 'Next'));

    // The API goes away: every request to it fails as a refused connection would.
    await page.block(/\/api\//);
    await page.click(button('badge-claim', 'Send my claim'));
    // The client retries a refused connection before it gives up and keeps the claim.
    await page.waitForElement({ css: 'badge-claim >>> *', text: 'Saved on this device' }, { timeout: 30_000 });
    assert.equal(await claimsAtServer(), 0);

    const waiting = { css: 'my-badges >>> *', text: 'Waiting to be sent' };
    await page.goto(`${demo.origin}/my-badges.html`);
    await page.waitForElement(waiting);
    await page.reload();
    await page.waitForElement(waiting);
    assert.equal(await claimsAtServer(), 0);

    // The API is back: the next page load sends the claim.
    await page.unblock();
    await page.reload();
    const issued = { css: 'my-badges >>> *', text: 'Issued' };
    await page.waitForElement(issued, { timeout: 15_000 });
    await page.reload();
    await page.waitForElement(issued);
    assert.equal(await claimsAtServer(), 1);
    await page.close();
  });
});
