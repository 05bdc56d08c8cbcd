// Subresource Integrity of the configurator's snippet, in Chromium, Firefox and WebKit: the
// snippet (its strict-CSP variant, for a badge card) is pasted into a page of another site that
// is served with the policy the configurator asks for, and the kit's files come from a copy of
// the bundle in which one byte may be changed: a byte of a comment, so that the code still runs
// and only the hash can refuse it. Unchanged, everything loads with no policy violation; with a
// byte of the entry file changed the kit does not run; with a byte of every other chunk changed
// the kit runs but each chunk it loads later is refused.
//
// The snippet comes from the configurator in Chromium (through `startDemo()` of the shared e2e
// module); each engine then opens the pages by itself, started as a plain process on a URL
// (Chromium headless, Firefox headless, WebKitGTK's MiniBrowser on a virtual display), and the
// pages report back to this file's server, so no driver protocol is needed.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { browserPaths, chromiumArgs, startVirtualDisplay } from '../../scripts/browsers.mjs';
import { startDemo } from './helpers.js';

const ACCENT = '#00594f';
/** The three pages each engine opens in turn, and the file each changes a byte of. */
const MODES = ['unchanged', 'entry-changed', 'chunks-changed'];

let demo;
let server;
let origin;
/** The snippet as the configurator wrote it, the theme stylesheet and the CSP sources it offered. */
let snippet;
let theme;
let cspSources;
/** engine → mode → what the page reported */
const reports = {};
/** engine → called when its last page has reported */
const finished = {};

/** One byte of the file's last comment (`//# sourceMappingURL=…`) changed, so the code still runs. */
function changeOneByte(source) {
  const at = source.lastIndexOf('.map');
  assert.ok(at > 0, 'the file ends with its source map comment');
  return `${source.slice(0, at)}.mAp${source.slice(at + 4)}`;
}

/** The bundle's file for a request path, with a byte changed as the page's mode says. */
function cdnFile(mode, file) {
  const source = readFileSync(join('dist/cdn', file), 'utf8');
  const isEntry = file === 'learning-city-widgets.js';
  const change = (mode === 'entry-changed' && isEntry) || (mode === 'chunks-changed' && !isEntry && file.endsWith('.js'));
  return change ? changeOneByte(source) : source;
}

