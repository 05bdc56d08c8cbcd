// A test-runner reporter that writes how many browser tests passed and failed in one engine, and
// how long the run took, so that `npm test` can print each engine's count and one total over
// every suite. The file also lists the failed tests and the slowest test files, for reading.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** What the runner says of a test file whose browser closed or crashed while it ran. */
const LOST = 'Tests were interrupted because the browser disconnected.';

/**
 * @param {string} file where the counts go
 * @param {string} [engine] the engine this run is in, written beside the counts
 */
export function countReporter(file, engine) {
  let started = Date.now();
  let last = started;
  /** Wall time per test file: the time since the previous file reported (files run one at a time per browser). */
  const files = {};
  return {
    onTestRunStarted() {
      started = last = Date.now();
    },
    reportTestFileResults({ testFile }) {
      const now = Date.now();
      files[relative(process.cwd(), testFile)] = now - last;
      last = now;
    },
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const failures = [];
      const walk = (suite, path, testFile) => {
        for (const test of suite.tests) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else {
            counts.failed++;
            failures.push({ file: testFile, test: [...path, test.name].join(' > '), error: test.error?.message });
          }
        }
        for (const child of suite.suites) walk(child, [...path, child.name], testFile);
      };
      for (const session of sessions) {
        const testFile = relative(process.cwd(), session.testFile);
        if (session.testResults) walk(session.testResults, [], testFile);
        // A file that failed to load, or errored outside any test, is a failure of its own;
        // `interrupted` when its browser was lost while it ran (`npm test` runs it again).
        if (session.errors.length > 0 || (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length)) {
          const error = session.errors.map((e) => e.message).join('; ');
          counts.failed++;
          failures.push({ file: testFile, test: '(the file itself)', error, interrupted: error.includes(LOST) || undefined });
        }
      }
      const slowest = Object.entries(files)
        .sort(([, a], [, b]) => b - a)
        .slice(0, 10)
        .map(([name, ms]) => ({ file: name, seconds: Math.round(ms / 100) / 10 }));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(
        file,
        JSON.stringify({ engine, ...counts, seconds: Math.round((Date.now() - started) / 1000), failures, slowest }, null, 2),
      );
    },
  };
}
