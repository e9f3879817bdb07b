import { readFile } from 'node:fs/promises';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';
import { MT_SIM_ORIGIN } from '../scripts/ports';
import { paths } from '../src/routes/paths';

/**
 * The superuser console's mailboxes, access and log (issue 9 parts 1–3; issue 8's "a grant
 * revoked while the user is signed in removes the mailbox on the next poll"), in two browser
 * contexts: Sara (superuser of Malmö) registers a function mailbox — by keyboard alone — and
 * gives Anna "Läsa och skicka"; Anna, signed in before the grant, gets it on her next poll,
 * sends from it to Socialtjänsten in Lund, and loses it on the poll after Sara revokes it (its
 * address and her sent message's are refused). The log shows all of it, also as CSV. Anna is refused the console, page and API. Axe on every page.
 */
const ORGANIZATION = '0203:malmo.se';
// The preview gateway starts on a fresh database, but a reused server keeps its registry: a fresh function name per run.
const FUNCTION = `familjeratt-${Date.now().toString(36)}`;
const MAILBOX = `sdk:${FUNCTION}:${ORGANIZATION}`;
const NAME = 'Familjerätt';
// The app polls every 5 s here (the config's minimum) instead of 15: a grant shows on the next poll.
const POLL_SECONDS = 5;

/** Every page of the context reads a config.json that polls every POLL_SECONDS. */
async function pollFast(context: BrowserContext): Promise<void> {
  await context.route('**/config.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), pollIntervalSeconds: POLL_SECONDS } });
  });
}

