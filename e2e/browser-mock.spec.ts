import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './support';

/**
 * config.json can run the message service inside the browser (MSW service worker) for
 * trainers with no simulator at hand. The API base below is one nothing else answers, so only
 * the in-browser mock can make the inbox appear.
 */
test('with mock.enabled the inbox is served by the in-browser mock, and survives the sign-in redirect', async ({ context, page }) => {
  const config = JSON.parse(await readFile('public/config.json', 'utf8')) as Record<string, unknown>;
  await context.route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...config, apiBaseUrl: '/demo-api', mock: { enabled: true } }),
    }),
  );
  await page.goto('/?as=tove');
  await expect(page.getByRole('banner').getByText('Tove Persson')).toBeVisible();
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
  const stored = await page.evaluate(() => Object.keys(window.sessionStorage));
  expect(stored).toContain('sdk-mk-demo-mock-world');
  await expectNoAxeViolations(page, 'inbox served by the in-browser mock');
});
