import { expect, test } from '@playwright/test';
import { IDP_ISSUER } from '../scripts/ports';
import { expectNoAxeViolations } from './support';

test('an invalid config.json shows a Swedish error page naming the bad fields', async ({ page }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ environment: 'TEST', apiBaseUrl: '/api' }) }),
  );
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Konfigurationen är felaktig' })).toBeVisible();
  await expect(page.getByText(/environment/)).toBeVisible();
  await expect(page.getByText(/oidc/).first()).toBeVisible();
  await expectNoAxeViolations(page, 'config error page');
});

test('an unreachable IdP gives one clear error with a retry, never a redirect loop', async ({ page }) => {
  let discoveryRequests = 0;
  await page.route(`${IDP_ISSUER}/**`, (route) => {
    discoveryRequests += 1;
    return route.abort('connectionrefused');
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Inloggningen misslyckades' })).toBeVisible();
  await page.waitForTimeout(1500);
  const before = discoveryRequests;
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThanOrEqual(3);
  await expectNoAxeViolations(page, 'sign-in error page');

  // The IdP comes back; "Försök igen" signs in.
  await page.unroute(`${IDP_ISSUER}/**`);
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await expect(page.getByRole('heading', { name: 'Logga in – lokal testinloggning' })).toBeVisible();
});
