import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';

/** The element that has focus, described enough to assert on. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      id: el?.dataset.id ?? '',
      rowIndex: Number(el?.getAttribute('aria-rowindex') ?? 0),
      name: el?.getAttribute('aria-label') ?? el?.textContent ?? '',
      label: el?.querySelector('a')?.textContent ?? '',
    };
  });
}

async function signInAsAnna(page: Page) {
  await page.goto('/?as=anna');
  await expect(page).toHaveURL(/\/brevlada\/.+\/inkorg$/);
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
}

test('keyboard only: Tab into the inbox, move with j/k and arrows, open, and come back to the same row', async ({ page }) => {
  await signInAsAnna(page);

  // Tab until a list row has focus (past the header, mailbox links, search and filters).
  for (let i = 0; i < 30 && (await focused(page)).tag !== 'TR'; i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'TR', rowIndex: 2 });

  await page.keyboard.press('j');
  expect((await focused(page)).rowIndex).toBe(3);
  await page.keyboard.press('ArrowDown');
  expect((await focused(page)).rowIndex).toBe(4);
  await page.keyboard.press('k');
  expect((await focused(page)).rowIndex).toBe(3);
  await page.keyboard.press('ArrowUp');
  expect((await focused(page)).rowIndex).toBe(2);
  await page.keyboard.press('j');
  const row = await focused(page);
  expect(row.name).toMatch(/Från .+\. \d{1,2} [a-zé]+\.? 2026 \d{2}:\d{2}/);

  // Enter opens the message; focus lands on its heading.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/meddelande/${encodeURIComponent(row.id)}$`));
  const heading = page.getByRole('heading', { level: 1, name: row.label, exact: true });
  await expect(heading).toBeFocused();
  await expectNoAxeViolations(page, 'message opened from the keyboard');

  // Escape goes back to the list, focus on the same row.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/inkorg$/);
  await expect.poll(async () => (await focused(page)).id).toBe(row.id);

  // The browser's Back does the same.
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/\/inkorg$/);
  await expect.poll(async () => (await focused(page)).id).toBe(row.id);

  // And the message page's own back link.
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  const back = page.getByRole('link', { name: /^Tillbaka till/ }).first();
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/inkorg$/);
  await expect.poll(async () => (await focused(page)).id).toBe(row.id);

  // / goes to the search field; typing filters and the page says what was searched.
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Sök i listan' });
  await expect(search).toBeFocused();
  await expect(page.getByText(/^Sökningen gäller rubrik, avsändande organisation och funktion i de \d+ meddelanden som visas/)).toBeVisible();
  await page.keyboard.type('polismyndigheten');
  await expect(page).toHaveURL(/sok=polismyndigheten/);
  await expect(page.getByText(/^\d+ av \d+ meddelanden visas$/)).toBeVisible();
});

test('no axe violations: list with filters open, help dialog, settings page', async ({ page }) => {
  await signInAsAnna(page);
  await expect(page).toHaveTitle(/Inkorg – \u2068Socialtjänsten barn och unga\u2069 – SDK Meddelandeklient$/);

  await page.getByRole('button', { name: /^Filter/ }).click();
  await expect(page.getByLabel('Från och med')).toBeVisible();
  await page.getByLabel('Endast sekretess').check();
  await expect(page.getByText(/^\d+ av \d+ meddelanden visas$/)).toBeVisible();
  await expectNoAxeViolations(page, 'inbox with filters open');

  await page.getByRole('link', { name: 'Skickat' }).click();
  await page.getByRole('button', { name: /^Filter/ }).click();
  await page.getByLabel('Problem – avvisade eller inte levererade').check();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page, 'sent list with status filter');

  // Help dialog from the keyboard.
  await page.getByRole('table').getByRole('link').first().focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Kortkommandon' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'shortcut help dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: 'Inställningar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeFocused();
  await expectNoAxeViolations(page, 'settings page');

  // Switched off: ? no longer opens the help.
  await page.getByRole('checkbox', { name: 'Använd kortkommandon med en tangent' }).uncheck();
  await page.getByRole('link', { name: 'Tillbaka till brevlådan' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.keyboard.press('?');
  await expect(dialog).toBeHidden();
  const prefs = await page.evaluate(() => window.localStorage.getItem('sdk-mk-prefs'));
  expect(JSON.parse(prefs ?? '{}').state).toEqual({ shortcutsEnabled: false, density: 'comfortable' });
});
