// One small driver interface over the three browser engines, so that an end-to-end suite is
// written once and run in each (the bench uses it too):
//   - Chromium: puppeteer-core over the DevTools protocol (Debian's `chromium`);
//   - Firefox: puppeteer-core over WebDriver BiDi (Debian's `firefox-esr`);
//   - WebKit: WebKitGTK's MiniBrowser through `WebKitWebDriver`, WebDriver classic, under a virtual
//     X display. No npm library drives Firefox without geckodriver (which Debian does not ship) and
//     puppeteer does not drive WebKitGTK, so WebKit has a small client of its own here: classic
//     WebDriver is a handful of HTTP commands.
// Classic WebDriver has no console events, no init scripts, no request interception and no
// browser contexts. What the suites need of those, WebKit gets through a forward proxy that
// MiniBrowser is told to use (`--proxy`): it adds `<script src="/__e2e__/init.js">` at the top of
// every HTML page (a same-origin script, allowed by the strict page's `script-src 'self'`), serves
// that script (the same init scripts the other engines get natively), and refuses the requests a
// test blocks. Console errors, uncaught errors and CSP violations are then recorded in the page
// and read back by the driver before every navigation it makes and when asked (a navigation the
// page makes by itself would lose them: the suites make none).
//
// A page's elements are found by CSS selectors that see into open shadow roots (as a person sees
// the page): `badge-claim >>> #name` is `#name` anywhere inside a `badge-claim`, and any selector
// matches inside shadow roots too. A target is a selector, or `{ css, text }` to keep only the
// elements whose text (or aria-label) contains `text`. Clicks and typing are real input events
// (CDP, BiDi `input.performActions`, WebDriver element commands); choosing an option, a colour, a
// range value or a file sets the control's value and fires `input` and `change`, as engines' own
// pickers do.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import QRCode from 'qrcode';
import { browserPaths, chromiumArgs, startVirtualDisplay } from '../../scripts/browsers.mjs';
import { FIXTURES, generateFakeCamera } from '../../scripts/fake-camera.mjs';

/** The engines the suites run in; `E2E_ENGINES=chromium,webkit` narrows a run. */
export const ENGINES = (process.env.E2E_ENGINES ?? 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);

const DEFAULT_VIEWPORT = { width: 1280, height: 900 };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Scripts that run in the page. Each is self-contained: it is sent to the browser as source.

/**
 * Before the page's own scripts: CSP violations and resources that fail to load become console
 * errors. With `record` (WebKit, whose console a classic WebDriver cannot read), console errors,
 * uncaught errors and unhandled rejections are also kept in `window.__e2eProblems`.
 */
function watchProblems({ record }) {
  if (window.__e2eWatching) return;
  window.__e2eWatching = true;
  if (record) {
    const problems = (window.__e2eProblems = []);
    const text = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : typeof value === 'string' ? value : String(value));
    const error = console.error.bind(console);
    console.error = (...args) => {
      problems.push(args.map(text).join(' '));
      error(...args);
    };
    addEventListener('unhandledrejection', (event) => problems.push(`Uncaught (in promise) ${text(event.reason)}`));
  }
  addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target instanceof Element) console.error(`Failed to load <${target.localName}> ${target.src || target.href || ''}`);
      else if (record && event instanceof ErrorEvent) window.__e2eProblems.push(event.error ? `${event.error.name}: ${event.error.message}` : event.message);
    },
    true,
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
  );
  // Requests answered with an error status (where the engine tells: not WebKit, whose proxy does).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.responseStatus >= 400 && !entry.name.endsWith('/favicon.ico')) console.error(`HTTP ${entry.responseStatus} ${entry.name}`);
    }
  }).observe({ type: 'resource', buffered: true });
}

/**
 * A camera for engines without a fake one of their own: `getUserMedia` answers with a canvas's
 * stream on which the codes of `segments` are drawn in turn, like Chromium's Y4M fake camera
 * (each session starts from the first). Grey sheet, near-black modules, as scripts/fake-camera.mjs.
 */
