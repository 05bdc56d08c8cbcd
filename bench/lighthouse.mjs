// Lighthouse on every demo page, as a visitor on a phone meets it: Lighthouse's default (mobile)
// settings, a Moto G Power-sized screen and simulated slow 4G with a 4× slower CPU, in the same
// Chromium and flags as the rest of the bench. The demo site is served as `npm start` serves it
// (server/main.js), on a free port with a fresh in-memory database of the demo city. A page's
// performance score swings by several points between runs on a busy machine, so each page is
// measured `runs` times, in rounds over all pages, and reported from Lighthouse's own median run
// (the run closest to the median first contentful paint and time to interactive), with the range
// of its scores beside it.
import { readdirSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/browsers.mjs';
import { startServer } from '../server/main.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Every page of the demo site, index first. */
export const demoPages = () =>
  readdirSync('demo')
    .filter((name) => name.endsWith('.html'))
    .sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)));

const score = (lhr, category) => Math.round((lhr.categories[category].score ?? 0) * 100);

/**
 * For each demo page, from the median of `runs` Lighthouse runs: the four category scores
 * (0–100), the cumulative layout shift and the audits that cost points (id and score); and the
 * lowest and highest performance score of all runs.
 */
export async function measureLighthouse({ runs = 3 } = {}) {
  const server = await startServer({ port: 0, dbPath: ':memory:' });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, '--remote-debugging-port=0'],
    headless: true,
  });
  const port = Number(new URL(browser.wsEndpoint()).port);
  const result = { version: undefined, runs, pages: {} };
  try {
    // Round after round over every page: a slow spell of the machine then lowers one run of
    // several pages, which the median leaves out, instead of every run of one page.
    const pages = demoPages();
    const lhrs = Object.fromEntries(pages.map((name) => [name, []]));
    for (let run = 0; run < runs; run++) {
      for (const name of pages) {
        lhrs[name].push((await lighthouse(`${origin}/${name}`, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES })).lhr);
      }
    }
    for (const name of pages) {
      const all = lhrs[name];
      // A run that failed is reported as such: its error is the page's news, not its median.
      const lhr = all.find((one) => one.runtimeError) ?? computeMedianRun(all);
      const performance = all.map((one) => score(one, 'performance'));
      result.version = lhr.lighthouseVersion;
      result.pages[name] = {
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr, c)])),
        performanceRange: [Math.min(...performance), Math.max(...performance)],
        layoutShift: lhr.audits['cumulative-layout-shift'].numericValue,
        error: lhr.runtimeError?.message,
        // What cost points: audits scored below 1 that count towards a category.
        failing: CATEGORIES.flatMap((c) =>
          lhr.categories[c].auditRefs
            .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
            .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id].score})`),
        ),
      };
      console.log(`  ${name}: ${CATEGORIES.map((c) => result.pages[name].scores[c]).join(' · ')} (performance ${performance.join(', ')}) · CLS ${result.pages[name].layoutShift.toFixed(3)}`);
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureLighthouse();
  for (const [name, page] of Object.entries(result.pages)) console.log(name, page.failing.join('; ') || 'nothing fails');
}
