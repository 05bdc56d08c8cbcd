// Time to content and card-box stability in Chromium, Firefox and WebKit, each beside the static
// page in the same engine, through the end-to-end suites' driver layer (test/e2e/engines.js).
// Classic WebDriver (WebKit) has no init scripts, so the page measures itself: with `observe=1`
// the bench pages carry an inline script (bench/pages/render.mjs) that notes the first animation
// frame in which every card shows its text, and follows every card's box from the first frame
// that paints it. Only Chromium reports `layout-shift` entries; this box measure is what the
// other two engines can tell: how far any card moved or resized, in CSS pixels.
import { launch } from '../test/e2e/engines.js';
import { summary } from './stats.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const ENGINE_VARIANTS = ['static', 'floor', 'lcw'];
export const ENGINE_CARDS = 100;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const CONTENT_TIMEOUT = 30_000;

/**
 * `runs` loads; their summary, plus `failed` (loads that showed no content within the timeout).
 * After one such load the others are not tried: they would only wait as long again.
 */
async function measure(runs, load, pick) {
  const values = [];
  for (let i = 0; i < runs; i++) {
    const result = await load();
    if (!result) return { ...(values.length ? summary(values) : {}), failed: 1, tried: i + 1 };
    values.push(pick(result));
  }
  return { ...summary(values), failed: 0, tried: runs };
}

/**
 * One load with an empty profile: a new browser context (Chromium, Firefox) or, since WebKit's
 * windows share their cache and IndexedDB, a new MiniBrowser. `warm` loads the page once before.
 */
async function loadOnce(engine, shared, server, { variant, n, warm, text = false }) {
  const browser = engine === 'webkit' && !warm ? await launch('webkit', { inject: false }) : shared;
  const page = await browser.newPage();
  try {
    const url = `${server.origin}/${variant}.html?n=${n}&observe=1${text ? '&text=1' : ''}`;
    if (warm) {
      await page.goto(url);
      await page.waitFor(() => window.__bench?.done, null, { timeout: 60_000, message: 'content' });
      await sleep(300); // let the cache writes finish
      await page.goto('about:blank');
    }
    await page.goto(url);
    return await page.waitFor(() => window.__bench?.done && window.__bench, null, { timeout: CONTENT_TIMEOUT, message: 'content' });
  } catch (error) {
    // A page that never shows its content is a finding, not the end of the bench.
    console.log(`  ${engine} ${variant} ${n} ${warm ? 'warm' : 'cold'}: ${error.message}`);
    return undefined;
  } finally {
    await page.close();
    if (browser !== shared) await browser.close();
  }
}

/** For each engine: time to content for 100 cards, cold and warm, and the cards' largest box change. */
export async function measureEngines(server, { runs }) {
  const result = {};
  for (const engine of ENGINES) {
    // WebKit's warm loads share one MiniBrowser; its cold ones each start their own.
    const shared = await launch(engine, { inject: false });
    try {
      const timing = {};
      for (const warm of [false, true]) {
        for (const variant of ENGINE_VARIANTS) {
          const key = `${variant}/${ENGINE_CARDS}/${warm ? 'warm' : 'cold'}`;
          timing[key] = await measure(runs, () => loadOnce(engine, shared, server, { variant, n: ENGINE_CARDS, warm }), (load) => load.contentAt);
          console.log(`  ${engine} ${key}: ${timing[key].failed ? 'no content' : `${timing[key].median.toFixed(0)} ms`}`);
        }
      }
      // As the layout-shift measure: 10 cards between paragraphs of text, cold, until a second after content.
      const moved = {};
      for (const variant of ENGINE_VARIANTS) {
        moved[variant] = await measure(runs, () => loadOnce(engine, shared, server, { variant, n: 10, warm: false, text: true }), (load) => load.moved);
      }
      result[engine] = { version: shared.version, timing, moved };
    } finally {
      await shared.close();
    }
  }
  return result;
}
