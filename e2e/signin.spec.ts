import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, storedAppData } from './support';

const MAILBOX_NAV = { name: 'Funktionsbrevlådor' };

test('a case worker signs in through the local IdP, reads her mailboxes and signs out leaving nothing behind', async ({ page }) => {
  // config.json says mock.enabled = false: the in-browser mock must never be fetched.
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/');

  // The app sends her to the local IdP's Swedish account chooser.
  await expect(page.getByRole('heading', { name: 'Logga in – lokal testinloggning' })).toBeVisible();
  await expectNoAxeViolations(page, 'IdP account chooser');
  await page.getByRole('button', { name: /Anna Lindqvist/ }).click();

  // Back in the app: the callback's code/state are gone from the URL.
  await expect(page).toHaveURL(/\/brevlada\/.+\/inkorg$/);
  expect(page.url()).not.toMatch(/[?&](code|state)=/);
  await expect(page.getByRole('banner').getByText(/DEMO/)).toBeVisible();
  await expect(page.getByRole('banner').getByText('Anna Lindqvist')).toBeVisible();

  // Both of her function mailboxes are listed, labelled from the address book.
  const nav = page.getByRole('navigation', MAILBOX_NAV);
  await expect(nav.getByRole('link', { name: /Socialtjänsten barn och unga/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: /Äldreomsorg/ })).toBeVisible();

  // The inbox lists messages; a confidential one is marked.
  const firstMessage = page.getByRole('table').getByRole('link').first();
  await expect(firstMessage).toBeVisible();
  await expect(page.getByRole('table').getByText('Sekretess').first()).toBeVisible();
  await expectNoAxeViolations(page, 'inbox');

  expect(requested.filter((url) => /mockServiceWorker|\/assets\/browser-/.test(url))).toEqual([]);

  // Reload keeps her signed in.
  await page.reload();
  await expect(firstMessage).toBeVisible();

  // Open a message: heading, sender and confidentiality are shown.
  const label = (await firstMessage.textContent())?.trim() ?? '';
  await firstMessage.click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeFocused();
  await expect(page.getByText(/Omfattas (inte )?av sekretess/).first()).toBeVisible();
  await expect(page.getByText('Avsändare', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'message view');

  // The other mailbox and its sent messages.
  await nav.getByRole('link', { name: /Äldreomsorg/ }).click();
  await page.getByRole('link', { name: 'Skickat' }).click();
  await expect(page).toHaveURL(/aldreomsorg.*\/skickat$/);
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page, 'sent list');

  // Sign out: the IdP session ends, the app says so, and nothing of hers is left in the browser.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { name: 'Du är utloggad' })).toBeVisible();
  await expectNoAxeViolations(page, 'signed-out page');
  // Nothing of hers is left but, by design (docs/decisions/0006-read-state.md), the ids of the
  // messages she has read, under a hashed key, and device preferences: never content or tokens.
  const stored = await storedAppData(page);
  expect(stored.session).toEqual([]);
  expect(stored.caches).toEqual([]);
  expect(stored.local.filter((key) => !/^sdk-mk-read:[0-9a-f]{64}$/.test(key) && key !== 'sdk-mk-prefs')).toEqual([]);
  const readKey = stored.local.find((key) => key.startsWith('sdk-mk-read:'));
  expect(readKey, 'the message she opened is remembered as read').toBeDefined();
  const readState = await page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? 'null'), readKey ?? '');
  expect(Object.keys(readState).sort()).toEqual(['ids', 'v']);
  expect(readState.ids.every((id: unknown) => typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id))).toBe(true);
  await expect(page.getByText('Anna Lindqvist')).toHaveCount(0);

  // Going back to her inbox does not show her messages: the IdP session is over, so the app
  // asks who you are again.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Logga in – lokal testinloggning' })).toBeVisible();
  await expect(page.getByText(label)).toHaveCount(0);
});

test('?as= opens the demo directly as the named person', async ({ page }) => {
  await page.goto('/?as=erik');
  await expect(page).toHaveURL(/\/brevlada\/sdk%3Asocialtjanst%3A0203%3Alund\.se\/inkorg$/);
  await expect(page.getByRole('banner').getByText('Erik Johansson')).toBeVisible();
  await expect(page.getByRole('banner').getByText('Lunds kommun')).toBeVisible();
  await expect(page.getByRole('navigation', MAILBOX_NAV).getByRole('list', MAILBOX_NAV).getByRole('link')).toHaveCount(1);
  await expectNoAxeViolations(page, 'inbox as erik');
});

test('a user without a function mailbox gets a helpful page, not an empty inbox', async ({ page }) => {
  await page.goto('/?as=nils');
  await expect(page.getByRole('heading', { name: 'Du har ingen funktionsbrevlåda' })).toBeVisible();
  await expect(page.getByText(/superanvändaren/)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoAxeViolations(page, 'no-mailbox page');
});

test('the English UI is one click away', async ({ page }) => {
  await page.goto('/?as=anna');
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page, 'inbox in English');
});