const importMapOf = (html) => html.match(/<script type="importmap">([\s\S]*?)<\/script>/)[1];
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The snippet with the kit's files taken from this server, for one mode, and its policy. */
function page(mode, engine) {
  const cdn = `${origin}/${mode}/cdn/`;
  const body = snippet.replaceAll(`${demo.origin}/dist/cdn/`, cdn);
  const csp = [
    "default-src 'none'",
    // As the configurator says, with this copy's import map (its URLs differ from the demo's).
    `script-src 'self' '${sha256(importMapOf(body))}'`,
    "style-src 'self'",
    `connect-src 'self' ${demo.origin}`,
    `img-src ${demo.origin} data: blob:`,
  ].join('; ');
  const next = MODES[MODES.indexOf(mode) + 1];
  // No favicon request, which the policy would (rightly) report.
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A city's page</title><link rel="icon" href="data:,">
<script src="/watch.js"></script></head><body>
${body}
<script type="module" src="/probe.js" data-report="/report/${engine}/${mode}" data-next="${next ? `/${next}/page/${engine}` : ''}"></script>
</body></html>`;
  return { html, csp };
}

/**
 * Collects the page's CSP violations from the start (a classic script runs before the others),
 * and notes when the kit says on the console that it could not load <badge-card>'s chunk.
 */
const WATCH = `window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective + ' ' + event.blockedURI));
window.badgeCardNotLoaded = new Promise((resolve) => {
  const error = console.error.bind(console);
  console.error = (...args) => {
    if (String(args[0]).includes('<badge-card>')) resolve();
    error(...args);
  };
});`;

/**
 * Runs after the snippet's scripts: whether the kit runs, whether <badge-card> (loaded on
 * demand) got defined (within 10 s, or before the kit said it could not load it), and the fate
 * of importing each file the import map lists; then reports and opens the next page.
 */
const PROBE = `const script = document.querySelector('script[data-report]');
const kit = customElements.get('learning-city') !== undefined;
const result = { kit, element: false, chunks: {}, accent: '', violations };
if (kit) {
  result.element = await Promise.race([
    customElements.whenDefined('badge-card').then(() => true),
    badgeCardNotLoaded.then(() => false),
    new Promise((resolve) => setTimeout(() => resolve(false), 10000)),
  ]);
  const map = JSON.parse(document.querySelector('script[type="importmap"]').textContent);
  for (const url of Object.keys(map.integrity)) {
    // By file, the same in every mode's copy of the bundle.
    result.chunks[url.split('/cdn/')[1]] = await import(url).then(() => 'loaded', (error) => 'refused: ' + error.message);
  }
  result.accent = getComputedStyle(document.querySelector('learning-city')).getPropertyValue('--lc-color-accent').trim();
}
await fetch(script.dataset.report, { method: 'POST', body: JSON.stringify(result) });
if (script.dataset.next) location.href = script.dataset.next;`;

function handle(req, res) {
  const url = new URL(req.url, origin);
  const [, mode, kind, ...rest] = url.pathname.split('/');
  const send = (type, body, headers = {}) => res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers }).end(body);
  if (url.pathname === '/watch.js') return send('text/javascript', WATCH);
  if (url.pathname === '/probe.js') return send('text/javascript', PROBE);
  if (url.pathname === '/learning-city-theme.css') return send('text/css', theme);
  if (mode === 'report') {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const [engine, pageMode] = [kind, rest[0]];
      (reports[engine] ??= {})[pageMode] = JSON.parse(body);
      res.writeHead(204).end();
      if (pageMode === MODES.at(-1)) finished[engine]?.();
    });
    return undefined;
  }
  if (MODES.includes(mode) && kind === 'page') {
    const { html, csp } = page(mode, rest[0]);
    return send('text/html; charset=utf-8', html, { 'Content-Security-Policy': csp });
  }
  if (MODES.includes(mode) && kind === 'cdn') {
    const file = rest.join('/');
    const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
    // The snippet loads the kit with crossorigin="anonymous", as from a CDN.
    return send(type, cdnFile(mode, file), { 'Access-Control-Allow-Origin': '*' });
  }
  return res.writeHead(404).end();
}

before(async () => {
  demo = await startDemo('chromium');
  const configurator = await demo.browser.newPage();
  await configurator.goto(`${demo.origin}/configurator.html`);
  await configurator.waitForElement('body[data-ready]', { hidden: true });
  await configurator.setValue('#element', 'badge-card');
  await configurator.setValue('#accent', ACCENT);
  await configurator.check('input[name="strict"]');
  await configurator.waitFor(() => document.querySelector('#csp-sources').textContent.includes('sha256-'));
  snippet = await configurator.text('#snippet');
  cspSources = await configurator.text('#csp-sources');
  theme = await configurator.evaluate(async () => (await fetch(document.querySelector('#theme-download').href)).text());
  server = createServer(handle);
  // Another origin than the demo's, as a city's site is.
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  await demo?.close();
  server?.close();
});

test('the configurator writes an import map with a hash for every file of the bundle', () => {
  const files = Object.keys(JSON.parse(readFileSync('dist/cdn/manifest.json', 'utf8')));
  const map = JSON.parse(importMapOf(snippet));
  assert.deepEqual(Object.keys(map.integrity).sort(), files.map((file) => `${demo.origin}/dist/cdn/${file}`).sort());
  for (const file of files) {
    const hash = createHash('sha384').update(readFileSync(join('dist/cdn', file))).digest('base64');
    assert.equal(map.integrity[`${demo.origin}/dist/cdn/${file}`], `sha384-${hash}`, file);
  }
  assert.match(snippet, /<link rel="stylesheet" href="\/learning-city-theme.css" \/>/);
  assert.doesNotMatch(snippet, /<style>/, 'no inline style, which a strict policy blocks');
  assert.match(theme, new RegExp(`--lc-color-accent: ${ACCENT};`));
  assert.ok(cspSources.includes(`'${sha256(importMapOf(snippet))}'`), 'the policy allows the import map by its hash');
});

/** How to start each engine on a URL, and what it needs around it. */
const engines = {
  chromium: async (url, profile) => ({
    process: spawn(browserPaths().chromium, [...chromiumArgs, `--user-data-dir=${profile}`, url], { stdio: 'ignore', detached: true }),
  }),
  firefox: async (url, profile) => {
    // A fresh profile that opens no welcome pages of its own.
    writeFileSync(
      join(profile, 'user.js'),
      ['browser.aboutwelcome.enabled', 'browser.shell.checkDefaultBrowser', 'datareporting.policy.dataSubmissionEnabled']
        .map((pref) => `user_pref("${pref}", false);`)
        .join('\n'),
    );
    return {
      process: spawn(browserPaths().firefox, ['--headless', '--no-remote', '--profile', profile, url], {
        stdio: 'ignore',
        detached: true,
        env: { ...process.env, MOZ_HEADLESS: '1' },
      }),
    };
  },
  webkit: async (url) => {
    const display = await startVirtualDisplay();
    const process = spawn(browserPaths().miniBrowser, [url], {
      stdio: 'ignore',
      detached: true,
      env: { ...globalThis.process.env, DISPLAY: display.display },
    });
    return { process, close: display.close };
  },
};

for (const [engine, launch] of Object.entries(engines)) {
  test(`${engine} refuses a changed byte in the entry file and in every chunk loaded later`, { timeout: 180_000 }, async () => {
    const profile = mkdtempSync(join(tmpdir(), `lcw-sri-${engine}-`));
    const done = new Promise((resolve) => (finished[engine] = resolve));
    const browser = await launch(`${origin}/${MODES[0]}/page/${engine}`, profile);
    try {
      await done;
    } finally {
      // The browser and its child processes, which share its process group (spawned detached).
      const exited = new Promise((resolve) => browser.process.once('exit', resolve));
      process.kill(-browser.process.pid);
      await exited;
      browser.close?.();
      // A browser's child processes may still write to the profile for a moment.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
    const { unchanged, 'entry-changed': entryChanged, 'chunks-changed': chunksChanged } = reports[engine];
    const files = Object.keys(unchanged.chunks);
    assert.ok(files.length > 20, 'every file of the bundle is in the import map');

    assert.equal(unchanged.kit, true, 'the unchanged kit runs');
    assert.equal(unchanged.element, true, '<badge-card> loads on demand');
    assert.deepEqual(
      files.filter((file) => unchanged.chunks[file] !== 'loaded').map((file) => `${file}: ${unchanged.chunks[file]}`),
      [],
      'every unchanged chunk loads',
    );
    assert.equal(unchanged.accent, ACCENT, 'the downloaded theme applies');
    assert.deepEqual(unchanged.violations, [], 'the snippet runs under the policy the configurator gives');

    assert.equal(entryChanged.kit, false, 'a changed entry file does not run');

    assert.equal(chunksChanged.kit, true, 'the unchanged entry runs');
    assert.equal(chunksChanged.element, false, 'a changed <badge-card> chunk is refused');
    assert.deepEqual(
      files.filter((file) => file !== 'learning-city-widgets.js' && !chunksChanged.chunks[file].startsWith('refused')),
      [],
      'every changed chunk is refused',
    );
  });
}
