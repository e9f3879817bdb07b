import { expect, test, type APIRequestContext } from '@playwright/test';
import { isFinalStatus } from '../src/sdk/status';
import { GATEWAY_ORIGIN, MT_SIM_ORIGIN } from '../scripts/ports';
import { expectNoAxeViolations, systemToken } from './support';

/**
 * Retention and the rollout checklist in the superuser console (issue 9 parts 6 and 8,
 * ADR 0017), signed in as Sara: 1 day of retention on Registrator, the simulator's clock moved
 * on, run now with the mailbox's name typed: the messages are gone from the message service and
 * the audit log holds the run with its count. The simulator is reset afterwards, so later
 * tests find the seed again.
 */
const REGISTRATOR = 'sdk:registrator:0203:malmo.se';

/** Registrator's own messages in the message service (received and sent), read as the MK backend. */
async function registratorMessages(request: APIRequestContext): Promise<{ id: string; status: string }[]> {
  const token = await systemToken(request);
  const seen = new Map<string, string>();
  for (const filter of ['recipientAttention', 'senderAttention']) {
    const response = await request.get(`${MT_SIM_ORIGIN}/api/sdk/messages?filter[${filter}.subOrganization.extension]=${encodeURIComponent(REGISTRATOR)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status()).toBe(200);
    for (const m of (await response.json()).data as { id: string; attributes: { messageStatus: string } }[]) seen.set(m.id, m.attributes.messageStatus);
  }
  return [...seen].map(([id, status]) => ({ id, status }));
}

test.afterAll(async ({ request }) => {
  await request.post(`${MT_SIM_ORIGIN}/api/__sim/reset`);
});

test('Sara sets 1 day of retention, moves the clock on and runs it now: the messages are gone and the audit log has the count', async ({ page, request }) => {
  test.setTimeout(90_000);
  // The console's own calls carry Sara's token; the test reads the audit log with it (nothing is stored).
  let bearer: string | undefined;
  page.on('request', (r) => {
    if (r.url().includes('/api/mk/admin/')) bearer = r.headers()['authorization'] ?? bearer;
  });
  const before = await registratorMessages(request);
  expect(before.filter((m) => isFinalStatus(m.status)).length).toBeGreaterThan(0);

  await page.goto('/?as=sara');
  await page.getByRole('link', { name: 'Konsol' }).click();
  const nav = page.getByRole('navigation', { name: 'Konsolens delar' });
  await nav.getByRole('link', { name: 'Gallring' }).click();
  const box = page.getByRole('region', { name: 'Registrator' });
  await expect(box.getByText('Inga meddelanden gallras: brevlådan sparar sina meddelanden.')).toBeVisible();
  await expectNoAxeViolations(page, 'console: Gallring');

  // Keyboard only: the days field, Save.
  const days = box.getByRole('textbox', { name: 'Antal dagar meddelanden sparas' });
  await days.fill('1');
  await days.press('Enter');
  await expect(box.getByText('Sparat.')).toBeVisible();
  await expect(box.getByText(/meddelanden? skulle gallras$/)).toBeVisible();

  // Two days on in the federation.
  const moved = await request.post(`${MT_SIM_ORIGIN}/api/__sim/clock`, { data: { advanceSeconds: 2 * 24 * 3600 } });
  expect(moved.status()).toBe(200);

  await box.getByRole('button', { name: 'Kör gallring nu' }).click();
  const dialog = page.getByRole('alertdialog', { name: /^Gallra .*Registrator.* nu\?$/ });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'console: run retention now');
  const name = dialog.getByRole('textbox', { name: 'Brevlådans namn' });
  await name.fill('registrator');
  await name.press('Enter');
  await expect(dialog.getByText('Namnet stämmer inte. Skriv brevlådans namn exakt.')).toBeVisible();
  await name.fill('Registrator');
  await name.press('Enter');
  const done = box.getByText(/^Gallringen är klar: \d+ meddelanden? togs bort\./);
  await expect(done).toBeVisible({ timeout: 20_000 });
  const deleted = Number(/(\d+) meddelande/.exec((await done.textContent()) ?? '')?.[1]);
  expect(deleted).toBeGreaterThan(0);
  await expect(box.getByText('0 meddelanden skulle gallras')).toBeVisible();

  // Gone from the message service: exactly that many of Registrator's messages are no longer there.
  const after = await registratorMessages(request);
  const remaining = new Set(after.map((m) => m.id));
  expect(before.filter((m) => !remaining.has(m.id))).toHaveLength(deleted);
  expect(after.length).toBeLessThan(before.length);

  // The audit log holds the run with its count (G2's log API).
  expect(bearer).toBeDefined();
  const log = await request.get(`${GATEWAY_ORIGIN}/api/mk/admin/log?kind=retention.run`, { headers: { authorization: bearer ?? '' } });
  expect(log.status()).toBe(200);
  const entries = (await log.json()).data as { kind: string; mailbox: string; actor: { sub: string }; summary: { deleted: number; trigger: string } }[];
  expect(entries.find((e) => e.mailbox === REGISTRATOR)).toMatchObject({ kind: 'retention.run', actor: { sub: 'sara' }, summary: { deleted, trigger: 'manual' } });

  // The rollout checklist and its print view.
  await nav.getByRole('link', { name: 'Införande' }).click();
  await expect(page.getByRole('article', { name: 'Registrera funktionsbrevlådorna' }).getByText('Klar', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'console: Införande');
  const apply = page.getByRole('article', { name: 'Ansök om anslutning till QA' });
  // The box shows the stored state: it is ticked once the gateway has recorded the tick.
  await apply.getByRole('checkbox', { name: 'Klar' }).press('Space');
  await expect(apply.getByText(/^Markerad som klar av .*Sara Nilsson/)).toBeVisible();
  await expect(apply.getByRole('checkbox', { name: 'Klar' })).toBeChecked();
  await page.getByRole('link', { name: 'Utskriftsvy (statusrapport)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Statusrapport för införande' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Ansök om anslutning till QA/ }).getByRole('cell').first()).toHaveText('Klar');
  await expectNoAxeViolations(page, 'console: rollout status report');
});
