import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { FA } from '../mocks/personas';
import { fromMessageXml } from '../src/sdk/xml/fromMessageXml';
import { checkMessageConstraints } from '../src/sdk/xml/messageConstraints';
import { MESSAGE_XSD, validateAgainstXsd } from '../src/sdk/xml/testing/messageXsd';
import { hasSharedSpec } from '../src/testing/sharedSpec';
import { expectNoAxeViolations, postAsSystem } from './support';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');


test('a case worker exports a received message with a PDF as SDK message XML for the diarium', async ({ page, request }) => {
  const label = `E2E ${Date.now()} export: underlag <SIP> & "yttrande"`;
  const sent = await postAsSystem(request, {
    confidentiality: true,
    label,
    sender: '0203:malmo.se',
    recipient: '0203:lund.se',
    senderAttention: {
      subOrganization: { root: 'urn:riv:infrastructure:messaging:functionalAddress', extension: FA.malmoBarnUnga },
      referenceId: [{ root: 'dnr', extension: 'SOC 2026/77', label: 'Diarienummer' }],
    },
    recipientAttention: { subOrganization: { root: 'urn:riv:infrastructure:messaging:functionalAddress', extension: FA.lundSocialtjanst } },
    digitalDocument: [
      {
        documentId: 'text',
        index: '1',
        contentTextBody: ['Hej! Här kommer **underlaget** inför SIP-mötet.'],
        contentFiles: [{ fileName: 'underlag.pdf', contentType: 'application/pdf', content: PDF.toString('base64') }],
      },
    ],
  });
  expect(sent.status()).toBe(201);

  await page.goto('/?as=erik');
  await page.getByRole('link', { name: label }).click({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();

  const button = page.getByRole('button', { name: 'Exportera som XML (SDK-meddelande)' });
  await expect(button).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/^E2E \d+ export_ underlag _SIP_ & _yttrande\.xml$/);
  await expect(page.getByText(/XML-filen .* har skapats/)).toBeVisible();
  await expectNoAxeViolations(page, 'message page after export');

  const xml = await readFile(await download.path(), 'utf8');
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  const parsed = fromMessageXml(xml);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.message).toMatchObject({
    label,
    confidentiality: true,
    sender: '0203:malmo.se',
    recipient: '0203:lund.se',
    senderAttention: { referenceId: [{ root: 'dnr', extension: 'SOC 2026/77', label: 'Diarienummer' }] },
    digitalDocument: [{ contentFiles: [{ fileName: 'underlag.pdf', content: PDF.toString('base64') }] }],
  });
  expect(checkMessageConstraints(xml)).toEqual([]);
  if (hasSharedSpec(MESSAGE_XSD)) expect(await validateAgainstXsd(xml)).toEqual({ valid: true, errors: [] });
});
