// Time to content, API requests, layout shift and long tasks for each variant of the same page.
import { distinctData, setPrerenderedCards } from './pages/render.mjs';
import { repeat, summary } from './stats.mjs';

export const VARIANTS = ['static', 'prerendered', 'floor', 'iframe', 'shoelace', 'lcw'];
export const COUNTS = [1, 10, 100];
/** `activity-list`'s first page, beside as many separate cards and static HTML. */
export const LIST_VARIANTS = ['static', 'lcw', 'list'];
export const LIST_SIZE = 10;

/**
 * Runs in the page before any of its own scripts: collects layout shifts and long tasks and, in
 * the top frame, checks at every animation frame whether every card shows its text; `contentAt`
 * is the first such frame's time (ms since navigation). The page times itself: a driver's polling
 * starts only once the driver has injected its own script, late and by a varying amount.
 */
const OBSERVE = ({ variant, n }) => {
  const bench = (window.__bench = { cls: 0, longTasks: 0, longTaskMs: 0, contentAt: undefined });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      bench.longTasks++;
      bench.longTaskMs += e.duration;
    }
  }).observe({ type: 'longtask', buffered: true });
  if (window !== window.top) return;
  const all = (list, test) => list.length >= n && [...list].every(test);
  const text = (el) => !!el && el.textContent.trim() !== '';
  const cardTitles = () => all(document.querySelectorAll('activity-card'), (c) => text(c.shadowRoot?.querySelector('[part~="title"]')));
  const done = {
    static: () => all(document.querySelectorAll('article h3'), text),
    floor: () => all(document.querySelectorAll('article h3'), text),
    iframe: () => all(document.querySelectorAll('iframe'), (f) => text(f.contentDocument?.querySelector('h3'))),
    shoelace: () => !!customElements.get('sl-card') && all(document.querySelectorAll('sl-card'), (c) => !!c.shadowRoot?.querySelector('[part~="base"]') && text(c.querySelector('h3'))),
    prerendered: cardTitles,
    lcw: cardTitles,
    list: () => all(document.querySelector('activity-list')?.shadowRoot?.querySelectorAll('activity-card') ?? [], (c) => text(c.shadowRoot?.querySelector('[part~="title"]'))),
  }[variant];
  const frame = () => {
    if (done()) bench.contentAt = performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

/** Waits for the page's own `contentAt` (see OBSERVE) and returns it. */
async function contentAt(page) {
  return (await page.waitForFunction(() => window.__bench?.contentAt, null, { polling: 'raf', timeout: 60_000 })).jsonValue();
}

/** One load in a fresh context (empty IndexedDB and HTTP cache); warm loads the page once before. */
async function loadOnce(browser, server, { variant, n, warm, text = false, settle = 0 }) {
  const context = await browser.newContext();
  await context.addInitScript(OBSERVE, { variant, n });
  const page = await context.newPage();
  const url = `${server.origin}/${variant}.html?n=${n}${text ? '&text=1' : ''}`;
  try {
    if (warm) {
      await page.goto(url);
      await contentAt(page);
      await page.waitForTimeout(300); // let the cache writes finish
      await page.goto('about:blank');
    }
    await server.reset();
    await page.goto(url, { waitUntil: 'commit' });
    const time = await contentAt(page);
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

/**
 * The markup of each card of `/lcw.html?n=100` once it shows everything (its badge's name
 * included): attributes, shadow DOM (without Lit's marker comments) with the card's styles, and
 * the light DOM the card placed; and the kit's page-level styles. For `/prerendered.html`.
 */
async function capturePrerendered(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/lcw.html?n=100`);
    // Every card loaded, and its badge's name shown where it has a badge.
    await page.waitForFunction(() => [...document.querySelectorAll('activity-card')].every((card) => {
      const root = card.shadowRoot;
      const loaded = root?.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false';
      return loaded && (!root.querySelector('[part~="badge"]') || !!root.querySelector('[part~="badge"] strong'));
    }), null, { timeout: 60_000 });
    await page.waitForTimeout(500); // the descriptions' measured "Read more", the cards' microdata
    return await page.evaluate(() => {
      const css = (sheets) => [...sheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('');
      const cards = [...document.querySelectorAll('activity-card')].map((card) => {
        const attributes = [...card.attributes].map((a) => ` ${a.name}="${a.value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`).join('');
        const shadow = card.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
        return `<activity-card${attributes}><template shadowrootmode="open"><style>${css(card.shadowRoot.adoptedStyleSheets)}</style>${shadow}</template>${card.innerHTML}</activity-card>`;
      });
      return { style: `<style>${css(document.adoptedStyleSheets)}</style>`, cards };
    });
  } finally {
    await context.close();
  }
}

/**
 * Loads of `n` cards in each variant, `runs` times, into `timing` (keyed `variant/n/warmth`). The
 * variants take turns, run after run: a slow spell of the machine then costs each of them a
 * run, instead of every run of the one measured during it.
 */
async function takeTurns(browser, server, { variants, n, warm, runs }, timing) {
  const loads = Object.fromEntries(variants.map((variant) => [variant, []]));
  await repeat(runs, async () => {
    for (const variant of variants) loads[variant].push(await loadOnce(browser, server, { variant, n, warm }));
  });
  for (const variant of variants) {
    const results = loads[variant];
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

export async function measureLoad(browser, server, { runs }) {
  const timing = {};
  const list = {};
  setPrerenderedCards(await capturePrerendered(browser, server));
  // One unmeasured load of each variant first: the server builds its pages, the OS caches files.
  for (const variant of [...VARIANTS, 'list']) await loadOnce(browser, server, { variant, n: 10, warm: false });
  for (const n of COUNTS) {
    for (const warm of [false, true]) await takeTurns(browser, server, { variants: VARIANTS, n, warm, runs }, timing);
  }
  for (const warm of [false, true]) await takeTurns(browser, server, { variants: LIST_VARIANTS, n: LIST_SIZE, warm, runs }, list);
  // Layout shift while 10 cards load inside page text, counted until a second after content.
  const shift = {};
  for (const variant of VARIANTS) {
    const results = await repeat(runs, () => loadOnce(browser, server, { variant, n: 10, warm: false, text: true, settle: 1000 }));
    shift[variant] = summary(results.map((r) => r.cls));
  }
  return { timing, list, shift, distinct: await distinctData(server.origin, 100) };
}
