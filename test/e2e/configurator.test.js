// The embed configurator against `npm start`'s server, in each engine: pick an activity from the
// live API, a language and a colour, then paste the snippet into a blank page of another origin
// (as a CMS page would be): the same widget renders there, its script accepted by its integrity
// hash; a snippet whose bundle changed is refused.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { forEachEngine } from './helpers.js';

/** Another site: blank pages of its own origin, each holding the snippet it was given. */
let cms;
const cmsPages = new Map();

before(async () => {
  cms = createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(cmsPages.get(req.url) ?? ''));
  await new Promise((resolve) => cms.listen(0, '127.0.0.1', resolve));
});

after(() => {
  cms?.closeAllConnections();
  cms?.close();
});

/** Opens the other site's page with nothing but the snippet in its body. */
async function pasteIntoBlankPage(page, snippet) {
  const path = `/page/${cmsPages.size}`;
  cmsPages.set(path, `<!doctype html><html><head><meta charset="utf-8"><title>CMS page</title></head><body>${snippet}</body></html>`);
  await page.goto(`http://127.0.0.1:${cms.address().port}${path}`);
}

const TITLE = 'activity-card >>> [part~="title"]';
const title = async (page) => {
  await page.waitFor((selector) => document.querySelector('activity-card')?.shadowRoot?.querySelector(selector)?.textContent.trim(), '[part~="title"]');
  return (await page.text(TITLE)).trim();
};

forEachEngine({}, (demo) => {
  async function configurator() {
    const page = await demo.browser.newPage();
    await page.goto(`${demo.origin}/configurator.html`);
    await page.waitForElement('body[data-ready]', { hidden: true });
    return page;
  }

  test('the configurator snippet renders the same widget in a blank page', async () => {
    const page = await configurator();
    await page.fill('#activity-search', 'webinar');
    await page.waitFor(() => document.querySelector('#activity-count').textContent.includes('for “webinar”'));
    const chosen = await page.evaluateOn('#activity-id', (select) => select.options[0].value);
    await page.setValue('#activity-id', chosen);
    await page.setValue('#lang', 'lt');
    await page.setValue('#accent', '#00594f');
    await page.setValue('#radius', '2');

    const previewTitle = await title(page);
    await page.waitFor(() => document.querySelector('#snippet').textContent.includes('--lc-color-accent: #00594f'));
    const snippet = await page.text('#snippet');
    assert.match(snippet, new RegExp(`activity-id="${chosen}"`));
    assert.match(snippet, /lang="lt"/);
    assert.match(snippet, /integrity="sha384-[A-Za-z0-9+/]{64}"/);
    assert.match(snippet, /--lc-color-accent: #00594f/);
    assert.match(await page.text('#contrast'), /contrast \d+\.\d:1/);

    const blank = await demo.browser.newPage();
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
    assert.deepEqual([...(await page.problems()), ...(await blank.problems())], []);
    await blank.close();
    await page.close();
  });

  test('a snippet whose bundle has changed is refused by the integrity check', async () => {
    const page = await configurator();
    await page.waitFor(() => document.querySelector('#snippet').textContent.includes('integrity'));
    // Both files changed: neither the script's nor the stylesheet's hash matches any more.
    const original = await page.text('#snippet');
    const snippet = original.replace(/integrity="sha384-[^"]+"/g, `integrity="sha384-${'A'.repeat(64)}"`);
    assert.equal(snippet.match(/sha384-A{64}/g)?.length, 2, 'the snippet has a script and a stylesheet, each with its hash');
    await page.close();
    const blank = await demo.browser.newPage();
    await pasteIntoBlankPage(blank, snippet);
    // The engine refuses the script: its element reports an error and the widgets stay undefined.
    await blank.waitFor(() => document.readyState === 'complete');
    const refused = (found) => ['script', 'link'].every((tag) => found.some((problem) => problem.startsWith(`Failed to load <${tag}>`)));
    let problems = await blank.problems();
    // Both refusals are reported (or 10 s pass, and the assertions below say what is missing).
    for (const end = Date.now() + 10_000; !refused(problems) && Date.now() < end; problems = await blank.problems()) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(await blank.evaluate(() => customElements.get('activity-card') === undefined), true);
    for (const tag of ['script', 'link']) {
      assert.ok(
        problems.some((problem) => problem.startsWith(`Failed to load <${tag}>`)),
        `the ${tag} was refused: ${JSON.stringify(problems)}`,
      );
    }
    await blank.close();
  });
});
