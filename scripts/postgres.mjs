// A throwaway PostgreSQL for the server suites and the bench: Debian's `postgresql` package
// (installed with apt when missing and we are root), a fresh cluster in a temporary folder that
// listens only on a Unix socket there, removed again by `close()`. PostgreSQL refuses to run as
// root, so as root the cluster belongs to the `postgres` user.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT_DIR = '/usr/lib/postgresql';

/** The bin folder of the newest PostgreSQL installed, or undefined. */
function findBinaries() {
  const versions = existsSync(ROOT_DIR) ? readdirSync(ROOT_DIR).filter((version) => existsSync(join(ROOT_DIR, version, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest ? join(ROOT_DIR, newest, 'bin') : undefined;
}

const isRoot = () => process.getuid?.() === 0;

function installPostgres() {
  if (!isRoot() || !existsSync('/usr/bin/apt-get')) {
    throw new Error("PostgreSQL is missing for the server suites: install Debian's postgresql (`sudo apt-get install postgresql`).");
  }
  console.log("Installing Debian's postgresql for the server suites…");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/**
 * Starts a new cluster; resolves its admin connection URL (user `postgres`, database `postgres`,
 * over the socket) and a `close` that stops it and removes its folder.
 * @returns {{ url: string, close: () => void }}
 */
export function startPostgres() {
  let bin = findBinaries();
  if (!bin) {
    installPostgres();
    bin = findBinaries();
    if (!bin) throw new Error('Installing postgresql did not provide initdb.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'learning-city-postgres-'));
  // As root, the postgres user runs everything in a folder it owns.
  const run = (tool, args) =>
    isRoot()
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  if (isRoot()) {
    chmodSync(dir, 0o755);
    execFileSync('chown', ['postgres:postgres', dir]);
  }
  const data = join(dir, 'data');
  const stop = () => {
    try {
      run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
    // A test database: no durability needed, and no TCP port at all.
    const options = `-k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    run('pg_ctl', ['start', '-D', data, '-l', join(dir, 'log'), '-w', '-o', options]);
  } catch (error) {
    const log = existsSync(join(dir, 'log')) ? execFileSync('cat', [join(dir, 'log')], { encoding: 'utf8' }) : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${error.stderr ?? error.message}\n${log}`);
  }
  return { url: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(dir)}`, close: stop };
}