function fakeCamera({ segments, width, height, fps, framesPerSegment }) {
  const draw = (g, { size, modules, scale }) => {
    g.fillStyle = 'rgb(200,200,200)';
    g.fillRect(0, 0, width, height);
    const count = size + 8;
    const unit = Math.max(1, Math.floor(Math.min(width * scale, height) / count));
    const left = Math.round(width / 2 - (unit * count) / 2);
    const top = Math.round(height / 2 - (unit * count) / 2);
    g.fillStyle = 'rgb(240,240,240)';
    g.fillRect(left, top, unit * count, unit * count);
    g.fillStyle = 'rgb(16,16,16)';
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) if (modules[y * size + x] === '1') g.fillRect(left + (x + 4) * unit, top + (y + 4) * unit, unit, unit);
    }
  };
  if (!navigator.mediaDevices) Object.defineProperty(navigator, 'mediaDevices', { value: new EventTarget(), configurable: true });
  // On the prototype where there is one: WebKit may drop `navigator.mediaDevices`'s wrapper, and
  // what was set on it, when no script holds it.
  const devices = globalThis.MediaDevices?.prototype ?? navigator.mediaDevices;
  devices.enumerateDevices = async () => [{ kind: 'videoinput', deviceId: 'e2e-qr-camera', groupId: 'e2e', label: 'QR code camera', toJSON() { return this; } }];
  devices.getUserMedia = async (constraints) => {
    if (!constraints?.video) throw new DOMException('Only a camera here', 'NotFoundError');
    const canvas = Object.assign(document.createElement('canvas'), { width, height });
    const g = canvas.getContext('2d');
    let frame = 0;
    const paint = () => draw(g, segments[Math.floor(frame++ / framesPerSegment) % segments.length]);
    paint();
    const stream = canvas.captureStream(fps);
    const timer = setInterval(paint, 1000 / fps);
    for (const track of stream.getVideoTracks()) {
      const stop = track.stop.bind(track);
      track.stop = () => {
        clearInterval(timer);
        stop();
      };
      track.getSettings = () => ({ deviceId: 'e2e-qr-camera', width, height, frameRate: fps, facingMode: 'environment' });
    }
    return stream;
  };
}

/** The camera segments of scripts/fake-camera.mjs, as module strings for fakeCamera(). */
function cameraFixtures() {
  const segments = FIXTURES.camera.map(({ text, scale }) => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    let bits = '';
    for (let y = 0; y < modules.size; y++) for (let x = 0; x < modules.size; x++) bits += modules.get(y, x) ? '1' : '0';
    return { size: modules.size, modules: bits, scale };
  });
  return { segments, width: 640, height: 480, fps: 10, framesPerSegment: 10 };
}

/**
 * In the page: the elements matching `target`, in and under open shadow roots, visible ones only
 * unless `hidden`. `a >>> b` is b inside an a (its light and shadow trees, at any depth).
 */
const FIND = `(target, hidden) => {
  const { css, text } = typeof target === 'string' ? { css: target } : target;
  const deep = (root, selector) => {
    const found = [];
    const visit = (node) => {
      found.push(...node.querySelectorAll(selector));
      if (node.shadowRoot) visit(node.shadowRoot);
      for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(root);
    return [...new Set(found)];
  };
  let scope = [document];
  for (const part of css.split('>>>').map((s) => s.trim())) scope = scope.flatMap((root) => deep(root, part));
  const norm = (s) => (s ?? '').replace(/\\s+/g, ' ').trim().toLowerCase();
  if (text !== undefined) scope = scope.filter((el) => norm(el.textContent).includes(norm(text)) || norm(el.getAttribute('aria-label')).includes(norm(text)));
  if (!hidden) scope = scope.filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
  return scope;
}`;

const describeTarget = (target) => (typeof target === 'string' ? target : `${target.css} with text “${target.text}”`);

/** Source of an expression that polls `fnSource(arg)` in the page until truthy, else undefined. */
const pollSource = (fnSource, arg, timeout) => `(async () => {
  const fn = (${fnSource});
  const arg = ${JSON.stringify(arg ?? null)};
  const end = Date.now() + ${timeout};
  for (;;) {
    const value = await fn(arg);
    if (value) return value;
    if (Date.now() > end) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
})()`;

/** Source of an expression that finds the first element of `target` ready for input, or null. */
const readySource = (target, timeout) =>
  pollSource(
    `(t) => (${FIND})(t).find((el) => !el.disabled && el.getAttribute('aria-disabled') !== 'true') ?? null`,
    target,
    timeout,
  );

// ---------------------------------------------------------------------------------------------
// The page interface, shared by every engine; each engine supplies the primitives below it.

