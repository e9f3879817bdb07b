import { expect, test, type BrowserContext } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { FA } from '../mocks/personas';
import { expectNoAxeViolations } from './support';

/**
 * config.json can run the message service inside the browser (MSW service worker) for
 * trainers with no simulator at hand, with the real MK gateway in the page in front of it
 * (PGlite in memory, the demo registry). The API base below is one nothing else answers, so
 * only the in-browser mock and gateway can make the inbox appear.
 */
async function enableBrowserMock(context: BrowserContext): Promise<void> {
  const config = JSON.parse(await readFile('public/config.json', 'utf8')) as Record<string, unknown>;
  await context.route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...config, apiBaseUrl: '/demo-api', mock: { enabled: true } }),
    }),
  );
}

// PGlite starts in the page (WebAssembly, initdb, migrations): the first answer takes seconds.
const GATEWAY_START = { timeout: 45_000 };

test('with mock.enabled the inbox is served by the in-browser mock, and survives the sign-in redirect', async ({ context, page }) => {
  await enableBrowserMock(context);
  await page.goto('/?as=tove');
  await expect(page.getByRole('banner').getByText('Tove Persson')).toBeVisible(GATEWAY_START);
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
  const stored = await page.evaluate(() => Object.keys(window.sessionStorage));
  expect(stored).toContain('sdk-mk-demo-mock-world');
  await expectNoAxeViolations(page, 'inbox served by the in-browser mock');
});

test('with mock.enabled the API goes through the MK gateway in the page: /mk/me levels come from its registry', async ({ context, page }) => {
  await enableBrowserMock(context);
  const me = page.waitForResponse((response) => new URL(response.url()).pathname === '/demo-api/mk/me' && response.status() === 200, GATEWAY_START);
  await page.goto('/?as=sara');
  const answer = await me;
  // The gateway names every answer with a request id (the mock service alone does not).
  expect(answer.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  // Sara administers the registrator mailbox in the demo registry; the mock service alone
  // (from the token's auth_id) would say "send".
  const body = (await answer.json()) as { subject: string; mailboxes: { id: string; level: string }[] };
  expect(body.subject).toBe('sara');
  expect(body.mailboxes).toEqual([expect.objectContaining({ id: FA.malmoRegistrator, level: 'admin' })]);
  await expect(page.getByRole('banner').getByText('Sara Nilsson')).toBeVisible(GATEWAY_START);
});
