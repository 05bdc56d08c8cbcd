// Browser tests: real headless Chromium, served by the test runner's dev server, which also
// mounts the real reference badge API (fresh in-memory database) under /api.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { createApi } from './server/app.js';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { countReporter } from './scripts/count-reporter.mjs';

const api = createApi({ dbPath: ':memory:', organiserToken: 'test-organiser-token', testControls: true });

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60_000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    }),
  ],
  middleware: [
    async (ctx, next) => {
      if (await api.handle(ctx.req, ctx.res)) {
        ctx.respond = false;
        return;
      }
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  reporters: [defaultReporter(), countReporter('.test-results/browser.json')],
};
