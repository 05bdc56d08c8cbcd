// What a newcomer sees after `npm start`: the demo's first page, served with the reference API
// and the built drop-in bundle on one port, shows the Vilnius activity fetched from the API.
// Runs after `npm run build` (npm test builds first).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../server/main.js';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

let server;
let browser;
let origin;

before(async () => {
  assert.ok(existsSync('dist/cdn/learning-city-widgets.js'), 'dist/ is missing: run `npm run build` first');
  server = await startServer({ port: 0, dbPath: ':memory:' });
  origin = `http://localhost:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the first page shows the Vilnius activity from the API, without console errors', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  await page.goto(`${origin}/`);
  const title = page.locator('activity-card [part="title"]');
  await title.waitFor();
  assert.equal((await title.textContent()).trim(), '21st-century skills strategies for Cities of Learning');
  assert.match(await page.locator('activity-card [part="when"]').first().textContent(), /May 17, 2022/);
  assert.deepEqual(errors, []);
  await page.close();
});
