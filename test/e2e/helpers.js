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
 * Declares a suite once per engine (`describe(engine)`), with the demo server and that engine's
 * browser started before its tests and closed after them. `suite(demo, engine)` declares the
 * tests; `demo` is filled in (`origin`, `browser`) by the time they run.
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
