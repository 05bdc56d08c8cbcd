// `npm start`: builds when dist/ is missing or older than the sources, then serves the demo,
// the reference badge API and the built files on one port.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUNDLE = 'dist/cdn/learning-city-widgets.js';
const INPUTS = ['src', 'package.json', 'rollup.config.mjs', 'tsconfig.json', 'tsconfig.build.json'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const stale = !existsSync(BUNDLE) || Math.max(...INPUTS.map(newest)) > statSync(BUNDLE).mtimeMs;
if (stale) {
  console.log(existsSync(BUNDLE) ? 'Sources changed since the last build: building…' : 'First run: building…');
  execSync('npm run --silent build', { stdio: 'inherit' });
}

const { startServer } = await import('../server/main.js');
await startServer({ port: Number(process.env.PORT) || 8080 });