class Page {
  /** Every console error, uncaught error, CSP violation and failed resource load so far. */
  collected = [];

  /** Evaluates `fn(arg)` in the page (a self-contained function, as with puppeteer) and returns its JSON result. */
  evaluate(fn, arg) {
    return this.run(`(${fn})(${JSON.stringify(arg ?? null)})`);
  }

  /** Waits until `fn(arg)` is truthy in the page; returns that value. */
  async waitFor(fn, arg, { timeout = 10_000, message } = {}) {
    const value = await this.run(pollSource(String(fn), arg, timeout));
    if (!value) throw new Error(`Timed out after ${timeout} ms waiting for ${message ?? fn}`);
    return value;
  }

  /** Waits for an element of `target` (visible unless `hidden`). */
  async waitForElement(target, { timeout = 10_000, hidden = false } = {}) {
    const found = await this.run(pollSource(`(t) => (${FIND})(t, ${hidden}).length > 0`, target, timeout));
    if (!found) throw new Error(`Timed out after ${timeout} ms waiting for ${describeTarget(target)}`);
  }

  /** The number of elements of `target` (visible only unless `hidden`). */
  count(target, { hidden = false } = {}) {
    return this.run(`(${FIND})(${JSON.stringify(target)}, ${hidden}).length`);
  }

  /** The text of the first element of `target`. */
  text(target) {
    return this.run(`(${FIND})(${JSON.stringify(target)}, true)[0]?.textContent ?? null`);
  }

  /** The value of the first control of `target`. */
  value(target) {
    return this.run(`(${FIND})(${JSON.stringify(target)}, true)[0]?.value ?? null`);
  }

  /** An attribute of the first element of `target`. */
  attribute(target, name) {
    return this.run(`(${FIND})(${JSON.stringify(target)}, true)[0]?.getAttribute(${JSON.stringify(name)}) ?? null`);
  }

  /** Runs `fn(element, arg)` on the first element of `target` (waiting for it) and returns the result. */
  async evaluateOn(target, fn, arg) {
    await this.waitForElement(target, { hidden: true });
    return this.run(`(${fn})((${FIND})(${JSON.stringify(target)}, true)[0], ${JSON.stringify(arg ?? null)})`);
  }

  /** Sets a control's value as a picker would (select, colour, range, …): `input` and `change` follow. */
  setValue(target, value) {
    return this.evaluateOn(
      target,
      (el, v) => {
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      },
      value,
    );
  }

  /** Gives a file input these files, `{ name, type, text }` each, as choosing them would. */
  setFiles(target, files) {
    return this.evaluateOn(
      target,
      (el, list) => {
        const transfer = new DataTransfer();
        for (const f of list) transfer.items.add(new File([f.text], f.name, { type: f.type }));
        el.files = transfer.files;
        el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      },
      files,
    );
  }

  /** Ticks a checkbox (by clicking it) unless it is ticked already. */
  async check(target) {
    if (!(await this.evaluateOn(target, (el) => el.checked))) await this.click(target);
  }

  /**
   * Waits until the document has loaded and no resource has been fetched for `quiet` ms: `quiet`
   * ms have passed since the later of the load and the last resource's arrival (checked every
   * 50 ms, so it ends as soon as that is so, not at the end of a fixed window).
   */
  async settle({ quiet = 500, timeout = 15_000 } = {}) {
    await this.waitFor(
      (quietMs) => {
        if (document.readyState !== 'complete') return false;
        const [navigation] = performance.getEntriesByType('navigation');
        const loaded = navigation ? navigation.domComplete : performance.timing.domComplete - performance.timeOrigin;
        const arrivals = performance.getEntriesByType('resource').map((entry) => entry.responseEnd);
        return performance.now() - Math.max(loaded, ...arrivals) >= quietMs;
      },
      quiet,
      { timeout, message: 'the network to settle' },
    );
  }

  /** Every problem the page has shown so far (and keeps collecting). */
  async problems() {
    await this.collect();
    return [...this.collected];
  }

  /** Reads problems kept in the page (WebKit); a no-op where the engine reports them itself. */
  async collect() {}
}

// ---------------------------------------------------------------------------------------------
// Chromium and Firefox: puppeteer-core.

class PuppeteerPage extends Page {
  constructor(page, context) {
    super();
    this.page = page;
    this.context = context;
    page.on('console', (message) => message.type() === 'error' && this.collected.push(message.text()));
    page.on('pageerror', (error) => this.collected.push(error?.message ?? String(error)));
  }

