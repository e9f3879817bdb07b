import { expect, type Page } from '@playwright/test';
import { test } from '@playwright/test';
import { expectNoAxeViolations, postAsSystem } from './support';
import { FA } from '../mocks/personas';
import { paths } from '../src/routes/paths';

/**
 * Shared function mailboxes (issue 10) through the MK gateway: Anna and Maja, both case workers
 * of Malmö's Socialtjänsten barn och unga, in separate browser contexts.
 */
const INBOX = paths.mailbox(FA.malmoBarnUnga, 'inbox');
// The gateway names a person as her access token does (the demo IdP's carry the name claim).
const NAMES = { anna: 'Anna Lindqvist', maja: 'Maja Holm' } as const;
type Who = keyof typeof NAMES;

async function signIn(page: Page, who: Who): Promise<void> {
  await page.goto(`/?as=${who}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
}

/** Opens `url` and reloads until `label`'s link shows (the gateway learns new messages from the list). */
async function openListWith(page: Page, url: string, label: string): Promise<void> {
  await page.goto(url);
  const link = listLink(page, label);
  await expect(async () => {
    if (!(await link.isVisible())) await page.reload();
    await expect(link).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
}

/** The message's link in the list (the new-message notice may link it too). */
const listLink = (page: Page, label: string) => page.getByRole('table').getByRole('link', { name: label });

/** "N ej tilldelade" of the barn och unga mailbox in the navigation. */
async function unassignedCount(page: Page): Promise<number> {
  const text = page.locator('.mailbox-switcher__item', { hasText: FA.malmoBarnUnga }).locator('.mailbox-switcher__unassigned');
  await expect(text).toBeVisible();
  return Number(/^(\d+) ej tilldelade$/.exec((await text.textContent()) ?? '')?.[1] ?? Number.NaN);
}

async function expectUnassigned(page: Page, count: number): Promise<void> {
  await expect(async () => {
    await page.reload();
    expect(await unassignedCount(page)).toBe(count);
  }).toPass({ timeout: 30_000 });
}

test('two case workers: one takes the message, the other is told who; notes stay internal; filters and counts follow', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const label = `E2E ${Date.now()}: orosanmälan till delad brevlåda`;
  const note = `Intern anteckning ${Date.now()}: ring skolan först`;
  const posted = await postAsSystem(request, {
    confidentiality: false,
    label,
    sender: '0203:lund.se',
    recipient: '0203:malmo.se',
    senderAttention: { subOrganization: { root: 'urn:riv:infrastructure:messaging:functionalAddress', extension: FA.lundSocialtjanst } },
    recipientAttention: { subOrganization: { root: 'urn:riv:infrastructure:messaging:functionalAddress', extension: FA.malmoBarnUnga } },
    digitalDocument: [{ documentId: 'text', index: '1', contentTextBody: ['Vi behöver hjälp med en gemensam bedömning.'] }],
  });
  expect(posted.status()).toBe(201);

  const contexts = { anna: await browser.newContext(), maja: await browser.newContext() };
  const pages = { anna: await contexts.anna.newPage(), maja: await contexts.maja.newPage() };
  for (const who of ['anna', 'maja'] as const) {
    await signIn(pages[who], who);
    await openListWith(pages[who], INBOX, label);
  }

  // Before: unassigned, and counted so; the Unassigned filter shows it, the column is empty.
  const before = await unassignedCount(pages.anna);
  expect(before).toBeGreaterThan(0);
  await pages.anna.getByRole('radio', { name: `Ej tilldelade (${before})` }).check();
  await expect(pages.anna).toHaveURL(/hantering=ej-tilldelade/);
  await expect(listLink(pages.anna, label)).toBeVisible();
  await expect(pages.anna.getByRole('columnheader', { name: 'Handläggs av' })).toBeVisible();
  await expectNoAxeViolations(pages.anna, 'inbox, filtered on unassigned');

  for (const who of ['anna', 'maja'] as const) {
    await listLink(pages[who], label).click();
    await expect(pages[who].getByRole('heading', { level: 1, name: label })).toBeVisible();
    await expect(pages[who].getByText('Ingen har tagit ärendet.')).toBeVisible();
  }
  await expectNoAxeViolations(pages.maja, 'message page with the handling panel');

  // Both take it at the same moment: exactly one wins, the other is told who has it.
  await Promise.all([
    pages.anna.getByRole('button', { name: 'Ta ärendet' }).click(),
    pages.maja.getByRole('button', { name: 'Ta ärendet' }).click(),
  ]);
  const mine = (who: Who) => pages[who].getByText('Du handlägger ärendet.');
  await expect.poll(async () => (await mine('anna').isVisible()) || (await mine('maja').isVisible()), { timeout: 10_000 }).toBe(true);
  const winner: Who = (await mine('anna').isVisible()) ? 'anna' : 'maja';
  const loser: Who = winner === 'anna' ? 'maja' : 'anna';
  await expect(mine(loser)).toBeHidden();
  await expect(pages[loser].getByRole('alert')).toContainText(NAMES[winner]);
  await expect(pages[loser].getByText(`Handläggs av \u2068${NAMES[winner]}\u2069.`)).toBeVisible();
  await expectNoAxeViolations(pages[loser], 'message page after losing the race');

  // The winner writes an internal note; the colleague sees it on her next poll.
  await pages[winner].getByLabel(/Ny intern anteckning/).fill(note);
  await pages[winner].getByRole('button', { name: 'Spara anteckningen' }).click();
  await expect(pages[winner].getByText(note)).toBeVisible();
  await expect(pages[loser].getByText(note)).toBeVisible({ timeout: 30_000 });
  await expect(pages[loser].getByRole('region', { name: /Interna anteckningar/ }).getByText('INTERNT').first()).toBeVisible();

  // Replying to the colleague's message asks first, naming her.
  await pages[loser].getByRole('link', { name: 'Svara' }).click();
  await expect(pages[loser].getByText(`\u2068${NAMES[winner]}\u2069 har tagit ärendet. Vill du ändå svara?`)).toBeVisible();
  await expectNoAxeViolations(pages[loser], 'reply guard');
  await pages[loser].getByRole('link', { name: 'Tillbaka till meddelandet' }).click();
  await expect(pages[loser].getByRole('heading', { level: 1, name: label })).toBeVisible();

  // Counts and filters: one fewer unassigned for both; Mine has it for the winner only.
  await pages[winner].goto(INBOX);
  await expectUnassigned(pages[winner], before - 1);
  await pages[loser].goto(INBOX);
  await expectUnassigned(pages[loser], before - 1);
  const row = (who: Who) => pages[who].getByRole('table').getByRole('row').filter({ hasText: label });
  await expect(row(loser)).toContainText(NAMES[winner]);
  await pages[winner].goto(`${INBOX}?hantering=mina`);
  await expect(listLink(pages[winner], label)).toBeVisible();
  await pages[loser].goto(`${INBOX}?hantering=mina`);
  await expect(pages[loser].getByRole('radio', { name: /^Mina/ })).toBeChecked();
  await expect(listLink(pages[loser], label)).toBeHidden();
  await pages[loser].goto(`${INBOX}?hantering=ej-tilldelade`);
  await expect(listLink(pages[loser], label)).toBeHidden();

  // The winner replies (no question: it is hers); the sent message does not carry the note.
  await pages[winner].goto(INBOX);
  await listLink(pages[winner], label).click();
  await pages[winner].getByRole('link', { name: 'Svara' }).click();
  await expect(pages[winner].getByRole('heading', { level: 1, name: 'Svara' })).toBeVisible();
  const answer = `Svar ${Date.now()}: vi tar kontakt.`;
  await pages[winner].getByRole('radio', { name: 'Nej', exact: true }).check();
  await pages[winner].getByRole('textbox', { name: 'Meddelande' }).fill(answer);
  await pages[winner].getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(pages[winner]).toHaveURL(/\/skickat$/, { timeout: 30_000 });
  // The sent reply, as the message service holds it: the answer, and nothing of the note.
  await openListWith(pages[winner], paths.mailbox(FA.malmoBarnUnga, 'sent'), `SV: ${label}`);
  await listLink(pages[winner], `SV: ${label}`).click();
  await expect(pages[winner].getByRole('heading', { level: 1, name: `SV: ${label}` })).toBeVisible();
  await expect(pages[winner].getByText(answer)).toBeVisible();
  await expect(pages[winner].getByText(note)).toHaveCount(0);

  // The reply kept the assignment; Klar moves it to Handled.
  await pages[winner].goto(INBOX);
  await listLink(pages[winner], label).click();
  await expect(mine(winner)).toBeVisible();
  await pages[winner].getByRole('button', { name: 'Klar' }).click();
  await expect(pages[winner].getByText('Ärendet är markerat som klart.')).toBeAttached();
  await expect(pages[winner].getByRole('button', { name: 'Öppna igen' })).toBeVisible();
  await pages[loser].goto(`${INBOX}?hantering=klara`);
  await expect(async () => {
    await pages[loser].reload();
    await expect(listLink(pages[loser], label)).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(row(loser)).toContainText('Klar');
  await expectNoAxeViolations(pages[loser], 'inbox, filtered on handled');

  await contexts.anna.close();
  await contexts.maja.close();
});
