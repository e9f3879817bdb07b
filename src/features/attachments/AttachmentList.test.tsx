import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { toOpenedMessage } from '../../workers/openMessage/toOpenedMessage';
import { AttachmentList } from './AttachmentList';
import { previewCsp } from './preview/frameDocument';

const b64 = (bytes: Uint8Array | string) => Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes).toString('base64');

function messageWith(files: Array<{ fileName: string; contentType: string; content: string }>) {
  return toOpenedMessage({ id: 'm1', attributes: { digitalDocument: [{ documentId: 'd1', index: '1', contentFiles: files }] } }, 'm1');
}

const pdf = { fileName: 'Beslut.pdf', contentType: 'application/pdf', content: b64('%PDF-1.4\n%%EOF\n') };

let created: Blob[];
let clicked: HTMLAnchorElement[];

beforeEach(() => {
  created = [];
  clicked = [];
  // jsdom has no object URLs and cannot follow a download link: record both instead.
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: vi.fn<(blob: Blob) => string>((blob) => {
      created.push(blob);
      return `blob:http://localhost/${created.length}`;
    }),
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn<(url: string) => void>() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
});

afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

describe('AttachmentList', () => {
  it('lists name, type and size in Swedish for every file', () => {
    const message = messageWith([
      { fileName: 'liten.txt', contentType: 'text/plain', content: b64('hej hej hej!') },
      { fileName: 'skiss.png', contentType: 'image/png', content: b64(new Uint8Array(1536)) },
      { fileName: 'PM.pdf', contentType: 'application/pdf', content: b64(new Uint8Array(1_258_292)) },
    ]);
    renderWithProviders(<AttachmentList message={message} />);
    const table = screen.getByRole('table', { name: 'Bilagor' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(0, 2).map((c) => c.textContent))).toEqual([
      ['Textfil (text/plain)', '12\u00a0byte'],
      ['\u2068PNG\u2069-bild (image/png)', '1,5\u00a0kB'],
      ['PDF-dokument (application/pdf)', '1,2\u00a0MB'],
    ]);
    // Preview for PDF and images only; download for all.
    expect(screen.getAllByRole('button', { name: /^Förhandsgranska/ }).map((b) => b.textContent)).toEqual([
      'Förhandsgranska skiss.png',
      'Förhandsgranska PM.pdf',
    ]);
    expect(screen.getAllByRole('button', { name: /^Ladda ner/ })).toHaveLength(3);
  });

  it('shows hostile file names as inert text, without the characters that disguise them', () => {
    const message = messageWith([
      { fileName: '<img src=x onerror="alert(1)">.pdf', contentType: 'application/pdf', content: pdf.content },
      { fileName: '\u202Egpj.exe', contentType: 'image/jpeg', content: pdf.content },
    ]);
    const { container } = renderWithProviders(<AttachmentList message={message} />);
    expect(screen.getByRole('rowheader', { name: '<img src=x onerror="alert(1)">.pdf' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'gpj.exe' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('says why a file cannot be used, and offers no actions for it', () => {
    const message = messageWith([
      { fileName: 'trasig.pdf', contentType: 'application/pdf', content: 'inte base64!' },
      { fileName: 'tom.pdf', contentType: 'application/pdf', content: '' },
    ]);
    renderWithProviders(<AttachmentList message={message} />);
    expect(screen.getByRole('rowheader', { name: /trasig\.pdf/ })).toHaveTextContent(/innehållet är skadat/);
    expect(screen.getByRole('rowheader', { name: /tom\.pdf/ })).toHaveTextContent(/Filen är tom/);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks before downloading and then saves under a safe name', async () => {
    const message = messageWith([{ fileName: '..\\..\\\u202Efdp.exe', contentType: 'application/pdf', content: pdf.content }]);
    const { user } = renderWithProviders(<AttachmentList message={message} />);
    await user.click(screen.getByRole('button', { name: /^Ladda ner/ }));

    const dialog = screen.getByRole('dialog', { name: 'Ladda ner bilagan?' });
    expect(dialog).toHaveAccessibleDescription(/kan innehålla sekretessbelagda uppgifter.*Spara den bara där/);
    expect(within(dialog).getByText('fdp_exe.pdf')).toBeInTheDocument();
    expect(clicked).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Ladda ner' }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('fdp_exe.pdf');
    expect(clicked[0]?.href).toBe('blob:http://localhost/1');
    expect(clicked[0]?.isConnected).toBe(false); // removed again
    // The saved bytes are the decoded file, typed so a browser never renders them.
    expect(created[0]?.type).toBe('application/octet-stream');
    expect(Buffer.from(await (created[0] as Blob).arrayBuffer()).toString('latin1')).toBe('%PDF-1.4\n%%EOF\n');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('does nothing when the download is cancelled (button or Escape), and gives focus back', async () => {
    const { user } = renderWithProviders(<AttachmentList message={messageWith([pdf])} />);
    const download = screen.getByRole('button', { name: /^Ladda ner/ });
    await user.click(download);
    // The safe choice has focus.
    expect(screen.getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(download).toHaveFocus();

    await user.click(download);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(download).toHaveFocus();
    expect(clicked).toHaveLength(0);
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });

  it('previews in a sandboxed frame without allow-same-origin, under a strict CSP', async () => {
    const { user } = renderWithProviders(<AttachmentList message={messageWith([pdf])} />);
    const preview = screen.getByRole('button', { name: /^Förhandsgranska/ });
    await user.click(preview);

    const dialog = await screen.findByRole('dialog', { name: 'Förhandsgranskning: \u2068Beslut.pdf\u2069' });
    const frame = within(dialog).getByTitle('Förhandsgranskning av \u2068Beslut.pdf\u2069');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts');
    expect(frame.getAttribute('sandbox')).not.toMatch(/same-origin/);
    expect(frame).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(frame).not.toHaveAttribute('src');

    const srcdoc = frame.getAttribute('srcdoc') ?? '';
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(srcdoc)?.[1]?.replaceAll('&#39;', "'");
    const nonce = /<script nonce="([^"]+)">/.exec(srcdoc)?.[1] ?? '';
    expect(nonce).toMatch(/^[A-Za-z0-9]{16,}$/);
    expect(csp).toBe(previewCsp(nonce));
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).not.toMatch(/connect-src|unsafe-inline|unsafe-eval|'self'|https?:/);
    // The file itself never becomes part of the frame's markup.
    expect(srcdoc).not.toContain('Beslut');

    // Page and zoom controls belong to the app; Escape closes and focus returns.
    expect(within(dialog).getByRole('button', { name: 'Zooma in' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Stäng förhandsgranskningen' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(preview).toHaveFocus();
  });
});
