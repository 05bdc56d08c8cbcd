// The camera path on the demo's strict page (Content-Security-Policy with Trusted Types
// required), as `npm start` serves it, with Chromium's fake camera playing a QR code. Desktop
// Chromium has no BarcodeDetector, so this runs the html5-qrcode fallback, whose own way of
// emptying its container is an HTML sink that Trusted Types refuse.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../server/main.js';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { generateFakeCamera } from '../../scripts/fake-camera.mjs';

let server;
let browser;
let origin;

before(async () => {
  server = await startServer({ port: 0, dbPath: ':memory:' });
  origin = `http://localhost:${server.address().port}`;
  const video = generateFakeCamera(mkdtempSync(join(tmpdir(), 'lcw-camera-')));
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('qr-scanner reads a code from the camera on a page that requires Trusted Types', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`)),
  );
  const response = await page.goto(`${origin}/strict.html`);
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);

  const scanned = await page.evaluate(async () => {
    await customElements.whenDefined('learning-city');
    const scanner = document.createElement('qr-scanner');
    scanner.setAttribute('accept', 'https://vilnius.example');
    document.querySelector('main').append(scanner);
    await customElements.whenDefined('qr-scanner');
    const read = new Promise((resolve) => scanner.addEventListener('lc-scan', (event) => resolve(event.detail), { once: true }));
    await scanner.start();
    const detail = await Promise.race([read, new Promise((resolve) => setTimeout(() => resolve('timeout'), 15_000))]);
    await scanner.stop();
    return detail;
  });
  assert.deepEqual(scanned, { text: 'https://vilnius.example/claim?code=VILNIUS-2022', code: 'VILNIUS-2022' });
  assert.deepEqual(problems, []);
});
