import { expect, test, type Page } from '@playwright/test';
import { FA } from '../mocks/personas';
import { paths } from '../src/routes/paths';
import { expectNoAxeViolations, SMALL_PDF, storedAppData } from './support';


async function chooseRecipient(page: Page, query: string, option: RegExp) {
  const input = page.getByRole('combobox', { name: 'Till' });
  await input.fill(query);
  await page.getByRole('listbox').getByRole('option', { name: option }).first().click();
  await expect(input).toHaveValue('');
}

async function openComposer(page: Page) {
  await page.getByRole('link', { name: 'Nytt meddelande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt meddelande' })).toBeVisible();
}

test('compose: find a function in another municipality, send confidential with a personnummer and a PDF, reply across municipalities', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const label = `E2E ${stamp}: orosanmälan`;
  const listLabel = `E2E ${stamp}: inbjudan till samverkan`;

  const malmo = await browser.newContext();
  const anna = await malmo.newPage();
  await anna.goto('/?as=anna');
  await expect(anna.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });

  // An empty composer and its error summary are accessible.
  await openComposer(anna);
  await expectNoAxeViolations(anna, 'empty composer');
  await anna.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(anna.getByRole('alert').filter({ hasText: 'Det finns fel i meddelandet' })).toBeFocused();
  await expectNoAxeViolations(anna, 'composer with error summary');

  // Recipient by part of its name, in another municipality.
  const input = anna.getByRole('combobox', { name: 'Till' });
  await input.fill('Lund soc');
  await expect(anna.getByRole('listbox').getByRole('option').first()).toContainText('Socialtjänsten, Lunds kommun');
  await expectNoAxeViolations(anna, 'composer with the recipient suggestions open');
  await anna.getByRole('listbox').getByRole('option', { name: /^Socialtjänsten, Lunds kommun/ }).click();
  await expect(anna.getByRole('list', { name: 'Vald mottagare' })).toContainText('Socialtjänsten, Lunds kommun');

  await anna.getByLabel('Rubrik', { exact: true }).fill(label);
  await anna.getByRole('radio', { name: 'Ja, omfattas av sekretess' }).check();
  await anna.getByRole('textbox', { name: 'Meddelande' }).fill('Hej!\n\nVi behöver ett **SIP-möte** om barnet. Underlaget finns i pdf:en.');
  await anna.getByRole('button', { name: 'Lägg till referens' }).click();
  await anna.getByLabel('Typ av referens 1').selectOption({ label: 'Personnummer' });
  await anna.getByLabel('Referens 1', { exact: true }).fill('19121212-1212');
  await anna.getByTestId('attachment-input').setInputFiles({ name: 'underlag.pdf', mimeType: 'application/pdf', buffer: SMALL_PDF });
  await expect(anna.getByText('underlag.pdf', { exact: true })).toBeVisible();
  await anna.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(anna.getByRole('region', { name: /Förhandsgranskning/ }).locator('strong')).toHaveText('SIP-möte');
  // The draft is saved in this tab's session storage only.
  await expect(anna.getByText(/^Utkastet sparades/)).toBeVisible({ timeout: 10_000 });
  const stored = await storedAppData(anna);
  expect(stored.local).toEqual([]);
  expect(stored.session).toContain('sdk-mk:drafts');
  await expectNoAxeViolations(anna, 'filled composer');

  await anna.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(anna).toHaveURL(/\/skickat$/, { timeout: 30_000 });
  await expect(anna.getByText(`Meddelandet ”\u2068${label}\u2069” är skickat`)).toBeVisible();
  const row = anna.getByRole('row').filter({ hasText: label });
  await expect(row).toBeVisible();
  await expect(row.getByText('Accepterat', { exact: false })).toBeVisible({ timeout: 60_000 });

  // A send list: three recipients, three messages, after a summary.
  await openComposer(anna);
  await chooseRecipient(anna, 'Lund soc', /^Socialtjänsten, Lunds kommun/);
  await chooseRecipient(anna, 'Ystad soc', /^Socialtjänsten, Ystads kommun/);
  await chooseRecipient(anna, 'Skåne registrator', /^Registrator, Region Skåne/);
  await anna.getByLabel('Rubrik', { exact: true }).fill(listLabel);
  await anna.getByRole('radio', { name: 'Nej' }).check();
  await anna.getByRole('textbox', { name: 'Meddelande' }).fill('Välkomna till ett samverkansmöte.');
  await anna.getByRole('button', { name: 'Skicka 3 meddelanden' }).click();
  const dialog = anna.getByRole('dialog', { name: 'Skicka 3 meddelanden?' });
  await expect(dialog.getByText('3 meddelanden skickas:')).toBeVisible();
  await expectNoAxeViolations(anna, 'send list summary dialog');
  await dialog.getByRole('button', { name: 'Skicka 3 meddelanden' }).click();
  await expect(anna).toHaveURL(/\/skickat$/, { timeout: 30_000 });
  await expect(anna.getByRole('row').filter({ hasText: listLabel })).toHaveCount(3);

  // Erik in Lund receives the confidential message and replies.
  const lund = await browser.newContext();
  const erik = await lund.newPage();
  await erik.goto('/?as=erik');
  // Signed in first: a reload during the IdP redirect would abort it (and the app's redirect-loop
  // guard then rightly stops trying).
  await expect(erik.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  const received = erik.getByRole('link', { name: label });
  await expect(async () => {
    if (!(await received.isVisible())) await erik.reload();
    await expect(received).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  await received.click();
  await erik.getByRole('link', { name: 'Svara' }).click();
  await expect(erik.getByRole('heading', { level: 1, name: 'Svara' })).toBeVisible();
  await expect(erik.getByLabel('Rubrik', { exact: true })).toHaveValue(`SV: ${label}`);
  await expect(erik.getByRole('list', { name: 'Vald mottagare' })).toContainText('Socialtjänsten barn och unga');
  await erik.getByRole('radio', { name: 'Ja, omfattas av sekretess' }).check();
  await erik.getByRole('textbox', { name: 'Meddelande' }).fill('Tack, vi kan ses på tisdag.');
  await expectNoAxeViolations(erik, 'reply composer');
  await erik.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(erik).toHaveURL(/\/skickat$/, { timeout: 30_000 });

  // Anna sees the reply, in the same conversation as her message.
  await anna.goto(paths.mailbox(FA.malmoBarnUnga, 'inbox'));
  const reply = anna.getByRole('link', { name: `SV: ${label}` });
  await expect(async () => {
    if (!(await reply.isVisible())) await anna.reload();
    await expect(reply).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  await reply.click();
  await expect(anna.getByRole('heading', { level: 1, name: `SV: ${label}` })).toBeVisible();
  const conversation = anna.getByRole('region', { name: 'Konversation' });
  await expect(conversation).toBeVisible();
  await expect(conversation.getByText(label, { exact: true })).toBeVisible();

  await lund.close();
  await malmo.close();
});

test('drafts: listed per mailbox, survive a reload, deleted with confirmation', async ({ page }) => {
  const label = `E2E ${Date.now()}: utkast`;
  await page.goto('/?as=anna');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  await openComposer(page);
  await page.getByLabel('Rubrik', { exact: true }).fill(label);
  await page.getByRole('textbox', { name: 'Meddelande' }).fill('Sparas bara i fliken.');
  await expect(page).toHaveURL(/\?utkast=/, { timeout: 10_000 });
  await page.reload();
  await expect(page.getByLabel('Rubrik', { exact: true })).toHaveValue(label);

  await page.getByRole('link', { name: 'Alla utkast' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Utkast' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Öppna utkastet \u2068${label}\u2069` })).toBeVisible();
  await expectNoAxeViolations(page, 'drafts page');
  await page.getByRole('button', { name: `Ta bort utkastet \u2068${label}\u2069` }).click();
  await expectNoAxeViolations(page, 'delete draft dialog');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort utkastet' }).click();
  await expect(page.getByRole('link', { name: `Öppna utkastet \u2068${label}\u2069` })).toHaveCount(0);
});
