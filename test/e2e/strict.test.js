// The demo's strict page, as `npm start` serves it: `default-src 'self'; script-src 'self';
// style-src 'self'; img-src 'self' blob: data:` and Trusted Types required. Every element renders
// there and the whole claim flow completes with no CSP violation; the camera scans (Chromium's
// fake camera playing a QR code; desktop Chromium has no BarcodeDetector, so this runs the
// html5-qrcode fallback, whose own way of emptying its container is an HTML sink).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDemo, watchProblems } from './helpers.js';

let demo;
let browser;
let origin;

before(async () => {
  demo = await startDemo({ camera: true });
  ({ browser, origin } = demo);
});

after(() => demo?.close());

/** A page of the strict demo with every console error, page error and CSP violation collected. */
async function strictPage() {
  const page = await browser.newPage();
  const problems = await watchProblems(page);
  const response = await page.goto(`${origin}/strict.html`);
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
  return { page, problems };
}

test('every element renders on the strict page', async () => {
  const { page, problems } = await strictPage();
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
  for (const selector of ['activity-card [part~="title"]', 'activity-list [part~="card"] [part~="title"]', 'badge-card [part~="name"]', 'badge-claim [part="heading"]', 'my-badges [part~="base"]', 'qr-scanner [part~="camera-button"]']) {
    await page.locator(selector).first().waitFor({ timeout: 10_000 });
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('the whole claim flow completes on the strict page: code, file, answers, review, result', async () => {
  const { page, problems } = await strictPage();
  await page.evaluate(() => {
    const claim = document.createElement('badge-claim');
    claim.id = 'strategist';
    claim.setAttribute('badge-id', 'strategist-2022');
    claim.setAttribute('privacy-href', '/privacy.html');
    document.querySelector('main').append(claim);
  });
  const claim = page.locator('#strategist');
  await claim.getByRole('button', { name: 'Claim this badge' }).click();
  await claim.locator('#name').fill('Rūta Jonaitė');
  await claim.locator('#email').fill('ruta@example.org');
  await claim.locator('#consent').check();
  await claim.getByRole('button', { name: 'Next' }).click();
  await claim.locator('#code').fill('VILNIUS-2022');
  await claim.locator('#file-t2').setInputFiles({ name: 'strategy.txt', mimeType: 'text/plain', buffer: Buffer.from('Our strategy for 21st-century skills.') });
  await claim.locator('#answer-t3-0').fill('How other cities plan skills.');
  await claim.locator('#answer-t3-1').fill('Present our strategy to the city council.');
  await claim.getByRole('button', { name: 'Next' }).click();
  await claim.getByRole('button', { name: 'Send my claim' }).click();
  await claim.getByText('Claim received').waitFor({ timeout: 15_000 });
  assert.deepEqual(problems, []);
  await page.close();
});

test('qr-scanner reads a code from the camera on a page that requires Trusted Types', async () => {
  const { page, problems } = await strictPage();
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
