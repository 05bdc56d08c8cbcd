// What the end-to-end suites share: `npm start`'s server on a free port with an in-memory
// database, Debian's Chromium through playwright-core, and a watch on a page's problems.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../server/main.js';
import { chromiumArgs, chromiumPath } from '../../scripts/browsers.mjs';
import { generateFakeCamera } from '../../scripts/fake-camera.mjs';

/**
 * Starts the demo server and a browser; `camera: true` gives the browser Chromium's fake camera
 * playing the QR codes of scripts/fake-camera.mjs.
 * @param {{ camera?: boolean, server?: Parameters<typeof startServer>[0] }} [options]
 */
export async function startDemo({ camera = false, server: serverOptions = {} } = {}) {
  const server = await startServer({ port: 0, dbPath: ':memory:', ...serverOptions });
  const args = [...chromiumArgs];
  if (camera) {
    const video = generateFakeCamera(mkdtempSync(join(tmpdir(), 'lcw-camera-')));
    args.push('--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`);
  }
  const browser = await chromium.launch({ executablePath: chromiumPath(), args });
  return {
    origin: `http://localhost:${server.address().port}`,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Collects a page's console errors, uncaught errors and Content-Security-Policy violations.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>} the list, filled as they happen
 */
export async function watchProblems(page) {
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  return problems;
}
