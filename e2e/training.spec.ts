import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';

/**
 * The trainer's course server (issue 11, ADR 0016): Tove creates a course of three from the
 * "rejected message" scenario; two participants sign in in their own browser contexts, one does
 * it right and one wrong, and the board shows exactly that; a fault for one participant hits
 * only her; reset brings back the starting state. Axe on every page.
 */
const OLD = /gammal adress \(övning\)/;
const RIGHT = /mottagning \(övning\)/;

async function participant(browser: Browser, code: string, n: number): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' })).newPage();
  await page.goto(`/?as=deltagare-${code}-0${n}`);
  await expect(page.getByText('ÖVNING', { exact: true })).toBeVisible({ timeout: 30_000 });
  return page;
}

async function send(page: Page, to: RegExp, query: string, label: string): Promise<void> {
  await page.getByRole('link', { name: 'Nytt meddelande' }).click();
  const recipient = page.getByRole('combobox', { name: 'Till' });
  await recipient.fill(query);
  await page.getByRole('listbox').getByRole('option', { name: to }).first().click();
  await page.getByLabel('Rubrik', { exact: true }).fill(label);
  await page.getByRole('radio', { name: 'Nej' }).check();
  await page.getByRole('textbox', { name: 'Meddelande' }).fill('Förfrågan om ett pågående ärende.');
  await page.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(page).toHaveURL(/\/skickat$/, { timeout: 30_000 });
}

const cell = (tove: Page, n: number, column: number) => tove.locator(`tr[data-participant="${n}"] td`).nth(column);

test('a course of three: right, wrong, a fault for one, and reset', async ({ page: tove, browser }) => {
  test.setTimeout(180_000);
  await tove.goto('/?as=tove');
  await expect(tove.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  await tove.getByRole('link', { name: 'Utbildning', exact: true }).click();
  await expect(tove).toHaveURL(/\/utbildning$/);
  await expect(tove.getByRole('heading', { level: 1, name: 'Utbildning', exact: true })).toBeVisible();
  await expect(tove.getByRole('row').filter({ hasText: 'Ett avvisat meddelande' })).toBeVisible();
  await expectNoAxeViolations(tove, 'the training console');

  await tove.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Ett avvisat meddelande' });
  await tove.getByLabel('Antal deltagare (1–40)').fill('3');
  // Rollout training 1 for Malmö: a typo in the organisation is named, and nothing typed is lost.
  await tove.getByLabel('Införandeutbildning', { exact: true }).selectOption({ label: 'Utbildning 1' });
  const organizations = tove.getByLabel('Organisationer (id, åtskilda med kommatecken)');
  await organizations.fill('0203:malmoo.se');
  await tove.getByRole('button', { name: 'Skapa kurs' }).click();
  await expect(tove.getByText(/Finns inte i registret: .*0203:malmoo\.se/)).toBeVisible();
  await expect(tove.getByLabel('Antal deltagare (1–40)')).toHaveValue('3');
  await expectNoAxeViolations(tove, 'the new-course form with a field error');
  await organizations.fill('0203:malmo.se');
  await tove.getByRole('button', { name: 'Skapa kurs' }).click();
  await expect(tove).toHaveURL(/\/utbildning\/kurs\/[a-z0-9]{6}$/);
  const code = tove.url().split('/').pop() ?? '';
  await expect(tove.getByText(/Utbildning 1 i införandet för .*0203:malmo\.se.*: bockas av/)).toBeVisible();
  await tove.getByRole('button', { name: 'Starta' }).click();
  await expect(tove.getByText(/Pågår/)).toBeVisible();
  await expect(tove.getByText(/Utbildning 1 i införandet för .*0203:malmo\.se.*: hölls/)).toBeVisible();
  await expect(cell(tove, 1, 0)).toContainText('Inget meddelande till');
  await expectNoAxeViolations(tove, 'the course page');

  const right = await participant(browser, code, 1);
  const wrong = await participant(browser, code, 2);
  await expect(right.getByText('Uppdrag: skicka en förfrågan').first()).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(right, "a participant's inbox");

  await send(right, OLD, 'gammal', 'Förfrågan 1');
  await send(wrong, OLD, 'gammal', 'Förfrågan 1');
  // The rejection arrives within seconds (the simulator's clock runs fast); then 1 resends right, 2 wrong again.
  await expect(right.getByRole('row').filter({ hasText: 'Förfrågan 1' })).toContainText('Kunde inte levereras', { timeout: 30_000 });
  await send(right, RIGHT, 'mottagning', 'Förfrågan 2');
  await send(wrong, OLD, 'gammal', 'Förfrågan 2');

  await expect(cell(tove, 1, 1)).toContainText('Klar', { timeout: 30_000 });
  await expect(cell(tove, 1, 0)).toContainText('Klar');
  await expect(cell(tove, 2, 0)).toContainText('Klar');
  await expect(cell(tove, 2, 1)).toContainText('senast skickat till', { timeout: 30_000 });
  await expect(cell(tove, 3, 0)).toContainText('Inget meddelande till');

  // A fault for participant 2 only: the message service is unavailable for her.
  await tove.getByLabel('Fel', { exact: true }).selectOption({ label: 'Meddelandetjänsten otillgänglig' });
  await tove.getByLabel('Minuter').fill('30');
  await tove.getByLabel('För', { exact: true }).selectOption({ label: 'Deltagare 2' });
  await tove.getByRole('button', { name: 'Lägg in felet' }).click();
  await expect(tove.getByText('Felet är inlagt för deltagare 2.')).toBeVisible();
  await expect(tove.locator('tr[data-participant="2"] th')).toContainText('Meddelandetjänsten otillgänglig');
  await expect(tove.locator('tr[data-participant="1"] th')).not.toContainText('Fel:');
  const status = async (page: Page) => page.evaluate(async () => (await fetch('/api/mk/health')).status);
  expect(await status(wrong)).toBe(200);
  await wrong.reload();
  await expect(wrong.getByRole('alert').first()).toBeVisible({ timeout: 30_000 });
  await right.reload();
  await expect(right.getByRole('row').filter({ hasText: 'Förfrågan 2' }).first()).toBeVisible({ timeout: 30_000 });

  // Reset participant 1: back to the scenario's start.
  await tove.getByRole('button', { name: 'Återställ deltagare 1' }).click();
  await expect(cell(tove, 1, 0)).toContainText('Inget meddelande till', { timeout: 30_000 });
  await expect(cell(tove, 1, 1)).toContainText('Inget avvisat meddelande');
  await expect(cell(tove, 2, 0)).toContainText('Klar');

  await tove.getByRole('link', { name: 'Deltagarblad (utskrift)' }).click();
  await expect(tove.getByRole('link', { name: new RegExp(`as=deltagare-${code}-03`) })).toBeVisible();
  await expectNoAxeViolations(tove, 'the participant sheet');
  await tove.goBack();
  await tove.getByRole('link', { name: 'Kursrapport' }).click();
  await expect(tove.getByRole('heading', { level: 1 })).toContainText('Kursrapport');
  await expectNoAxeViolations(tove, 'the course report');
});
