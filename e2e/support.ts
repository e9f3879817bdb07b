import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe on the current page and fails with a readable list of WCAG 2.1 A/AA violations. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** Everything the app may have left in the browser's storage for this origin. */
export async function storedAppData(page: Page): Promise<{ local: string[]; session: string[]; caches: string[] }> {
  return page.evaluate(async () => ({
    local: Object.keys(window.localStorage),
    session: Object.keys(window.sessionStorage),
    caches: 'caches' in window ? await window.caches.keys() : [],
  }));
}
