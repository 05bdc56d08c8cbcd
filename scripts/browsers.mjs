// Finds the three browser engines the suites run in (Chromium, Firefox, WebKit) and the tools
// that drive them, installing Debian's packages when we can (root with apt); otherwise says how
// to get them. npm tools cannot download browsers on every machine, so the tests always use
// system browsers: Debian's `chromium`, `firefox-esr`, and WebKitGTK's MiniBrowser driven by
// WebKitWebDriver (`webkit2gtk-driver`) under a virtual X display (`xvfb`).
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

function which(command) {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** WebKitGTK installs MiniBrowser beside its libraries, not on PATH. */
function findMiniBrowser() {
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    for (const arch of existsSync(lib) ? readdirSync(lib) : []) {
      for (const version of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const candidate = `${lib}/${arch}/${version}/MiniBrowser`;
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

/** What each engine needs: an environment variable that overrides the search, and the Debian package. */
const engines = {
  chromium: {
    env: 'CHROME_PATH',
    package: 'chromium',
    find: () => ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].map(which).find(Boolean),
  },
  firefox: { env: 'FIREFOX_PATH', package: 'firefox-esr', find: () => ['firefox-esr', 'firefox'].map(which).find(Boolean) },
  webkitDriver: { env: 'WEBKIT_DRIVER_PATH', package: 'webkit2gtk-driver', find: () => which('WebKitWebDriver') },
  miniBrowser: { env: 'MINIBROWSER_PATH', package: 'webkit2gtk-driver', find: findMiniBrowser },
  xvfb: { env: 'XVFB_PATH', package: 'xvfb', find: () => which('Xvfb') },
};

function find(name) {
  const engine = engines[name];
  const override = process.env[engine.env];
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`${engine.env} is set to ${override}, which does not exist.`);
  }
  return engine.find();
}

/**
 * The paths of every browser and driver the suites use; installs the missing Debian packages
 * when possible, else throws with advice.
 * @returns {{ chromium: string, firefox: string, webkitDriver: string, miniBrowser: string, xvfb: string }}
 */
export function browserPaths() {
  const missing = Object.keys(engines).filter((name) => !find(name));
  if (missing.length > 0) {
    const packages = [...new Set(missing.map((name) => engines[name].package))];
    const canApt = process.getuid?.() === 0 && which('apt-get');
    if (!canApt) {
      throw new Error(
        `Browsers for the tests are missing. Install them (\`sudo apt-get install ${packages.join(' ')}\`) ` +
          `or point ${missing.map((name) => engines[name].env).join(', ')} at them.`,
      );
    }
    console.log(`Installing Debian's ${packages.join(', ')} for the browser tests…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  const paths = Object.fromEntries(Object.keys(engines).map((name) => [name, find(name)]));
  const stillMissing = Object.keys(paths).filter((name) => !paths[name]);
  if (stillMissing.length > 0) throw new Error(`Installing did not provide: ${stillMissing.join(', ')}.`);
  return paths;
}

/** The path of a Chromium binary (installing the browsers when needed). */
export const chromiumPath = () => browserPaths().chromium;

/** Flags for headless Chromium on a machine without a sandbox or outside network. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Child processes this module started, ended when this process exits (however it exits). */
const children = new Set();
const endChildren = () => children.forEach((child) => child.kill());
process.once('exit', endChildren);
// The test runner ends itself on SIGINT (and so reaches 'exit'); these would end it without.
for (const [signal, number] of [['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.once(signal, () => {
    endChildren();
    process.exit(128 + number);
  });
}

/**
 * Starts a virtual X display for browsers that need one (WebKitGTK's MiniBrowser); the X server
 * picks a free display number itself, so parallel runs do not collide. It ends with this process.
 * @param {{ width?: number, height?: number }} [screen] large enough for the largest window a test asks for
 * @returns {Promise<{ display: string, close: () => void }>} `display` is the value for DISPLAY
 */
export function startVirtualDisplay({ width = 1280, height = 1024 } = {}) {
  const xvfb = spawn(browserPaths().xvfb, ['-displayfd', '1', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.add(xvfb);
  return new Promise((resolve, reject) => {
    let output = '';
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it opened a display.`)));
    xvfb.stdout.on('data', (chunk) => {
      output += chunk;
      if (!output.includes('\n')) return;
      xvfb.removeAllListeners('exit');
      xvfb.unref();
      xvfb.stdout.destroy();
      resolve({ display: `:${output.trim()}`, close: () => xvfb.kill() });
    });
  });
}

/**
 * A TCP port nobody listens on, from LC_PORT_BASE (default 9100) up: the test runner's dev
 * server and each WebKitWebDriver take one. Ports handed out before are not handed out again.
 */
