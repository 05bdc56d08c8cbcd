// Time to content, API requests, layout shift and long tasks for each variant of the same page.
import { distinctData } from './pages/render.mjs';
import { repeat, summary } from './stats.mjs';

export const VARIANTS = ['static', 'iframe', 'shoelace', 'lcw'];
export const COUNTS = [1, 10, 100];

/** Runs in the page: the time (ms since navigation) once every card shows its text, else false. */
function ready({ variant, n }) {
  const all = (list, test) => list.length >= n && [...list].every(test);
  const text = (el) => !!el && el.textContent.trim() !== '';
  const done = {
    static: () => all(document.querySelectorAll('article h3'), text),
    iframe: () => all(document.querySelectorAll('iframe'), (f) => text(f.contentDocument?.querySelector('h3'))),
    shoelace: () => !!customElements.get('sl-card') && all(document.querySelectorAll('sl-card'), (c) => !!c.shadowRoot?.querySelector('[part~="base"]') && text(c.querySelector('h3'))),
    lcw: () => all(document.querySelectorAll('activity-card'), (c) => text(c.shadowRoot?.querySelector('[part~="title"]'))),
  }[variant];
  return done() && performance.now();
}

/** Collects layout shifts and long tasks from the start of the page. */
const OBSERVE = () => {
  window.__bench = { cls: 0, longTasks: 0, longTaskMs: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__bench.longTasks++;
      window.__bench.longTaskMs += e.duration;
    }
  }).observe({ type: 'longtask', buffered: true });
};

/** One load in a fresh context (empty IndexedDB and HTTP cache); warm loads the page once before. */
async function loadOnce(browser, server, { variant, n, warm, text = false, settle = 0 }) {
  const context = await browser.newContext();
  await context.addInitScript(OBSERVE);
  const page = await context.newPage();
  const url = `${server.origin}/${variant}.html?n=${n}${text ? '&text=1' : ''}`;
  try {
    if (warm) {
      await page.goto(url);
      await page.waitForFunction(ready, { variant, n }, { polling: 'raf', timeout: 60_000 });
      await page.waitForTimeout(300); // let the cache writes finish
      await page.goto('about:blank');
    }
    await server.reset();
    await page.goto(url, { waitUntil: 'commit' });
    const time = await (await page.waitForFunction(ready, { variant, n }, { polling: 'raf', timeout: 60_000 })).jsonValue();
    const requestsAtContent = await server.dataRequests();
    // Until the network is idle: the cards' badges are read after their activities.
    if (settle) await page.waitForTimeout(settle);
    else await page.waitForLoadState('networkidle');
    const requests = await server.dataRequests();
    const observed = await page.evaluate(() => window.__bench);
    return { time, requestsAtContent, requests, ...observed };
  } finally {
    await context.close();
  }
}

export async function measureLoad(browser, server, { runs }) {
  const timing = {};
  // One unmeasured load of each variant first: the server builds its pages, the OS caches files.
  for (const variant of VARIANTS) await loadOnce(browser, server, { variant, n: 10, warm: false });
  for (const n of COUNTS) {
    for (const warm of [false, true]) {
      for (const variant of VARIANTS) {
        const results = await repeat(runs, () => loadOnce(browser, server, { variant, n, warm }));
        const key = `${variant}/${n}/${warm ? 'warm' : 'cold'}`;
        timing[key] = {
          time: summary(results.map((r) => r.time)),
          requests: summary(results.map((r) => r.requests)),
          requestsAtContent: summary(results.map((r) => r.requestsAtContent)),
          longTasks: summary(results.map((r) => r.longTasks)),
          longTaskMs: summary(results.map((r) => r.longTaskMs)),
        };
        console.log(`  ${key}: ${timing[key].time.median.toFixed(0)} ms`);
      }
    }
  }
  // Layout shift while 10 cards load inside page text, counted until a second after content.
  const shift = {};
  for (const variant of VARIANTS) {
    const results = await repeat(runs, () => loadOnce(browser, server, { variant, n: 10, warm: false, text: true, settle: 1000 }));
    shift[variant] = summary(results.map((r) => r.cls));
  }
  return { timing, shift, distinct: await distinctData(server.origin, 100) };
}
