// A test-runner reporter that writes how many browser tests passed and failed, so that
// `npm test` can print one total over every suite.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load, or errored outside any test, is a failure of its own.
        if (session.errors.length > 0 || (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length)) {
          counts.failed++;
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
