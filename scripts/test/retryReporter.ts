/**
 * Vitest reporter that names every test that passed only on a retry (CI allows one, see
 * vite.config.ts). The default reporter counts such a test as passed and says nothing, which
 * would hide a flaky test; this lists them after the run.
 */
import type { Reporter, TestCase, TestModule } from 'vitest/node';

export default class RetryReporter implements Reporter {
  private readonly retried: Array<{ name: string; errors: string[] }> = [];

  onTestCaseResult(testCase: TestCase): void {
    const result = testCase.result();
    const diagnostic = testCase.diagnostic();
    if (result.state === 'passed' && diagnostic && diagnostic.retryCount > 0) {
      this.retried.push({
        name: `${testCase.module.moduleId.replace(`${process.cwd()}/`, '')} > ${testCase.fullName}`,
        // A test that passed on a retry still carries the failed attempt's errors: print them,
        // so a flake seen once on CI can be diagnosed from the log.
        errors: (result.errors ?? []).map((error) => (error.stack ?? error.message).split('\n').slice(0, 6).join('\n      ')),
      });
    }
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>): void {
    if (this.retried.length === 0) return;
    console.log(`\nVitest: ${this.retried.length} passed only after a retry (flaky: fix them):`);
    for (const { name, errors } of this.retried) {
      console.log(`  - ${name}`);
      for (const error of errors) console.log(`      ${error}`);
    }
  }
}