  run(source) {
    return this.page.evaluate(source);
  }

  async goto(url) {
    await this.page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  }

  async reload() {
    await this.page.reload({ waitUntil: 'load', timeout: 60_000 });
  }

  async setViewport({ width, height }) {
    await this.page.setViewport({ width, height });
  }

  async element(target, timeout) {
    const handle = await this.page.evaluateHandle(readySource(target, timeout));
    const element = handle.asElement();
    if (!element) throw new Error(`Timed out after ${timeout} ms waiting for ${describeTarget(target)} to be enabled`);
    return element;
  }

  async click(target, { timeout = 10_000 } = {}) {
    const element = await this.element(target, timeout);
    await element.click();
    await element.dispose();
  }

  /** Replaces a field's text by typing `text` into it. */
  async fill(target, text, { timeout = 10_000 } = {}) {
    const element = await this.element(target, timeout);
    await element.click();
    await element.evaluate((el) => el.select?.());
    if (text === '') await this.page.keyboard.press('Backspace');
    else await element.type(text);
    await element.dispose();
  }

  async screenshot(path, { fullPage = false } = {}) {
    await this.page.screenshot({ path, fullPage });
  }

  /** Requests whose URL matches `pattern` fail as a refused connection would, until unblocked. */
  async block(pattern) {
    this.blocked = pattern;
    if (this.intercepting) return;
    this.intercepting = true;
    await this.page.setRequestInterception(true);
    this.page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (this.blocked?.test(request.url())) request.abort('connectionrefused');
      else request.continue();
    });
  }

  async unblock() {
    this.blocked = undefined;
  }

  async close() {
    await this.context.close();
  }
}

async function launchPuppeteer(engine, { camera = false, forcedColors = false } = {}) {
  const paths = browserPaths();
  let options;
  /** The fake camera's files, this browser's own (suites run side by side); removed on close. */
  let cameraDir;
  if (engine === 'chromium') {
    const args = chromiumArgs.filter((arg) => !arg.startsWith('--headless'));
    if (camera) {
      cameraDir = mkdtempSync(join(tmpdir(), 'lcw-camera-'));
      const video = generateFakeCamera(cameraDir);
      args.push('--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`);
    }
    options = { executablePath: paths.chromium, args, headless: true };
  } else {
    options = {
      browser: 'firefox',
      executablePath: paths.firefox,
      headless: true,
      // High-contrast colours everywhere: what Windows' high contrast does to Firefox.
      extraPrefsFirefox: forcedColors ? { 'browser.display.document_color_use': 2 } : {},
    };
  }
  const browser = await puppeteer.launch({ ...options, defaultViewport: DEFAULT_VIEWPORT, protocolTimeout: 120_000 });
  const initScripts = [[watchProblems, { record: false }]];
  if (camera && engine === 'firefox') initScripts.push([fakeCamera, cameraFixtures()]);
  return {
    engine,
    version: `${engine === 'chromium' ? 'Chromium' : 'Firefox'} ${(await browser.version()).replace(/^\D+\//, '')}`,
    /** A page in a fresh browser context: its own storage and cache. */
    async newPage({ viewport = DEFAULT_VIEWPORT } = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const wrapped = new PuppeteerPage(page, context);
      await page.setViewport(viewport);
      for (const [fn, arg] of initScripts) await page.evaluateOnNewDocument(fn, arg);
      if (forcedColors && engine === 'chromium') {
        // puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does.
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      }
      return wrapped;
    },
    /** The puppeteer Browser, for what only Chromium offers (CDP). */
    puppeteer: browser,
    async close() {
      await browser.close();
      if (cameraDir) rmSync(cameraDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// WebKit: MiniBrowser through WebKitWebDriver (classic WebDriver), behind the injecting proxy.

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const INIT_PATH = '/__e2e__/init.js';

/** A response body as sent, uncompressed. */
const decoded = (body, encoding) => (encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body);

/** The forward proxy MiniBrowser uses: injects the init script into HTML, blocks what tests block. */
function startProxy(initSource) {
  const state = { blocked: undefined, initSource, failures: [] };
  const server = createServer((req, res) => {
    let url;
    try {
      url = new URL(req.url);
    } catch {
      return res.writeHead(400).end();
    }
    if (url.pathname === INIT_PATH) {
      return res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(state.initSource);
    }
    if (state.blocked?.test(url.href)) return req.socket.destroy();
    const headers = { ...req.headers };
    for (const name of ['proxy-connection', 'connection', 'keep-alive']) delete headers[name];
    const upstream = httpRequest(url, { method: req.method, headers }, (response) => {
      if (response.statusCode >= 400 && url.pathname !== '/favicon.ico') state.failures.push(`HTTP ${response.statusCode} ${url.href}`);
      const responseHeaders = { ...response.headers };
      delete responseHeaders.connection;
      delete responseHeaders['keep-alive'];
      if (!String(response.headers['content-type']).startsWith('text/html') || req.method === 'HEAD') {
        res.writeHead(response.statusCode, responseHeaders);
        return response.pipe(res);
      }
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const tag = `<script src="${INIT_PATH}"></script>`;
        // The page is rewritten, so it goes to the browser as plain text even if it came compressed.
        const html = decoded(Buffer.concat(chunks), response.headers['content-encoding']).toString('utf8');
        delete responseHeaders['content-encoding'];
        const injected = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => head + tag) : html.replace(/^(\s*<!doctype[^>]*>)?/i, (doctype) => doctype + tag);
        delete responseHeaders['content-length'];
        delete responseHeaders['transfer-encoding'];
        res.writeHead(response.statusCode, responseHeaders).end(injected);
      });
    });
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, state, port: server.address().port })));
}

