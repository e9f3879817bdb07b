import { useState } from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleBytes, sampleFile } from '../../../sdk/testing/sampleFiles';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { AttachmentPicker } from './AttachmentPicker';
import { attachmentsBytes } from './checkFiles';
import type { DraftAttachment } from './types';

const MAX = 30 * 1024 * 1024;

/** The composer's part, simplified: keeps the list and computes the budget from it. */
function Harness({ otherBytes = 2000, maxBytes = MAX, seen }: { otherBytes?: number; maxBytes?: number; seen?: (list: DraftAttachment[]) => void }) {
  const [attachments, setAttachments] = useState<DraftAttachment[]>([]);
  return (
    <AttachmentPicker
      attachments={attachments}
      onChange={(next) => {
        seen?.(next);
        setAttachments(next);
      }}
      budget={{ maxBytes, usedBytes: otherBytes + attachmentsBytes(attachments) }}
    />
  );
}

function setup(props: Parameters<typeof Harness>[0] = {}) {
  let latest: DraftAttachment[] = [];
  const view = renderWithProviders(<Harness {...props} seen={(list) => (latest = list)} />, {
    config: { allowedAttachmentTypes: ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'], maxMessageBytes: MAX },
  });
  const input = view.getByTestId('attachment-input') as HTMLInputElement;
  // The dialog's accept list is only a hint: users can switch it to "all files".
  const user = userEvent.setup({ applyAccept: false });
  return { ...view, user, input, attachments: () => latest };
}

const status = () => screen.getAllByRole('status').find((el) => el.closest('.attachment-picker')) as HTMLElement;
const refusals = () => screen.getByRole('list', { name: 'Filer som inte bifogades' });
const fileList = () => screen.getByRole('list', { name: 'Bifogade filer' });

describe('AttachmentPicker', () => {
  it('has a labelled drop zone that is a button, and shows the budget for the whole message', () => {
    setup({ otherBytes: 13_002_342 });
    expect(screen.getByRole('group', { name: 'Bilagor' })).toBeInTheDocument();
    const zone = screen.getByRole('button', { name: 'Dra och släpp filer här eller välj filer' });
    expect(zone).toHaveAccessibleDescription(/PDF är alltid tillåtet\. Tillåtna filtyper: PDF, PNG-bild, JPEG-bild, text \(TXT\)\./);
    expect(zone).toHaveAccessibleDescription(/Meddelandets storlek: 12,4\u00a0MB av 30\u00a0MB/);
  });

  it('attaches picked files with type and size, and announces them', async () => {
    const { user, input, attachments } = setup();
    await user.upload(input, [sampleFile('kallelse.pdf', sampleBytes.pdf, 'application/pdf'), sampleFile('foto.jpg', sampleBytes.jpeg, 'image/jpeg')]);
    await waitFor(() => expect(status()).toHaveTextContent('Bifogade 2 filer: \u2068kallelse.pdf\u2069, \u2068foto.jpg\u2069.'));
    const items = within(fileList()).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.attachment-item__meta')?.textContent)).toEqual([
      `PDF · ${sampleBytes.pdf.length}\u00a0byte`,
      `JPEG-bild · ${sampleBytes.jpeg.length}\u00a0byte`,
    ]);
    expect(attachments().map((a) => [a.fileName, a.status, a.contentType])).toEqual([
      ['kallelse.pdf', 'ready', 'application/pdf'],
      ['foto.jpg', 'ready', 'image/jpeg'],
    ]);
  });

  it('warns when a PDF is named .png, and sends it as the PDF it is', async () => {
    const { user, input, attachments } = setup();
    await user.upload(input, sampleFile('intyg.png', sampleBytes.pdf, 'image/png'));
    await waitFor(() => expect(attachments()[0]?.status).toBe('ready'));
    expect(within(fileList()).getByText('Filen heter .\u2068png\u2069 men innehållet ser ut som en PDF-fil. Den skickas som PDF – kontrollera att det är rätt fil.')).toBeInTheDocument();
    expect(attachments()[0]).toMatchObject({ detectedType: 'application/pdf', contentType: 'application/pdf', declaredType: 'image/png' });
  });

  it('refuses a Windows program named .exe, naming the file and the allowed types', async () => {
    const { user, input, attachments } = setup();
    await user.upload(input, sampleFile('setup.exe', sampleBytes.exe, 'application/x-msdownload'));
    const message =
      '”\u2068setup.exe\u2069” bifogades inte: filen är ett Windows-program, och den filtypen får inte skickas. Tillåtna filtyper: PDF, PNG-bild, JPEG-bild, text (TXT).';
    await waitFor(() => expect(within(refusals()).getByText(message)).toBeInTheDocument());
    expect(status()).toHaveTextContent(message);
    expect(attachments()).toEqual([]);
  });

  it('refuses a program renamed .pdf: the bytes decide', async () => {
    const { user, input, attachments } = setup();
    await user.upload(input, sampleFile('faktura.pdf', sampleBytes.exe, 'application/pdf'));
    await waitFor(() => expect(within(refusals()).getByText(/”\u2068faktura\.pdf\u2069” bifogades inte: filen är ett Windows-program/)).toBeInTheDocument());
    expect(attachments()).toEqual([]);
  });

  it('refuses an empty file', async () => {
    const { user, input, attachments } = setup();
    await user.upload(input, sampleFile('tom.pdf', new Uint8Array(0), 'application/pdf'));
    await waitFor(() => expect(within(refusals()).getByText('”\u2068tom.pdf\u2069” bifogades inte: filen är tom (0 byte).')).toBeInTheDocument());
    expect(attachments()).toEqual([]);
  });

  it('refuses a file that would take the encoded message over the limit, saying by how much', async () => {
    const { user, input, attachments } = setup({ otherBytes: 2000 });
    const big = new Uint8Array(23 * 1024 * 1024);
    big.set(sampleBytes.pdf);
    await user.upload(input, [sampleFile('stor.pdf', big, 'application/pdf'), sampleFile('liten.pdf', sampleBytes.pdf, 'application/pdf')]);
    await waitFor(() =>
      expect(within(refusals()).getByText('”\u2068stor.pdf\u2069” (23 MB) bifogades inte: meddelandet skulle bli 30,7 MB, 684,7 kB mer än gränsen 30 MB.')).toBeInTheDocument(),
    );
    // A smaller file in the same batch still fits.
    await waitFor(() => expect(attachments().map((a) => a.fileName)).toEqual(['liten.pdf']));
  });

  it('counts files already attached against the budget', async () => {
    const { user, input, attachments } = setup({ otherBytes: 2000 });
    const part = new Uint8Array(12 * 1024 * 1024);
    part.set(sampleBytes.pdf);
    await user.upload(input, sampleFile('del1.pdf', part, 'application/pdf'));
    await waitFor(() => expect(attachments()[0]?.status).toBe('ready'));
    await user.upload(input, sampleFile('del2.pdf', part.slice(), 'application/pdf'));
    await waitFor(() => expect(within(refusals()).getByText(/”\u2068del2\.pdf\u2069” \(12 MB\) bifogades inte: meddelandet skulle bli 32 MB/)).toBeInTheDocument());
    expect(attachments().map((a) => a.fileName)).toEqual(['del1.pdf']);
  });

  it('attaches files pasted anywhere on the page, and leaves text pastes alone', async () => {
    const { attachments } = setup();
    const textPaste = fireEvent.paste(document.body, { clipboardData: { files: [], items: [], types: ['text/plain'], getData: () => 'hej' } });
    expect(textPaste).toBe(true); // not prevented
    const filePaste = fireEvent.paste(document.body, {
      clipboardData: { files: [sampleFile('image.png', sampleBytes.png, 'image/png')], items: [], types: ['Files'] },
    });
    expect(filePaste).toBe(false); // prevented: the file goes to the attachments, not into a text field
    await waitFor(() => expect(attachments().map((a) => [a.fileName, a.status])).toEqual([['image.png', 'ready']]));
  });

  it('attaches files dropped on the drop zone or elsewhere on the page (never navigating away)', async () => {
    const { attachments } = setup();
    const zone = screen.getByRole('button', { name: 'Dra och släpp filer här eller välj filer' });
    fireEvent.dragOver(zone, { dataTransfer: { types: ['Files'], files: [], dropEffect: 'none' } });
    expect(zone).toHaveAccessibleName('Släpp filerna för att bifoga dem');
    fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [sampleFile('a.pdf', sampleBytes.pdf, 'application/pdf')] } });
    await waitFor(() => expect(attachments()).toHaveLength(1));
    const missed = fireEvent.drop(document.body, { dataTransfer: { types: ['Files'], files: [sampleFile('b.txt', sampleBytes.text, 'text/plain')] } });
    expect(missed).toBe(false);
    await waitFor(() => expect(attachments().map((a) => a.fileName)).toEqual(['a.pdf', 'b.txt']));
  });

  it('refuses the same file twice', async () => {
    const { user, input } = setup();
    const file = sampleFile('a.pdf', sampleBytes.pdf, 'application/pdf');
    await user.upload(input, file);
    await waitFor(() => expect(within(fileList()).getAllByRole('listitem')).toHaveLength(1));
    await user.upload(input, file);
    await waitFor(() => expect(within(refusals()).getByText('”\u2068a.pdf\u2069” är redan bifogad.')).toBeInTheDocument());
    expect(within(fileList()).getAllByRole('listitem')).toHaveLength(1);
  });

  it('removes a file with its labelled button, announces it and keeps focus in the list', async () => {
    const { user, input, attachments } = setup();
    await user.upload(input, [sampleFile('a.pdf', sampleBytes.pdf, 'application/pdf'), sampleFile('b.pdf', sampleBytes.pdf, 'application/pdf')]);
    await waitFor(() => expect(attachments().every((a) => a.status === 'ready')).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Ta bort \u2068a.pdf\u2069' }));
    expect(attachments().map((a) => a.fileName)).toEqual(['b.pdf']);
    expect(status()).toHaveTextContent('\u2068a.pdf\u2069 togs bort.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ta bort \u2068b.pdf\u2069' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Ta bort \u2068b.pdf\u2069' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Dra och släpp filer här eller välj filer' })).toHaveFocus());
  });

  it('shows when the message is already over the limit', () => {
    setup({ otherBytes: MAX + 2048 });
    expect(screen.getByText('Meddelandet är 2 kB för stort. Ta bort bilagor eller korta texten.')).toBeInTheDocument();
  });
});
