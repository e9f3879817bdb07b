/**
 * Sending never loses work and never sends twice, in Chromium against the simulator:
 * - offline while sending: the composer says it waits, and the message goes out once when
 *   the connection returns;
 * - the first POST is stored by the service but its answer is lost: the retry is answered
 *   "duplicate messageId", which counts as sent — still exactly one message.
 * (The attachment-encoding figures come from npm run bench: scripts/bench/attachmentEncoding.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, SMALL_PDF } from './support';

async function writeMessage(page: Page, label: string) {
  await page.goto('/?as=anna');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Nytt meddelande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt meddelande' })).toBeVisible();
  const to = page.getByRole('combobox', { name: 'Till' });
  await to.fill('Lund soc');
  await page.getByRole('listbox').getByRole('option', { name: /^Socialtjänsten, Lunds kommun/ }).first().click();
  await page.getByLabel('Rubrik', { exact: true }).fill(label);
  await page.getByRole('radio', { name: 'Nej' }).check();
  await page.getByRole('textbox', { name: 'Meddelande' }).fill('Hej! Underlaget finns i den bifogade filen.');
  await page.getByTestId('attachment-input').setInputFiles({ name: 'underlag.pdf', mimeType: 'application/pdf', buffer: SMALL_PDF });
  await expect(page.getByRole('list', { name: 'Bifogade filer' })).toContainText('underlag.pdf');
}

async function sentRows(page: Page, label: string) {
  await expect(page).toHaveURL(/\/skickat$/, { timeout: 30_000 });
  const rows = page.getByRole('row').filter({ hasText: label });
  await expect(rows.first()).toBeVisible();
  // Let the list settle (polling) before counting.
  await page.waitForTimeout(1500);
  return rows;
}

test('offline while sending: waits, says so, and sends exactly once when back online', async ({ page, context }) => {
  test.setTimeout(90_000);
  const label = `E2E ${Date.now()}: skickas när nätet är tillbaka`;
  let posts = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/sdk/messages')) posts++;
  });
  await writeMessage(page, label);

  await context.setOffline(true);
  await expect(page.getByText('Du är offline')).toBeVisible();
  await page.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(page.getByText('Väntar på anslutning – skickas när du är online igen', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(page, 'composer waiting for the connection');
  await page.waitForTimeout(3000);
  expect(posts).toBe(0);

  await context.setOffline(false);
  const rows = await sentRows(page, label);
  await expect(rows).toHaveCount(1);
  expect(posts).toBe(1);
});

test('the first POST is stored but its answer is lost: the retry counts as sent, one message', async ({ page }) => {
  test.setTimeout(90_000);
  const label = `E2E ${Date.now()}: svaret försvann`;
  let posts = 0;
  await page.route('**/api/sdk/messages', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    posts++;
    if (posts === 1) {
      const response = await route.fetch(); // reaches the service, which stores the message…
      expect(response.status()).toBe(201);
      return route.abort('connectionreset'); // …but the answer never arrives
    }
    return route.fallback();
  });
  await writeMessage(page, label);
  await page.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(page.locator('.send-progress__phase').getByText(/Nytt försök om \d+ s/)).toBeVisible({ timeout: 15_000 });
  const rows = await sentRows(page, label);
  await expect(rows).toHaveCount(1);
  expect(posts).toBe(2);
});
