// What a newcomer sees after `npm start`: the demo's first page, served with the reference API
// and the built drop-in bundle on one port, shows the Vilnius activity fetched from the API.
// Runs after `npm run build` (npm test builds first).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startDemo, watchProblems } from './helpers.js';

let demo;
let browser;
let origin;

before(async () => {
  assert.ok(existsSync('dist/cdn/learning-city-widgets.js'), 'dist/ is missing: run `npm run build` first');
  demo = await startDemo();
  ({ browser, origin } = demo);
});

after(() => demo?.close());

test('the first page shows the Vilnius activity from the API, without console errors', async () => {
  const page = await browser.newPage();
  const errors = await watchProblems(page);
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  await page.goto(`${origin}/`);
  const title = page.locator('activity-card [part="title"]');
  await title.waitFor();
  assert.equal((await title.textContent()).trim(), '21st-century skills strategies for Cities of Learning');
  assert.match(await page.locator('activity-card [part="when"]').first().textContent(), /May 17, 2022/);
  assert.deepEqual(errors, []);
  await page.close();
});
