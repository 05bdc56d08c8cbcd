// Finds the three browser engines the suites run in (Chromium, Firefox, WebKit) and the tools
// that drive them, installing Debian's packages when we can (root with apt); otherwise says how
// to get them. npm tools cannot download browsers on every machine, so the tests always use
// system browsers: Debian's `chromium`, `firefox-esr`, and WebKitGTK's MiniBrowser driven by
// WebKitWebDriver (`webkit2gtk-driver`) under a virtual X display (`xvfb`).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

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

/**
 * Starts a virtual X display for browsers that need one (WebKitGTK's MiniBrowser); the X server
 * picks a free display number itself, so parallel runs do not collide.
 * @returns {Promise<{ display: string, close: () => void }>} `display` is the value for DISPLAY
 */
export function startVirtualDisplay() {
  const xvfb = spawn(browserPaths().xvfb, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it opened a display.`)));
    xvfb.stdout.on('data', (chunk) => {
      output += chunk;
      if (!output.includes('\n')) return;
      xvfb.removeAllListeners('exit');
      xvfb.unref();
      resolve({ display: `:${output.trim()}`, close: () => xvfb.kill() });
    });
  });
}
