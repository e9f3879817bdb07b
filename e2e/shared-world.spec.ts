import { expect, test } from '@playwright/test';
import { postAsSystem } from './support';
import { FA } from '../mocks/personas';


test('one shared federation: a message Malmö sends reaches Lund, and both browsers see it', async ({ browser, request }) => {
  const label = `E2E ${Date.now()}: begäran om samordnad individuell plan`;
  const sent = await postAsSystem(request, {
    confidentiality: true,
    label,
    sender: '0203:malmo.se',
    recipient: '0203:lund.se',
    senderAttention: { subOrganization: { root: 'urn:riv:infrastructure:messaging:functionalAddress', extension: FA.malmoBarnUnga } },
    recipientAttention: { subOrganization: { root: 'urn:riv:infrastructure:messaging:functionalAddress', extension: FA.lundSocialtjanst } },
    digitalDocument: [{ documentId: 'text', index: '1', contentTextBody: ['Hej! Vi föreslår ett **SIP-möte** nästa vecka.'] }],
  });
  expect(sent.status()).toBe(201);
  expect(sent.headers()['location']).toMatch(/^\/api\/sdk\/messages\/|\/sdk\/messages\//);

  // Erik in Lund, in one browser context …
  const lund = await browser.newContext();
  const erik = await lund.newPage();
  await erik.goto('/?as=erik');
  await expect(erik.getByRole('link', { name: label })).toBeVisible({ timeout: 30_000 });
  await erik.getByRole('link', { name: label }).click();
  await expect(erik.getByRole('heading', { level: 1, name: label })).toBeVisible();
  await expect(erik.getByText('Omfattas av sekretess', { exact: true })).toBeVisible();
  await expect(erik.getByText('SIP-möte', { exact: true })).toBeVisible();

  // … and Anna in Malmö, in another, sees the same message in Skickat, delivered.
  const malmo = await browser.newContext();
  const anna = await malmo.newPage();
  await anna.goto('/?as=anna');
  await anna.getByRole('link', { name: 'Skickat' }).click();
  const row = anna.getByRole('row').filter({ hasText: label });
  await expect(row).toBeVisible();
  await expect(row.getByText('Accepterat', { exact: false })).toBeVisible({ timeout: 30_000 });

  await lund.close();
  await malmo.close();
});
