// What a newcomer sees after `npm start`: the demo's first page, served with the reference API
// and the built drop-in bundle on one port, shows the Vilnius activity fetched from the API, in
// each engine. Runs after `npm run build` (npm test builds first).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { before, test } from 'node:test';
import { forEachEngine } from './helpers.js';

before(() => assert.ok(existsSync('dist/cdn/learning-city-widgets.js'), 'dist/ is missing: run `npm run build` first'));

forEachEngine({}, (demo) => {
  test('the first page shows the Vilnius activity from the API, without console errors', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.origin}/`);
    const title = 'activity-card >>> [part="title"]';
    await page.waitForElement(title);
    assert.equal((await page.text(title)).trim(), '21st-century skills strategies for Cities of Learning');
    assert.match(await page.text('activity-card >>> [part="when"]'), /May 17, 2022/);
    // Every request the page made succeeded (a failed one is a problem, in every engine).
    await page.settle();
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
});
