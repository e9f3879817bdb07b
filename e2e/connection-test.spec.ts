import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';

/**
 * The superuser console's connection test (issue 9 part 5, ADR 0014), signed in as Sara:
 * run it on Registrator, every case is judged as expected within the simulator's timing
 * (MT_SIM_SPEED=30: the missing receipt's 65 virtual seconds pass in about two real ones),
 * and the printable report holds the facts, the cases and the summary. Also the address-book
 * check and the system status pages. Axe on every page.
 */
const REGISTRATOR = 'sdk:registrator:0203:malmo.se';

test('Sara runs a connection test on Registrator, every case as expected, and opens the print view', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?as=sara');
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();

  await page.goto('/konsol/anslutningstest');
  await expect(page.getByRole('heading', { level: 2, name: 'Anslutningstest' })).toBeVisible();
  const mailbox = page.getByRole('combobox', { name: 'Funktionsbrevlåda att testa' });
  await expect(mailbox.locator(`option[value="${REGISTRATOR}"]`)).toHaveCount(1);
  await expectNoAxeViolations(page, 'the connection test page');

  await mailbox.selectOption(REGISTRATOR);
  await page.getByRole('button', { name: 'Kör anslutningstest' }).click();
  await expect(page).toHaveURL(/\/konsol\/anslutningstest\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 2, name: /Anslutningstest av Registrator/ })).toBeVisible();
  await expectNoAxeViolations(page, 'a running connection test');

  await expect(page.getByText('5 av 5 testfall klara.')).toBeVisible({ timeout: 60_000 });
  const cases = page.getByRole('table', { name: 'Testfall' });
  const rows = cases.getByRole('row');
  await expect(rows).toHaveCount(6);
  for (const name of ['Tas emot (ACCEPTED)', 'Avvisas med BV-orsak', 'Avvisas med signaturfel (SIG)', 'Meddelandekvittens uteblir', 'Mottagning: testfunktionen svarar']) {
    const row = cases.getByRole('row', { name: new RegExp(name.replace(/[()]/g, '\\$&')) });
    await expect(row).toContainText('Godkänt');
    await expect(row).toContainText('Som förväntat.');
  }
  await expect(cases.getByRole('row', { name: /signaturfel/ })).toContainText('SIG');
  await expect(cases.getByRole('row', { name: /Mottagning/ })).toContainText('Svar mottaget');
  await expectNoAxeViolations(page, 'a finished connection test');

  await page.getByRole('link', { name: 'Utskriftsvy' }).click();
  const report = page.getByRole('article', { name: 'Rapport: anslutningstest mot SDK' });
  await expect(report).toBeVisible();
  await expect(report).toContainText('0203:malmo.se');
  await expect(report).toContainText(REGISTRATOR);
  await expect(report).toContainText('DEMO');
  await expect(report).toContainText('Sara');
  await expect(report).toContainText('Sammanfattning: alla 5 testfall godkända.');
  await expectNoAxeViolations(page, 'the connection test report');
  // On paper only the report: the console's navigation and the print tools are not printed.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Konsolens delar' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(report.getByRole('table', { name: 'Testfall' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The earlier reports list it.
  await page.goto('/konsol/anslutningstest');
  await expect(page.getByRole('table', { name: 'Tidigare anslutningstester' }).getByRole('row', { name: /Registrator/ }).first()).toContainText('Godkänt');
});

test('Sara sees the address-book check and the system status', async ({ page }) => {
  await page.goto('/?as=sara');
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();

  await page.goto('/konsol/adressbok');
  const table = page.getByRole('table', { name: 'Funktionsbrevlådor i SDK Adressbok' });
  await expect(table.getByRole('row', { name: /Registrator/ })).toContainText('Publicerad');
  await page.getByRole('button', { name: 'Hämta adressboken nu' }).click();
  await expect(page.getByText('Adressboken är hämtad.')).toBeVisible();
  await expectNoAxeViolations(page, 'the address-book check');

  await page.goto('/konsol/driftstatus');
  const services = page.getByRole('table', { name: 'Tjänster' });
  await expect(services.getByRole('row', { name: /Meddelandetjänsten/ })).toContainText('Svarar');
  await expect(services.getByRole('row', { name: /SDK Adressbok/ })).toContainText('Svarar');
  await expect(services.getByRole('row', { name: /Databas/ })).toContainText('Fungerar');
  await expect(page.getByRole('table', { name: 'Bakgrundsjobb' })).toContainText('Hämtning av adressboken');
  await expectNoAxeViolations(page, 'the system status');
});
