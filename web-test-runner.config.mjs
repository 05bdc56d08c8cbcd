// Browser tests in one engine per run, chosen with LC_ENGINE (chromium, the default; firefox;
// webkit): real browsers served by the test runner's dev server, which also mounts the real
// reference badge API (fresh in-memory database) under /api. `npm test` runs all three in turn.
// - Chromium: headless, driven over CDP (@web/test-runner-chrome).
// - Firefox: headless firefox-esr, driven over WebDriver BiDi (@web/test-runner-puppeteer).
// - WebKit: WebKitGTK's MiniBrowser, driven by WebKitWebDriver (@web/test-runner-webdriver), in
//   a virtual X display of its own.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApi } from './server/app.js';
import { kioskClaimUrl, kioskCode } from './server/kiosk.js';
import { SEED } from './server/seed-data.js';
import { browserCommands, browserPaths, chromiumArgs, freePort, startVirtualDisplay, startWebKitDriver } from './scripts/browsers.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { generateFakeCamera } from './scripts/fake-camera.mjs';
import { badgeVerifyTestServer } from './test/browser/components/badge-verify/test-server.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const ENGINE = process.env.LC_ENGINE ?? 'chromium';
if (!ENGINES.includes(ENGINE)) throw new Error(`LC_ENGINE must be one of ${ENGINES.join(', ')}, not ${ENGINE}.`);

const api = createApi({ dbPath: ':memory:', organiserToken: 'test-organiser-token', testControls: true });
const paths = browserPaths();
const port = await freePort();

/**
 * The kiosk screen the camera films after the posters: the seed badge's code at a fixed moment
 * under a fixed secret, which the test gives the server (its test controls) before showing the
 * kiosk. Computed with the server's own functions, as the server computes what it shows.
 */
function kioskScreen() {
  const secret = createHash('sha256').update('learning-city-widgets kiosk camera').digest();
  const screen = { badgeId: SEED.badgeId, period: 30, now: '2026-12-04T12:00:00.000Z' };
  const code = kioskCode(secret, screen.badgeId, screen.period, Date.parse(screen.now));
  // The page's origin: the test runner's (its default host name) serves the API under /api.
  const text = kioskClaimUrl(`http://localhost:${port}/api`, { code, badgeId: screen.badgeId, activityId: SEED.activityId });
  return { ...screen, secret: secret.toString('base64'), code, text };
}

// <qr-scanner>: a QR code video for Chromium's fake camera (and its pictures for the canvas camera
// of the other engines) and QR code images, generated now with the `qrcode` package (git-ignored,
// rebuilt every run) and served to the tests under /test-fixtures/.
const FIXTURES_DIR = '.test-results/fixtures';
const fakeVideo = resolve(generateFakeCamera(FIXTURES_DIR, kioskScreen()));

/**
 * What a group's browser has: `camera` is none (no capture device at all), `qr` (a camera filming
 * the fixture's QR codes), `two` (two cameras filming a test pattern) or `denied` (a camera the
 * visitor refuses); `prefers` the visitor's system settings (dark, reduced motion), else none.
 * @typedef {{ camera?: 'none' | 'qr' | 'two' | 'denied', prefers?: 'dark-reduced-motion' }} Device
 */

