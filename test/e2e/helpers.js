// What the end-to-end suites share: `npm start`'s server on a free port with an in-memory
// database, and a browser of each engine (Chromium, Firefox, WebKit) through the driver layer of
// ./engines.js. A suite is written once, inside `forEachEngine`, and runs in every engine, one
// browser per engine per file:
//
//   forEachEngine({ camera: true }, (demo, engine) => {
//     test('…', async () => {
//       const page = await demo.browser.newPage();
//       await page.goto(`${demo.origin}/strict.html`);
//       assert.deepEqual(await page.problems(), []);
//     });
//   });
import { after, before, describe } from 'node:test';
import { startServer } from '../../server/main.js';
import { ENGINES, launch } from './engines.js';

export { ENGINES, launch } from './engines.js';

/**
 * Starts the demo server and a browser of `engine`; `camera: true` gives the browser a camera
 * filming the QR codes of scripts/fake-camera.mjs.
 * @param {string} engine
 * @param {{ camera?: boolean, forcedColors?: boolean, server?: Parameters<typeof startServer>[0] }} [options]
 */
export async function startDemo(engine, { server: serverOptions = {}, ...browserOptions } = {}) {
  const server = await startServer({ port: 0, dbPath: ':memory:', ...serverOptions });
  try {
    const browser = await launch(engine, browserOptions);
    return {
      engine,
      origin: `http://localhost:${server.address().port}`,
      browser,
      close: async () => {
        await browser.close();
        server.closeAllConnections();
        server.close();
      },
    };
  } catch (error) {
    server.close();
    throw error;
  }
}

/**
 * Declares a suite once per engine (`describe(engine)`), with its own demo server and that
 * engine's browser started before its tests and closed after them. `suite(demo, engine)` declares
 * the tests; `demo` is filled in (`origin`, `browser`) by the time they run. The engines run one
 * after the other: side by side on two cores, a starved Chromium missed puppeteer's 30 s limits.
 */
export function forEachEngine(options, suite) {
  for (const engine of ENGINES) {
    describe(engine, () => {
      const demo = { engine };
      before(async () => Object.assign(demo, await startDemo(engine, options)));
      after(() => demo.close?.());
      suite(demo, engine);
    });
  }
}

/** A button inside `host` (a selector) whose text contains `text`. */
export const button = (host, text) => ({ css: `${host} >>> button`, text });

/** In a `<badge-claim>` (`host`): starts the claim and gives who claims (name, e-mail, consent). */
export async function startClaim(page, host, { name, email }) {
  await page.click(button(host, 'Claim this badge'));
  await page.fill(`${host} >>> #name`, name);
  await page.fill(`${host} >>> #email`, email);
  await page.check(`${host} >>> #consent`);
  await page.click(button(host, 'Next'));
}