const handedOut = new Set();
export async function freePort(from = Number(process.env.LC_PORT_BASE ?? 9100)) {
  for (let port = from; port < from + 100; port++) {
    if (handedOut.has(port)) continue;
    const free = await new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, () => server.close(() => resolve(true)));
    });
    if (free) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`No free port from ${from} to ${from + 99}.`);
}

/**
 * Starts WebKitWebDriver on `port` with `env` added to this process's (DISPLAY, and the
 * MiniBrowser's settings), resolving once it answers. It ends with this process. With `log`, what
 * the driver and its browsers print goes to that file (read when a browser is lost).
 */
export async function startWebKitDriver(port, env = {}, { log } = {}) {
  const output = log ? openSync(log, 'w') : 'ignore';
  const driver = spawn(browserPaths().webkitDriver, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', output, output],
    env: { ...process.env, ...env },
  });
  if (log) closeSync(output); // the driver has its own copy
  children.add(driver);
  driver.unref();
  const failed = new Promise((_, reject) => driver.once('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code}).`))));
  for (let i = 0; i < 100; i++) {
    const up = fetch(`http://127.0.0.1:${port}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (await Promise.race([up, failed])) return driver;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  driver.kill();
  throw new Error(`WebKitWebDriver did not answer on port ${port}.`);
}

/** WebDriver's code points for the keys the suites press, by their DOM `key` value. */
const WEBDRIVER_KEYS = {
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Backspace: '\uE003',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
};

/**
 * Test-runner commands that every engine carries out the same way (the built-in ones of
 * @web/test-runner-commands speak CDP key names and have no viewport for WebDriver browsers):
 * - `lc-press` `{ key }`: one key, named by its DOM `key` value (`'Enter'`, `' '`, `'ArrowDown'`);
 * - `lc-type` `{ text }`: each character pressed and released in turn;
 * - `lc-viewport` `{ width, height }`: the page's viewport, in CSS pixels.
 * The browser side is test/browser/helpers/browser.ts.
 */
export function browserCommands() {
  /** The WebDriver window's size beyond its viewport (MiniBrowser's window decorations). */
  const frames = new WeakMap();
  const keyActions = (keys) => [
    { type: 'key', id: 'keyboard', actions: keys.flatMap((key) => [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }]) },
  ];
  const webdriverKey = (key) => {
    if ([...key].length === 1) return key;
    if (key in WEBDRIVER_KEYS) return WEBDRIVER_KEYS[key];
    throw new Error(`lc-press: no WebDriver code for the key ${key}`);
  };
  return {
    name: 'lc-browser-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('lc-')) return undefined;
      const browser = session.browser;
      const page = browser.type === 'puppeteer' ? browser.getPage(session.id) : undefined;
      const driver = browser.type === 'webdriver' ? browser.driver : undefined;
      if (!page && !driver) throw new Error(`${command} is not supported for browser type ${browser.type}.`);
      switch (command) {
        case 'lc-press':
          if (page) await page.keyboard.press(payload.key);
          else await driver.performActions(keyActions([webdriverKey(payload.key)]));
          return true;
        case 'lc-type':
          if (page) await page.keyboard.type(payload.text);
          else await driver.performActions(keyActions([...payload.text]));
          return true;
        case 'lc-viewport': {
          const { width, height } = payload;
          if (page) {
            await page.setViewport({ width, height });
            return true;
          }
          // WebDriver sizes the window: add what the window has beyond its viewport (measured
          // after a first resize, since the window resizes after the command has answered).
          const viewport = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
          const resized = async (before) => {
            for (let i = 0; i < 50; i++) {
              const size = await viewport();
              if (size[0] === width && size[1] === height) return size;
              if (before && (size[0] !== before[0] || size[1] !== before[1])) {
                await new Promise((resolve) => setTimeout(resolve, 50)); // settled: one more frame
                return viewport();
              }
              await new Promise((resolve) => setTimeout(resolve, 20));
            }
            return viewport();
          };
          let frame = frames.get(driver) ?? [0, 0];
          for (let attempt = 0; attempt < 3; attempt++) {
            const before = await viewport();
            await driver.setWindowRect(0, 0, width + frame[0], height + frame[1]);
            const size = await resized(before);
            if (size[0] === width && size[1] === height) break;
            frame = [frame[0] + width - size[0], frame[1] + height - size[1]];
          }
          frames.set(driver, frame);
          const size = await viewport();
          if (size[0] !== width || size[1] !== height) {
            throw new Error(`lc-viewport: asked for ${width}×${height}, the viewport is ${size[0]}×${size[1]}`);
          }
          return true;
        }
        default:
          return undefined;
      }
    },
  };
}
