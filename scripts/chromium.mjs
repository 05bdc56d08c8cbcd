// Finds a Chromium for the browser tests, installing Debian's package when we can (root with
// apt); otherwise says how to get one. npm tools cannot download browsers on every machine, so
// the tests always use a system Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function which(command) {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function find() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  for (const name of candidates) {
    const path = which(name);
    if (path) return path;
  }
  return undefined;
}

/** The path of a Chromium binary; installs one with apt when possible, else throws with advice. */
export function chromiumPath() {
  const found = find();
  if (found) return found;
  const canApt = process.getuid?.() === 0 && which('apt-get');
  if (!canApt) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (`sudo apt-get install chromium`) ' +
        'or point CHROME_PATH at a Chrome or Chromium binary.',
    );
  }
  console.log('No Chromium found: installing Debian’s chromium package…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = find();
  if (!installed) throw new Error('Installing chromium did not provide a chromium binary.');
  return installed;
}

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
