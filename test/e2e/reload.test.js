// A queued claim through real page reloads, as `npm start` serves the demo: the badge API is
// unreachable when the visitor sends the claim, the page is reloaded while it still is, and once
// the API answers again the next page load delivers the claim, exactly once (counted at the
// server). The data layer's suites simulate reloads with fresh connections; this one drives them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDemo } from './helpers.js';

let demo;
let browser;
let origin;

before(async () => {
  demo = await startDemo({ server: { testControls: true } });
  ({ browser, origin } = demo);
});

after(() => demo?.close());

const claimsAtServer = async () => (await (await fetch(`${origin}/api/__test/stats`)).json()).claims;

test('a claim queued while the API is unreachable survives reloads and is delivered once', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/strict.html`);
  const claim = page.locator('badge-claim');
  await claim.getByRole('button', { name: 'Claim this badge' }).click();
  await claim.locator('#name').fill('Ona Jonaitė');
  await claim.locator('#email').fill('ona@example.org');
  await claim.locator('#consent').check();
  await claim.getByRole('button', { name: 'Next' }).click();
  await claim.locator('#code').fill('GNLC-FUTURE');
  for (const answer of await claim.locator('textarea').all()) await answer.fill('Libraries teach digital skills to every age.');
  await claim.getByRole('button', { name: 'Next' }).click();

  // The API goes away: every request to it fails as a refused connection would.
  await context.route('**/api/**', (route) => route.abort('connectionrefused'));
  await claim.getByRole('button', { name: 'Send my claim' }).click();
  // The client retries a refused connection before it gives up and keeps the claim.
  await claim.getByText('Saved on this device').first().waitFor({ timeout: 30_000 });
  assert.equal(await claimsAtServer(), 0);

  await page.goto(`${origin}/my-badges.html`);
  await page.locator('my-badges').getByText('Waiting to be sent').waitFor({ timeout: 10_000 });
  await page.reload();
  await page.locator('my-badges').getByText('Waiting to be sent').waitFor({ timeout: 10_000 });
  assert.equal(await claimsAtServer(), 0);

  // The API is back: the next page load sends the claim.
  await context.unroute('**/api/**');
  await page.reload();
  await page.locator('my-badges').getByText('Issued').waitFor({ timeout: 15_000 });
  await page.reload();
  await page.locator('my-badges').getByText('Issued').waitFor({ timeout: 10_000 });
  assert.equal(await claimsAtServer(), 1);
  await context.close();
});
