import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';

const LABEL = 'Orosanmälan – barn närvarande vid ingripande i bostad';
const PDF_NAME = 'PM-ingripande-5000-K88231-26.pdf';

async function openConfidentialMessage(page: Page) {
  await page.goto('/?as=anna');
  await page.getByRole('link', { name: LABEL }).click();
  await expect(page.getByRole('heading', { level: 1, name: LABEL })).toBeFocused();
  await expect(page.getByText('Omfattas av sekretess').first()).toBeVisible();
}

test('a case worker previews a confidential PDF in a sandboxed frame and downloads it after confirming', async ({ page }) => {
  await openConfidentialMessage(page);

  const row = page.getByRole('row', { name: new RegExp(PDF_NAME.replace(/[.]/g, '\\.')) });
  await expect(row).toContainText('PDF-dokument');
  await expect(row).toContainText(/\d+(,\d)?\s(byte|kB)/);

  // Preview: the page is rendered by pdf.js inside the frame.
  const previewButton = row.getByRole('button', { name: `Förhandsgranska ${PDF_NAME}` });
  await previewButton.click();
  const dialog = page.getByRole('dialog', { name: `Förhandsgranskning: \u2068${PDF_NAME}\u2069` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Stäng förhandsgranskningen' })).toBeFocused();
  await expect(dialog.locator('output').first()).toHaveText('Sida 1 av 1');

  const iframe = dialog.locator('iframe');
  await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
  const frame = page.frameLocator(`iframe[title="Förhandsgranskning av \u2068${PDF_NAME}\u2069"]`);
  const inkPixels = await frame.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark++;
    return dark;
  });
  expect(inkPixels).toBeGreaterThan(200);
  // The frame is an opaque origin: it cannot touch the app, its storage or the network.
  const isolation = await frame.locator('body').evaluate(async () => {
    let parentReadable = true;
    try {
      void window.parent.document.title;
    } catch {
      parentReadable = false;
    }
    let fetched = true;
    try {
      await fetch('/config.json');
    } catch {
      fetched = false;
    }
    let storage = true;
    try {
      void window.sessionStorage.length;
    } catch {
      storage = false;
    }
    return { origin: window.origin, parentReadable, fetched, storage };
  });
  expect(isolation).toEqual({ origin: 'null', parentReadable: false, fetched: false, storage: false });
  // The text of the page, as an alternative to the picture of it.
  await dialog.getByText('Text på sida 1').click();
  await expect(dialog.getByText(/Polisregion Syd/)).toBeVisible();

  // Zoom from the keyboard.
  await dialog.getByRole('button', { name: 'Zooma in' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Zoom 125 %')).toBeVisible();
  await expectNoAxeViolations(page, 'attachment preview');

  // Escape closes it, also when the frame has focus, and focus goes back to the button.
  await frame.locator('body').click();
  // The key closes and removes the focused frame; Playwright may then wait in vain for the removed
  // frame to acknowledge the key press. What the user sees is what counts: the dialog closes.
  void page.keyboard.press('Escape').catch(() => undefined);
  await expect(dialog).toBeHidden();
  await expect(previewButton).toBeFocused();

  // Download: first a warning, then the file under a safe name.
  await row.getByRole('button', { name: `Ladda ner ${PDF_NAME}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Ladda ner bilagan?' });
  await expect(confirm).toContainText('sekretessbelagda uppgifter');
  await expect(confirm.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await expectNoAxeViolations(page, 'download confirmation');
  // The page behind the modal dialog does not scroll while it is open.
  const pageScroll = () => page.evaluate(() => getComputedStyle(document.documentElement).overflowY);
  expect(await pageScroll()).toBe('hidden');
  const [download] = await Promise.all([page.waitForEvent('download'), confirm.getByRole('button', { name: 'Ladda ner' }).click()]);
  expect(download.suggestedFilename()).toBe(PDF_NAME);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(confirm).toBeHidden();
  expect(await pageScroll()).toBe('visible');
});

test('the preview works at 400 % zoom (320 CSS pixels wide) without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  await openConfidentialMessage(page);
  await page.getByRole('button', { name: `Förhandsgranska ${PDF_NAME}` }).click();
  const dialog = page.getByRole('dialog', { name: `Förhandsgranskning: \u2068${PDF_NAME}\u2069` });
  await expect(dialog.locator('output').first()).toHaveText('Sida 1 av 1');
  const overflow = await dialog.evaluate((d) => d.scrollWidth - d.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await dialog.getByRole('button', { name: 'Nästa sida' }).scrollIntoViewIfNeeded();
  await expect(dialog.getByRole('button', { name: 'Nästa sida' })).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
