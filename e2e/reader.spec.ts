import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { FA } from '../mocks/personas';
import { TRAINING } from '../mocks/seed/trainingAddresses';
import { paths } from '../src/routes/paths';
import { expectNoAxeViolations, postAsSystem } from './support';

const FUNCTIONAL_ADDRESS = 'urn:riv:infrastructure:messaging:functionalAddress';


/** Sends a message from Malmö's barn och unga through the simulator; returns its resource id. */
async function sendFromMalmo(
  request: APIRequestContext,
  to: { functionAddress: string; organization: string },
  label: string,
  texts: string[],
): Promise<string> {
  const response = await postAsSystem(request, {
    confidentiality: true,
    label,
    sender: '0203:malmo.se',
    recipient: to.organization,
    senderAttention: { subOrganization: { root: FUNCTIONAL_ADDRESS, extension: FA.malmoBarnUnga } },
    recipientAttention: {
      subOrganization: { root: FUNCTIONAL_ADDRESS, extension: to.functionAddress },
      referenceId: [{ root: 'dnr', extension: 'ASF-2026-09999', label: 'Diarienummer' }], // Digg's API requires the label
    },
    digitalDocument: [{ documentId: 'text', index: '1', contentTextBody: texts }],
  });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { data: { id: string } };
  return body.data.id;
}

const messageUrl = (id: string) => paths.message(FA.malmoBarnUnga, id);

async function signInAsAnna(page: Page) {
  await page.goto('/?as=anna');
  await expect(page).toHaveURL(/\/brevlada\/.+\/inkorg$/, { timeout: 30_000 });
}

/** Text of every page of a PDF, via pdf.js (the same library the app uses for previews). */
async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return texts;
}

test('a message sent to a training function that rejects ends failed, with its reasons and advice', async ({ page, request }) => {
  const label = `E2E ${Date.now()}: övning som avvisas`;
  const id = await sendFromMalmo(request, { functionAddress: TRAINING.rejects, organization: '0203:digg.se' }, label, [
    'Övningsmeddelande. **Ska avvisas** av mottagaren.',
  ]);

  await signInAsAnna(page);
  await page.goto(messageUrl(id));
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeFocused();

  const delivery = page.getByRole('region', { name: 'Leveransstatus' });
  // The simulator's clock runs 30× fast: the rejection arrives within a second or so; the page polls.
  await expect(delivery.getByText('Inte levererat: meddelandet har inte kommit fram till mottagaren.')).toBeVisible({ timeout: 30_000 });
  await expect(delivery.locator('.delivery__current')).toContainText('Kunde inte levereras');

  const advice = delivery.getByRole('region', { name: 'Vad du behöver göra' });
  await expect(advice).toContainText('Mottagaren avvisade meddelandet enligt sina regler (RegelID-123, RegelID-111).');
  await expect(advice).toContainText('rätta det som efterfrågas och skicka ett nytt meddelande');

  const timeline = delivery.getByRole('region', { name: 'Händelser, senaste först' });
  await expect(timeline.getByText('Mottagaren tar inte emot meddelanden av denna typ.')).toBeVisible();
  await expect(timeline.getByText('Referensen följer inte mottagarens policy för diarienummer.')).toBeVisible();
  await expect(timeline.locator('li[data-code]').first()).toHaveAttribute('data-code', 'MESSAGE_EXCHANGE_ERROR');
  await expectNoAxeViolations(page, 'message page with delivery timeline and advice');

  // A final status: removal is offered behind an accessible confirmation.
  const remove = page.getByRole('button', { name: 'Ta bort', exact: true });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Ta bort meddelandet från meddelandetjänsten?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await expectNoAxeViolations(page, 'remove confirmation');
  // Tab and Shift+Tab stay inside the modal dialog.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Ta bort meddelandet' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Ta bort meddelandet' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
});

test('the print view has no app chrome and the confidentiality marking on every printed page', async ({ page, request }) => {
  const label = `E2E ${Date.now()}: lång utredning för utskrift`;
  const paragraphs = Array.from(
    { length: 120 },
    (_, i) => `Stycke ${i + 1}. Utredningen beskriver familjens situation, insatser och bedömningar i detalj så att texten fyller flera sidor.`,
  );
  const id = await sendFromMalmo(request, { functionAddress: FA.lundSocialtjanst, organization: '0203:lund.se' }, label, [paragraphs.join('\n\n')]);

  await signInAsAnna(page);
  await page.goto(messageUrl(id));
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
  await page.getByRole('link', { name: 'Skriv ut' }).click();

  await expect(page.getByRole('heading', { level: 1, name: label })).toBeFocused();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeEnabled();
  await expect(page.getByText('Stycke 120.')).toBeVisible();
  await expectNoAxeViolations(page, 'print view');

  // On paper: no tools, and the marking at the top of every page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  const pages = await pdfPageTexts(await page.pdf({ format: 'A4' }));
  expect(pages.length).toBeGreaterThan(2);
  for (const [n, text] of pages.entries()) {
    expect(text, `page ${n + 1}`).toMatch(/OMFATTAS AV SEKRETESS/i);
  }
  expect(pages.join(' ')).toContain('Stycke 120.');
  expect(pages.join(' ')).toContain('Diarienummer');
});