/** Signs in and returns the access token the app sends to the gateway (kept in the test only). */
async function signIn(page: Page, who: 'anna' | 'sara'): Promise<string> {
  const me = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/mk/me' && r.headers()['authorization'] !== undefined);
  await page.goto(`/?as=${who}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  const authorization = (await me).headers()['authorization'] ?? '';
  expect(authorization).toMatch(/^Bearer ey/);
  return authorization;
}

/** Presses Tab until `target` has focus (the keyboard's way there; fails after `max` presses). */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The mailbox switcher's link to a mailbox (found by its identifier, shown under its name). */
const switcherLink = (page: Page, mailbox: string) => page.locator('.mailbox-switcher__item', { hasText: mailbox }).getByRole('link');

test('Sara registers a mailbox and grants it to Anna, who sends from it; revoked, it is gone; the log shows it all; Anna is refused the console', async ({ browser }) => {
  test.setTimeout(240_000);
  const contexts = { sara: await browser.newContext(), anna: await browser.newContext() };
  await pollFast(contexts.sara);
  await pollFast(contexts.anna);
  const sara = await contexts.sara.newPage();
  const anna = await contexts.anna.newPage();

  // Anna is signed in before any of it.
  const annaToken = await signIn(anna, 'anna');
  await expect(switcherLink(anna, MAILBOX)).toHaveCount(0);

  // --- Sara registers the mailbox, by keyboard alone. ---
  await signIn(sara, 'sara');
  await sara.goto(paths.console('funktionsbrevlador'));
  await expect(sara.getByRole('heading', { level: 2, name: 'Funktionsbrevlådor' })).toBeVisible();
  await expect(sara.getByRole('table', { name: 'Organisationens funktionsbrevlådor' })).toBeVisible();
  await expectNoAxeViolations(sara, 'console: Funktionsbrevlådor');

  const create = sara.getByRole('button', { name: 'Ny funktionsbrevlåda' });
  await tabTo(sara, create);
  await sara.keyboard.press('Enter');
  const form = sara.getByRole('form', { name: 'Ny funktionsbrevlåda' });
  await expect(form).toBeVisible();
  // Focus moves into the form (its heading), the identifier is the next stop.
  await expect(form.getByRole('heading', { name: 'Ny funktionsbrevlåda' })).toBeFocused();
  const idField = form.getByRole('textbox', { name: 'Identifierare' });
  await expect(idField).toHaveValue(`sdk::${ORGANIZATION}`);
  await sara.keyboard.press('Tab');
  await expect(idField).toBeFocused();
  // A wrong organisation first: the field says so and keeps what was typed.
  await sara.keyboard.press('ControlOrMeta+a');
  await sara.keyboard.type(`sdk:${FUNCTION}:0203:lund.se`);
  await sara.keyboard.press('Tab');
  await sara.keyboard.type(NAME);
  await sara.keyboard.press('Enter');
  await expect(form.getByText('Rätta felen nedan.')).toBeVisible();
  await expect(form.getByText(/Identifieraren måste sluta med din organisations id/)).toBeVisible();
  await expect(idField).toHaveAttribute('aria-invalid', 'true');
  await expect(idField).toHaveValue(`sdk:${FUNCTION}:0203:lund.se`);
  await expect(form.getByRole('textbox', { name: 'Namn' })).toHaveValue(NAME);
  await expectNoAxeViolations(sara, 'console: the new mailbox form with an error');

  await tabTo(sara, idField);
  await sara.keyboard.press('ControlOrMeta+a');
  await sara.keyboard.type(MAILBOX);
  await tabTo(sara, form.getByRole('textbox', { name: 'Beskrivning' }));
  await sara.keyboard.type('Familjerättens ärenden: vårdnad, boende och umgänge.');
  await tabTo(sara, form.getByRole('button', { name: 'Registrera' }));
  await sara.keyboard.press('Enter');
  await expect(sara.getByRole('status').filter({ hasText: `Funktionsbrevlådan \u2068${NAME}\u2069 är registrerad.` })).toBeVisible();
  // The form is gone: focus is back on the button that opened it.
  await expect(create).toBeFocused();
  const row = sara.getByRole('table', { name: 'Organisationens funktionsbrevlådor' }).getByRole('row', { name: new RegExp(MAILBOX) });
  await expect(row).toContainText('Aktiv');
  await expect(row).toContainText('Inte publicerad');
  await expectNoAxeViolations(sara, 'console: Funktionsbrevlådor after registering');

  // Publishing in SDK Adressbok is done in Digg's administration (no API); the simulator's control stands in for it.
  const published = await sara.request.post(`${MT_SIM_ORIGIN}/api/__sim/address-book/publish`, { data: { identifier: MAILBOX, name: NAME } });
  expect(published.status()).toBe(200);

  // --- Sara gives Anna "Läsa och skicka". ---
  await sara.getByRole('navigation', { name: 'Konsolens delar' }).getByRole('link', { name: 'Behörigheter' }).click();
  await expect(sara.getByRole('heading', { level: 2, name: 'Behörigheter' })).toBeVisible();
  await sara.getByRole('combobox', { name: 'Välj funktionsbrevlåda' }).selectOption(MAILBOX);
  await expect(sara.getByText('Ingen har behörighet till brevlådan.')).toBeVisible();
  const grantForm = sara.getByRole('form', { name: 'Ge behörighet' });
  await grantForm.getByRole('textbox', { name: 'Sök person eller grupp' }).fill('Anna');
  await grantForm.getByRole('button', { name: /^Välj .*Anna Lindqvist/ }).click();
  await expect(grantForm.getByText(/^Vald: .*Anna Lindqvist/)).toBeVisible();
  await grantForm.getByRole('radio', { name: 'Läsa och skicka' }).check();
  await expectNoAxeViolations(sara, 'console: Behörigheter, a grant being made');
  await grantForm.getByRole('button', { name: 'Ge behörighet' }).click();
  await expect(sara.getByRole('status').filter({ hasText: /har nu behörigheten Läsa och skicka till/ })).toBeVisible();
  const grants = sara.getByRole('table', { name: /^Vem når/ });
  await expect(grants.getByRole('row', { name: /Anna Lindqvist/ })).toContainText('Läsa och skicka');
  await expectNoAxeViolations(sara, 'console: Behörigheter with the grant');

  // --- Anna: the mailbox comes on her next poll, without a reload; she sends from it. ---
  await expect(switcherLink(anna, MAILBOX)).toBeVisible({ timeout: 4 * POLL_SECONDS * 1000 });
  // Named from the registry even before the address-book copy lists it.
  await expect(switcherLink(anna, MAILBOX)).toContainText(NAME);
  await switcherLink(anna, MAILBOX).click();
  await expect(anna).toHaveURL(new RegExp(`${encodeURIComponent(MAILBOX).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expectNoAxeViolations(anna, "Anna's new mailbox");
  await anna.getByRole('link', { name: 'Nytt meddelande' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: 'Nytt meddelande' })).toBeVisible();
  await expect(anna.getByRole('combobox', { name: 'Från' })).toHaveValue(MAILBOX);
  const label = `E2E ${Date.now()}: från ${NAME}`;
  await anna.getByRole('combobox', { name: 'Till' }).fill('Lund soc');
  await anna.getByRole('listbox').getByRole('option', { name: /^Socialtjänsten, Lunds kommun/ }).first().click();
  await anna.getByLabel('Rubrik', { exact: true }).fill(label);
  await anna.getByRole('radio', { name: 'Nej', exact: true }).check();
  await anna.getByRole('textbox', { name: 'Meddelande' }).fill('Hej! Vi på familjerätten behöver ert yttrande.');
  await expectNoAxeViolations(anna, 'the composer in the new mailbox');
  await anna.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(anna).toHaveURL(/\/skickat$/, { timeout: 30_000 });
  const sent = anna.getByRole('table').getByRole('row').filter({ hasText: label });
  await expect(async () => {
    await anna.reload();
    await expect(sent.locator('[data-status="ACCEPTED"]')).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  await expectNoAxeViolations(anna, 'the new mailbox: Skickat');
  await sent.getByRole('link', { name: label }).click();
  await expect(anna.getByRole('heading', { level: 1, name: label })).toBeVisible();
  const messageUrl = anna.url();

  // --- Sara revokes; Anna loses the mailbox on her next poll, and its address refuses her. ---
  await grants.getByRole('button', { name: /^Ta bort behörigheten för .*Anna Lindqvist/ }).click();
  // The row and its button are gone: focus moves to the notice that says what happened.
  await expect(sara.getByRole('status').filter({ hasText: /Behörigheten för .*Anna Lindqvist.* är borttagen/ })).toBeFocused();
  await expect(sara.getByText('Ingen har behörighet till brevlådan.')).toBeVisible();
  await expect(switcherLink(anna, MAILBOX)).toHaveCount(0, { timeout: 4 * POLL_SECONDS * 1000 });
  await expect(anna.getByRole('heading', { level: 1, name: 'Det här är inte din funktionsbrevlåda' })).toBeVisible();
  await anna.goto(paths.mailbox(MAILBOX, 'inbox'));
  await expect(anna.getByRole('heading', { level: 1, name: 'Det här är inte din funktionsbrevlåda' })).toBeVisible();
  await expect(anna.getByText(`Du har inte behörighet till funktionsbrevlådan \u2068${MAILBOX}\u2069.`)).toBeVisible();
  await expectNoAxeViolations(anna, 'a revoked mailbox by its address');
  await anna.goto(messageUrl);
  await expect(anna.getByRole('heading', { level: 1, name: 'Det här är inte din funktionsbrevlåda' })).toBeVisible();
  await expect(anna.getByText(label)).toHaveCount(0);
  const listed = await anna.request.get(`/api/sdk/messages?filter[senderAttention.subOrganization.extension]=${encodeURIComponent(MAILBOX)}`, {
    headers: { authorization: annaToken },
  });
  expect(listed.status()).toBe(403);

  // --- The log: registration, grant, revocation and Anna's send, filtered on the mailbox; and as CSV. ---
  await sara.getByRole('navigation', { name: 'Konsolens delar' }).getByRole('link', { name: 'Logg' }).click();
  await expect(sara.getByRole('heading', { level: 2, name: 'Logg' })).toBeVisible();
  const filters = sara.getByRole('form', { name: 'Filter' });
  await filters.getByRole('combobox', { name: 'Funktionsbrevlåda' }).selectOption(MAILBOX);
  await filters.getByRole('button', { name: 'Visa' }).click();
  const log = sara.getByRole('table', { name: /^Logg, nyast först/ });
  const entry = (kind: string) => log.getByRole('row').filter({ hasText: kind });
  await expect(entry('Brevlåda registrerad')).toHaveCount(1);
  await expect(entry('Behörighet given')).toHaveCount(1);
  await expect(entry('Behörighet borttagen')).toHaveCount(1);
  await expect(entry('Meddelande skickat')).toHaveCount(1);
  await expect(entry('Meddelande skickat')).toContainText('Anna Lindqvist');
  await expect(entry('Meddelande öppnat').first()).toContainText('Anna Lindqvist');
  // Only this mailbox's entries.
  await expect(log.getByRole('row').filter({ hasNotText: MAILBOX })).toHaveCount(1); // the heading row
  await expectNoAxeViolations(sara, 'console: Logg filtered on the new mailbox');

  const downloading = sara.waitForEvent('download');
  await filters.getByRole('button', { name: 'Ladda ner CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mk-logg-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...lines] = csv.trim().split(/\r\n/);
  expect(header).toBe('at,source,kind,actor_sub,actor_name,mailbox,message_id,summary');
  const kinds = lines.map((line) => line.split(',')[2]);
  expect([...new Set(kinds)].sort()).toEqual(['grant.created', 'grant.revoked', 'mailbox.created', 'message.read', 'message.send']);
  expect(kinds.filter((kind) => kind !== 'message.read')).toHaveLength(4);
  expect(lines.every((line) => line.includes(MAILBOX))).toBe(true);
  expect(csv).not.toContain('Vi på familjerätten');

  // --- Anna is refused the console: the page and the API. ---
  await anna.goto(paths.console());
  await expect(anna.getByRole('heading', { level: 1, name: 'Du har inte tillgång till konsolen' })).toBeVisible();
  await expect(anna.getByRole('link', { name: 'Till startsidan' })).toBeVisible();
  await expectNoAxeViolations(anna, 'the console refused to Anna');
  for (const path of ['/api/mk/admin/mailboxes', `/api/mk/admin/mailboxes/${encodeURIComponent(MAILBOX)}/grants`, '/api/mk/admin/log']) {
    const refused = await anna.request.get(path, { headers: { authorization: annaToken } });
    expect(refused.status(), path).toBe(403);
  }

  await contexts.sara.close();
  await contexts.anna.close();
});
