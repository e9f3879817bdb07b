/**
 * Vitest reporter that names every test that passed only on a retry (CI allows one, see
 * vite.config.ts). The default reporter counts such a test as passed and says nothing, which
 * would hide a flaky test; this lists them after the run.
 */
import type { Reporter, TestCase, TestModule } from 'vitest/node';

export default class RetryReporter implements Reporter {
  private readonly retried: string[] = [];

  onTestCaseResult(testCase: TestCase): void {
    const diagnostic = testCase.diagnostic();
    if (testCase.result().state === 'passed' && diagnostic && diagnostic.retryCount > 0) {
      this.retried.push(`${testCase.module.moduleId.replace(`${process.cwd()}/`, '')} > ${testCase.fullName}`);
    }
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>): void {
    if (this.retried.length === 0) return;
    console.log(`\nVitest: ${this.retried.length} passed only after a retry (flaky: fix them):`);
    for (const name of this.retried) console.log(`  - ${name}`);
  }
}