/** @param {Device} device */
function chromium({ camera = 'none', prefers } = {}) {
  const args = {
    none: [],
    qr: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${fakeVideo}`],
    two: ['--use-fake-device-for-media-stream=device-count=2', '--use-fake-ui-for-media-stream'],
    denied: ['--use-fake-device-for-media-stream', '--deny-permission-prompts'],
  }[camera];
  if (prefers) args.push('--force-dark-mode', '--force-prefers-reduced-motion');
  return chromeLauncher({ launchOptions: { executablePath: paths.chromium, args: [...chromiumArgs, ...args] } });
}

/** @param {Device} device */
function firefox({ camera = 'none', prefers } = {}) {
  const prefs = {
    // No permission prompt: the camera is given when there is one (the canvas camera), and a
    // device without any says so at once.
    'media.navigator.permission.disabled': true,
    // Firefox's own fake camera, refused by the site's permission.
    ...(camera === 'denied' && {
      'media.navigator.streams.fake': true,
      'media.navigator.permission.disabled': false,
      'permissions.default.camera': 2,
    }),
    ...(prefers && {
      'layout.css.prefers-color-scheme.content-override': 0, // dark
      'ui.systemUsesDarkTheme': 1,
      'ui.prefersReducedMotion': 1,
    }),
  };
  return puppeteerLauncher({
    launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true, extraPrefsFirefox: prefs },
  });
}

const display = ENGINE === 'webkit' ? await startVirtualDisplay({ width: 1600, height: 2000 }) : undefined;

/**
 * GTK's settings are MiniBrowser's system settings: animations on (or off, for reduced motion).
 * The window's own controls are shrunk so that it can be as narrow as a phone (360 px); the page
 * is drawn by WebKit, which takes nothing from this stylesheet.
 */
function gtkConfig({ prefers }) {
  const config = mkdtempSync(join(tmpdir(), 'lc-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), `[Settings]\ngtk-enable-animations=${prefers ? 'false' : 'true'}\n`);
  writeFileSync(
    join(config, 'gtk-3.0', 'gtk.css'),
    'headerbar, headerbar *, toolbar, toolbar *, entry, button, label, box { min-width: 0; min-height: 0; padding: 0; margin: 0; border: 0; font-size: 1px; }\n',
  );
  return config;
}

/**
 * A WebDriver launcher that outlives its browser. Should the browser be lost while a test file
 * runs (MiniBrowser has, rarely, closed mid-run), the runner fails that file as interrupted and
 * `npm test` runs it again; the next file starts a new browser instead of the whole run ending.
 */
class RecoveringWebdriverLauncher extends WebdriverLauncher {
  /** @param {object} options @param {string} log the file the driver and its browsers print to */
  constructor(options, log) {
    super(options);
    this.log = log;
  }

  async stopSession(id) {
    try {
      return await super.stopSession(id);
    } catch (error) {
      const printed = existsSync(this.log) ? readFileSync(this.log, 'utf8').trim().split('\n').slice(-20).join('\n') : '';
      console.log(`\n${this.name} was lost (${error.message.split('\n')[0]}); the next file starts a new one.${printed ? ` Its last output:\n${printed}` : ''}`);
      await this.stop();
      // stop() keeps the lost session's driver when deleting the session fails, as it does here.
      this.driver = this.driverManager = undefined;
      return {};
    }
  }
}

/** @param {Device} device */
async function webkit({ prefers } = {}) {
  const port = await freePort();
  const log = resolve(`.test-results/webkit-driver-${port}.log`);
  mkdirSync('.test-results', { recursive: true });
  await startWebKitDriver(port, { DISPLAY: display.display, XDG_CONFIG_HOME: gtkConfig({ prefers }) }, { log });
  const args = ['--automation'];
  if (prefers) args.push('--dark-mode');
  const options = {
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: paths.miniBrowser, args },
      'wdio:enforceWebDriverClassic': true,
    },
  };
  return new RecoveringWebdriverLauncher(options, log);
}

/**
 * One browser for each set of options that differ: groups whose browsers would be alike share one
 * (Firefox's camera groups, WebKit's QR camera), which spares the time of starting another.
 */
const launchers = new Map();
const launch = (device = {}) => {
  const { camera = 'none', prefers } = device;
  const key = JSON.stringify({
    camera:
      ENGINE === 'chromium' ? camera
      : ENGINE === 'firefox' ? camera === 'denied'
      : false,
    prefers,
  });
  if (!launchers.has(key)) launchers.set(key, { chromium, firefox, webkit }[ENGINE](device));
  return launchers.get(key);
};

/**
 * The page each test file runs in. A camera that films the QR codes, in engines that cannot play
 * a video file as one (Firefox, WebKit), is the canvas camera (test/browser/helpers/canvas-camera.ts),
 * installed before the tests run; so are Firefox's two cameras (its own fake device is one).
 * WebKitWebDriver cannot answer a permission prompt with "deny": there the canvas camera refuses
 * as WebKit does (RELIABILITY.md).
 * @param {Device} device
 */
function testRunnerHtml({ camera = 'none' } = {}) {
  const options =
    ENGINE === 'chromium'
      ? undefined
      : camera === 'qr'
        ? { cameras: 1, picture: 'qr' }
        : camera === 'two'
          ? { cameras: 2, picture: 'pattern' }
          : camera === 'denied' && ENGINE === 'webkit'
            ? { cameras: 1, picture: 'pattern', refuse: true }
            : undefined;
  if (!options) return undefined;
  return (testFramework) => `<!doctype html>
<html>
  <body>
    <script>window.lcCanvasCamera = ${JSON.stringify(options)};</script>
    <script type="module">
      // One module, so the camera is there before the test framework (and the tests) run.
      import '/test/browser/helpers/canvas-camera.ts';
      import '${testFramework}';
    </script>
  </body>
</html>`;
}

// Test files are named after what their browser needs: `*.camera.test.ts`, `*.cameras.test.ts`,
// `*.denied.test.ts` and `*.preferences.test.ts` run in groups of their own (below), every other
// `*.test.ts` in the default group. LC_FILES (comma-separated paths) runs only those files, each
// in its group: `npm test` runs a file again this way when its browser was lost while it ran.
const KINDS = ['camera', 'cameras', 'denied', 'preferences'];
const only = process.env.LC_FILES?.split(',').filter(Boolean);
/**
 * A group's files, or none (the runner refuses a group without any).
 * @param {string} [kind] one of KINDS, or none for the default group
 */
function filesOf(kind) {
  if (!only) return kind ? [`test/browser/**/*.${kind}.test.ts`] : ['test/browser/**/*.test.ts', `!test/browser/**/*.{${KINDS}}.test.ts`];
  const files = only.filter((file) => (kind ? file.endsWith(`.${kind}.test.ts`) : !KINDS.some((k) => file.endsWith(`.${k}.test.ts`))));
  return files.length > 0 ? files : undefined;
}

/** @param {string} name @param {string} kind @param {Device} device */
const group = async (name, kind, device) => ({
  name,
  files: filesOf(kind),
  browsers: [await launch(device)],
  testRunnerHtml: testRunnerHtml(device),
});

/**
 * html5-qrcode's ES build imports its bundled ZXing as a UMD file; the dev server serves modules
 * as they are, so this wraps that one file as an ES module (the build does it with commonjs()).
 */
const zxingUmdAsEsm = () => {
  let wrapped;
  return {
    name: 'zxing-umd-as-esm',
    transform(context) {
      if (!context.path.endsWith('/html5-qrcode/third_party/zxing-js.umd.js')) return undefined;
      if (!wrapped) {
        const source = context.body;
        const names = [...new Set([...source.matchAll(/\bexports\.([A-Za-z_$][\w$]*)\s*=/g)].map((m) => m[1]))];
        wrapped = [
          'const module = { exports: {} };',
          'const exports = module.exports;',
          'const define = undefined;',
          `(function () {\n${source}\n}).call(globalThis);`,
          'export default module.exports;',
          `export const { ${names.join(', ')} } = module.exports;`,
        ].join('\n');
      }
      return { body: wrapped };
    },
  };
};

export default {
  // The default group runs without a camera, in the system's default (light, motion) settings;
  // the camera and preference suites run in groups of their own below.
  files: filesOf(),
  port,
  nodeResolve: { exportConditions: ['development'] },
  // One test file at a time, in one browser at a time: the suites share one reference API (and
  // reset it), so a group's browser running beside another's would pull the data from under it.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60_000,
  // Starting a browser (Firefox above all) takes long on a busy 2-core machine.
  browserStartTimeout: 120_000,
  browsers: [await launch()],
  groups: [
    // A camera that films a QR code: Chromium's fake capture device playing the generated video,
    // permission granted as if the visitor had allowed it; the canvas camera elsewhere.
    await group('camera', 'camera', { camera: 'qr' }),
    // Two cameras to choose from (a test pattern, no QR code in sight).
    await group('two-cameras', 'cameras', { camera: 'two' }),
    // A camera the visitor refuses: the device is there, the permission is denied.
    await group('camera-denied', 'denied', { camera: 'denied' }),
    // A visitor whose system prefers a dark theme and reduced motion.
    await group('preferences', 'preferences', { prefers: 'dark-reduced-motion' }),
  ].filter((g) => g.files),
  middleware: [
    async (ctx, next) => {
      const fixture = /^\/test-fixtures\/([\w-]+\.(png|json))$/.exec(ctx.path);
      if (fixture) {
        ctx.type = fixture[2];
        ctx.body = readFileSync(join(FIXTURES_DIR, fixture[1]));
        return;
      }
      if (await api.handle(ctx.req, ctx.res)) {
        ctx.respond = false;
        return;
      }
      return next();
    },
  ],
  plugins: [
    browserCommands(),
    zxingUmdAsEsm(),
    badgeVerifyTestServer(),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
  ],
  // Lit's dev-mode notice is printed once per test file; it would bury the logs worth reading.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter(`.test-results/browser-${ENGINE}.json`, ENGINE)],
};