/** A free TCP port on loopback, for WebKitWebDriver (which must be told one). */
function freePort() {
  const server = createServer();
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  }));
}

class WebDriverSession {
  constructor(base) {
    this.base = base;
  }

  async command(method, path, body) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error} ${json.value?.message ?? ''}`.trim());
    return json.value;
  }
}

class WebKitPage extends Page {
  constructor(browser, handle) {
    super();
    this.browser = browser;
    this.handle = handle;
  }

  /** Sends a session command with this page's window current. */
  async command(method, path, body) {
    const { driver, session } = this.browser;
    if (session.current !== this.handle) {
      await driver.command('POST', `/session/${session.id}/window`, { handle: this.handle });
      session.current = this.handle;
    }
    return driver.command(method, `/session/${session.id}${path}`, body);
  }

  async run(source) {
    const result = await this.command('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => ${source}).then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`,
      args: [],
    });
    if (result?.error) throw new Error(result.error);
    return result?.value;
  }

  async collect() {
    const problems = await this.run('window.__e2eProblems ? window.__e2eProblems.splice(0) : []').catch(() => []);
    this.collected.push(...(problems ?? []), ...(this.browser.proxy?.state.failures.splice(0) ?? []));
  }

  async goto(url) {
    await this.collect();
    await this.command('POST', '/url', { url });
  }

  async reload() {
    await this.collect();
    await this.command('POST', '/refresh', {});
  }

  /** The window's size such that the page's viewport is `width` × `height` (MiniBrowser's window is at least 447 px wide). */
  async setViewport({ width, height }) {
    const [chromeWidth, chromeHeight] = await this.run('[outerWidth - innerWidth, outerHeight - innerHeight]');
    await this.command('POST', '/window/rect', { width: width + chromeWidth, height: height + chromeHeight });
  }

  async element(target, timeout) {
    const element = await this.run(readySource(target, timeout));
    if (!element?.[ELEMENT]) throw new Error(`Timed out after ${timeout} ms waiting for ${describeTarget(target)} to be enabled`);
    return element[ELEMENT];
  }

  async click(target, { timeout = 10_000 } = {}) {
    await this.command('POST', `/element/${await this.element(target, timeout)}/click`, {});
  }

  async fill(target, text, { timeout = 10_000 } = {}) {
    const id = await this.element(target, timeout);
    await this.command('POST', `/element/${id}/clear`, {});
    if (text !== '') await this.command('POST', `/element/${id}/value`, { text });
  }

  /** A full page is taken by making the window as tall as the page for the picture (classic WebDriver shoots the viewport). */
  async screenshot(path, { fullPage = false } = {}) {
    const rect = fullPage && (await this.command('GET', '/window/rect'));
    if (fullPage) {
      const extra = await this.run('document.documentElement.scrollHeight - innerHeight');
      if (extra > 0) await this.command('POST', '/window/rect', { width: rect.width, height: rect.height + extra });
    }
    try {
      writeFileSync(path, Buffer.from(await this.command('GET', '/screenshot'), 'base64'));
    } finally {
      if (fullPage) await this.command('POST', '/window/rect', { width: rect.width, height: rect.height });
    }
  }

  /** Requests whose URL matches `pattern` fail (their connection is dropped), until unblocked; for the whole browser. */
  async block(pattern) {
    this.browser.proxy.state.blocked = pattern;
  }

  async unblock() {
    this.browser.proxy.state.blocked = undefined;
  }

  async close() {
    await this.collect();
    const { session } = this.browser;
    session.windows.delete(this.handle);
    if (session.windows.size === 0 && !this.browser.free) {
      // The last window stays open (closing it would end the session), blank, for the next page.
      await this.command('POST', '/url', { url: 'about:blank' });
      this.browser.free = this.handle;
      return;
    }
    await this.command('DELETE', '/window');
    session.current = undefined;
  }
}

