// Ends the test output with one plain line, `N passed, N failed`, that CI logs are read by.
// A test file that fails to load, or an error outside any test, counts as a failure too.
import { writeFileSync } from 'node:fs';
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      let tests = 0;
      for (const test of module.children.allTests()) {
        tests++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // A module that failed outside its tests (import error, failing hook) has no failed test to count.
      const moduleFailed = module.state() === 'failed' || module.errors().length > 0;
      if (moduleFailed && (tests === 0 || ![...module.children.allTests()].some((t) => t.result().state === 'failed'))) failed++;
    }
    failed += unhandledErrors.length;
    // Under scripts/test.mjs, which adds the type check and prints the closing line itself.
    const file = process.env.EVENT_TIMELINE_SUMMARY_FILE;
    if (file) writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
    process.stdout.write(`\n${skipped ? `(${skipped} skipped)\n` : ''}${file ? 'vitest: ' : ''}${passed} passed, ${failed} failed\n`);
  }
}
