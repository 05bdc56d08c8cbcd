// Browser tests: real headless Chromium, served by the test runner's dev server, which also
// mounts the real reference badge API (fresh in-memory database) under /api.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createApi } from './server/app.js';
import { chromiumArgs, chromiumPath } from './scripts/browsers.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { generateFakeCamera } from './scripts/fake-camera.mjs';
import { badgeVerifyTestServer } from './test/browser/components/badge-verify/test-server.mjs';

const api = createApi({ dbPath: ':memory:', organiserToken: 'test-organiser-token', testControls: true });

// <qr-scanner>: a QR code video for Chromium's fake camera and QR code images, generated now with
// the `qrcode` package (git-ignored, rebuilt every run) and served to the tests under /test-fixtures/.
const FIXTURES_DIR = '.test-results/fixtures';
const fakeVideo = resolve(generateFakeCamera(FIXTURES_DIR));
const chromium = (extraArgs = []) =>
  chromeLauncher({ launchOptions: { executablePath: chromiumPath(), args: [...chromiumArgs, ...extraArgs] } });

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
  // The default group runs without a camera; the camera suites run in groups of their own below.
  files: ['test/browser/**/*.test.ts', '!test/browser/**/*.{camera,cameras,denied}.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60_000,
  browsers: [chromium()],
  groups: [
    {
      // A camera that films a QR code: Chromium's fake capture device playing the generated video,
      // permission granted as if the visitor had allowed it.
      name: 'camera',
      files: ['test/browser/**/*.camera.test.ts'],
      browsers: [
        chromium([
          '--use-fake-device-for-media-stream',
          '--use-fake-ui-for-media-stream',
          `--use-file-for-fake-video-capture=${fakeVideo}`,
        ]),
      ],
    },
    {
      // Two cameras to choose from (Chromium's generated test pattern, no QR code in sight).
      name: 'two-cameras',
      files: ['test/browser/**/*.cameras.test.ts'],
      browsers: [chromium(['--use-fake-device-for-media-stream=device-count=2', '--use-fake-ui-for-media-stream'])],
    },
    {
      // A camera the visitor refuses: the fake device is there, the permission prompt is denied.
      name: 'camera-denied',
      files: ['test/browser/**/*.denied.test.ts'],
      browsers: [chromium(['--use-fake-device-for-media-stream', '--deny-permission-prompts'])],
    },
  ],
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
  plugins: [zxingUmdAsEsm(), badgeVerifyTestServer(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  reporters: [defaultReporter(), countReporter('.test-results/browser.json')],
};
