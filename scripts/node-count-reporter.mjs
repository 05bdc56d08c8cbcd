// A reporter for node's test runner that writes how many server tests passed and failed, so
// that `npm test` can print one total over every suite and name the failed tests.
import { mkdirSync, writeFileSync } from 'node:fs';

export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const failures = [];
  for await (const event of source) {
    // Suites are reported as tests too; count only the leaves.
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass') counts[event.data.skip || event.data.todo ? 'skipped' : 'passed']++;
    if (event.type === 'test:fail') {
      counts.failed++;
      const error = event.data.details?.error;
      failures.push({ file: event.data.file, test: event.data.name, error: (error?.cause ?? error)?.message });
    }
  }
  mkdirSync('.test-results', { recursive: true });
  writeFileSync('.test-results/server.json', JSON.stringify({ ...counts, failures }, null, 2));
}
