// The embed configurator against `npm start`'s server: pick an activity from the live API, a
// language and a colour, then paste the snippet into a blank page of another origin (as a CMS
// page would be): the same widget renders there, its script accepted by its integrity hash.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { startDemo, watchProblems } from './helpers.js';

let demo;
let browser;
let origin;
/** Another site: a blank page of its own origin holding whatever snippet it is given. */
let cms;
let cmsPage = '';

before(async () => {
  demo = await startDemo();
  ({ browser, origin } = demo);
  cms = createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(cmsPage));
  await new Promise((resolve) => cms.listen(0, '127.0.0.1', resolve));
});

after(async () => {
  await demo?.close();
  cms?.close();
});

/** Opens the other site's page with nothing but the snippet in its body. */
async function pasteIntoBlankPage(page, snippet) {
  cmsPage = `<!doctype html><html><head><meta charset="utf-8"><title>CMS page</title></head><body>${snippet}</body></html>`;
  await page.goto(`http://127.0.0.1:${cms.address().port}/page`);
}

const title = (page) =>
  page.waitForFunction(() => document.querySelector('activity-card')?.shadowRoot?.querySelector('[part~="title"]')?.textContent.trim(), null, {
    timeout: 10_000,
  }).then((handle) => handle.jsonValue());

test('the configurator snippet renders the same widget in a blank page', async () => {
  const page = await browser.newPage();
  const problems = await watchProblems(page);
  await page.goto(`${origin}/configurator.html`);
  await page.waitForSelector('body[data-ready]');

  await page.getByLabel('Find an activity').fill('webinar');
  await page.waitForFunction(() => document.querySelector('#activity-count').textContent.includes('for “webinar”'));
  const chosen = await page.locator('#activity-id').evaluate((select) => select.options[0].value);
  await page.locator('#activity-id').selectOption(chosen);
  await page.getByLabel('Language of the widget').selectOption('lt');
  await page.getByLabel('Accent colour (buttons and links)').fill('#00594f');
  await page.getByLabel('Corner radius').fill('2');

  const previewTitle = await title(page);
  const snippet = await page.locator('#snippet').textContent();
  assert.match(snippet, new RegExp(`activity-id="${chosen}"`));
  assert.match(snippet, /lang="lt"/);
  assert.match(snippet, /integrity="sha384-[A-Za-z0-9+/]{64}"/);
  assert.match(snippet, /--lc-color-accent: #00594f/);
  assert.match(await page.locator('#contrast').textContent(), /contrast \d+\.\d:1/);

  const blank = await browser.newPage();
  const blankProblems = await watchProblems(blank);
  await pasteIntoBlankPage(blank, snippet);
  assert.equal(await title(blank), previewTitle);
  const rendered = await blank.evaluate(() => {
    const card = document.querySelector('activity-card').shadowRoot;
    return {
      lang: card.querySelector('[part~="base"]').lang,
      claim: getComputedStyle(card.querySelector('[part~="claim"]')).backgroundColor,
      radius: getComputedStyle(card.querySelector('[part~="base"]')).borderTopLeftRadius,
    };
  });
  assert.deepEqual(rendered, { lang: 'lt', claim: 'rgb(0, 89, 79)', radius: '2px' });
  assert.deepEqual([...problems, ...blankProblems], []);
});

test('a snippet whose bundle has changed is refused by the integrity check', async () => {
  const page = await browser.newPage();
  await page.goto(`${origin}/configurator.html`);
  await page.waitForSelector('body[data-ready]');
  await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('integrity'));
  const snippet = (await page.locator('#snippet').textContent()).replace(/integrity="sha384-[^"]+"/, `integrity="sha384-${'A'.repeat(64)}"`);
  const blank = await browser.newPage();
  const refused = [];
  blank.on('console', (message) => /integrity/i.test(message.text()) && refused.push(message.text()));
  await pasteIntoBlankPage(blank, snippet);
  await blank.waitForTimeout(500);
  assert.equal(await blank.evaluate(() => customElements.get('activity-card')), undefined);
  assert.ok(refused.length > 0, 'the browser reports the integrity failure');
});
