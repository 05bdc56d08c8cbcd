// The demo's strict page, as `npm start` serves it: `default-src 'self'; script-src 'self';
// style-src 'self'; img-src 'self' blob: data:` and Trusted Types required. In each engine, every
// element renders there and the whole claim flow completes with no CSP violation; the camera
// scans. Chromium's camera is its fake device playing a QR code (desktop Chromium has no
// BarcodeDetector, so this runs the html5-qrcode fallback, whose own way of emptying its container
// is an HTML sink); Firefox's and WebKit's is a canvas filming the same codes (engines.js).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { button, forEachEngine, startClaim } from './helpers.js';

forEachEngine({ camera: true }, (demo) => {
  /** A page of the strict demo; its problems (console errors, CSP violations, …) are collected. */
  async function strictPage() {
    const response = await fetch(`${demo.origin}/strict.html`);
    assert.match(response.headers.get('content-security-policy'), /require-trusted-types-for 'script'/);
    const page = await demo.browser.newPage();
    await page.goto(`${demo.origin}/strict.html`);
    return page;
  }

  test('every element renders on the strict page', async () => {
    const page = await strictPage();
    await page.evaluate(() => {
      const main = document.querySelector('main');
      for (const [tag, attributes] of [
        ['activity-list', { limit: '3' }],
        ['badge-card', { 'badge-id': 'strategist-2022' }],
        ['my-badges', {}],
        ['qr-scanner', {}],
      ]) {
        const element = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        main.append(element);
      }
    });
    for (const selector of [
      'activity-card >>> [part~="title"]',
      'activity-list >>> [part~="card"] >>> [part~="title"]',
      'badge-card >>> [part~="name"]',
      'badge-claim >>> [part="heading"]',
      'my-badges >>> [part~="base"]',
      'qr-scanner >>> [part~="camera-button"]',
    ]) {
      await page.waitForElement(selector);
    }
    await page.settle();
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('the whole claim flow completes on the strict page: code, file, answers, review, result', async () => {
    const page = await strictPage();
    await page.evaluate(() => {
      const claim = document.createElement('badge-claim');
      claim.id = 'strategist';
      claim.setAttribute('badge-id', 'strategist-2022');
      claim.setAttribute('privacy-href', '/privacy.html');
      document.querySelector('main').append(claim);
    });
    await startClaim(page, '#strategist', { name: 'Rūta Jonaitė', email: 'ruta@example.org' });
    await page.fill('#strategist >>> #code', 'VILNIUS-2022');
    await page.setFiles('#strategist >>> #file-t2', [{ name: 'strategy.txt', type: 'text/plain', text: 'Our strategy for 21st-century skills.' }]);
    await page.fill('#strategist >>> #answer-t3-0', 'How other cities plan skills.');
    await page.fill('#strategist >>> #answer-t3-1', 'Present our strategy to the city council.');
    await page.click(button('#strategist', 'Next'));
    await page.click(button('#strategist', 'Send my claim'));
    await page.waitForElement({ css: '#strategist >>> *', text: 'Claim received' }, { timeout: 15_000 });
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('qr-scanner reads a code from the camera on a page that requires Trusted Types', async () => {
    const page = await strictPage();
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
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
});