async function launchWebKit({ camera = false, inject = true } = {}) {
  const paths = browserPaths();
  const display = await startVirtualDisplay();
  const port = await freePort();
  const driverProcess = spawn(paths.webkitDriver, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display.display },
  });
  const driver = new WebDriverSession(`http://127.0.0.1:${port}`);
  const initScripts = [[watchProblems, { record: true }]];
  if (camera) initScripts.push([fakeCamera, cameraFixtures()]);
  // Without `inject` (the bench, which times loads) no proxy stands between the browser and the
  // server: pages get no init script and their problems are not collected.
  const proxy = inject ? await startProxy(initScripts.map(([fn, arg]) => `(${fn})(${JSON.stringify(arg)});`).join('\n')) : undefined;
  const stop = () => {
    process.off('exit', stop);
    driverProcess.kill();
    proxy?.server.close();
    proxy?.server.closeAllConnections();
    display.close();
  };
  // A test process that ends early (a failure, a time-out) leaves no browser or display behind.
  process.once('exit', stop);
  try {
    for (let tries = 0; ; tries++) {
      try {
        await driver.command('GET', '/status');
        break;
      } catch (error) {
        if (tries > 200) throw error;
        await sleep(50);
      }
    }
    const created = await driver.command('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': {
            binary: paths.miniBrowser,
            args: ['--automation', ...(proxy ? [`--proxy=http://127.0.0.1:${proxy.port}`, '--ignore-host='] : []), '--enable-media-stream=true'],
          },
        },
      },
    });
    const session = { id: created.sessionId, windows: new Set(), current: undefined };
    await driver.command('POST', `/session/${session.id}/timeouts`, { script: 120_000, pageLoad: 60_000 });
    const first = await driver.command('GET', `/session/${session.id}/window`);
    session.current = first;
    // A window no page holds: the first one, and the last one when its page closes.
    const browser = { driver, session, proxy, free: first };
    return {
      engine: 'webkit',
      version: `WebKitGTK ${created.capabilities.browserVersion}`,
      /**
       * A page in a new window. Windows share storage and cache (one MiniBrowser session per
       * browser): classic WebDriver has no browser contexts.
       */
      async newPage({ viewport = DEFAULT_VIEWPORT } = {}) {
        let handle = browser.free;
        browser.free = undefined;
        handle ??= (await driver.command('POST', `/session/${session.id}/window/new`, { type: 'window' })).handle;
        session.windows.add(handle);
        const page = new WebKitPage(browser, handle);
        await page.setViewport(viewport);
        return page;
      },
      close: async () => {
        await driver.command('DELETE', `/session/${session.id}`).catch(() => {});
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * Starts a browser of `engine` ('chromium', 'firefox' or 'webkit').
 * `camera`: a camera filming the QR codes of scripts/fake-camera.mjs (Chromium's fake device
 * playing the Y4M video; a canvas behind getUserMedia elsewhere). `forcedColors`: forced-colors
 * mode (emulated in Chromium, Firefox's high-contrast colours; WebKit has none). `inject: false`
 * (WebKit): no proxy, so no init scripts and no problems collected, for timing loads.
 */
export function launch(engine, options = {}) {
  if (engine === 'webkit') return launchWebKit(options);
  if (engine === 'chromium' || engine === 'firefox') return launchPuppeteer(engine, options);
  throw new Error(`Unknown engine ${engine}`);
}
