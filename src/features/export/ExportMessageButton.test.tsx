import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { FA } from '../../../mocks/personas';
import { useMockService } from '../../../mocks/testing';
import { fromMessageXml } from '../../sdk/xml/fromMessageXml';
import { checkMessageConstraints } from '../../sdk/xml/messageConstraints';
import { MESSAGE_XSD, validateAgainstXsd } from '../../sdk/xml/testing/messageXsd';
import { missingSharedSpec } from '../../testing/sharedSpec';
import { renderWithProviders } from '../../testing/renderWithProviders';
import type { OpenedMessage } from '../../sdk/openedMessage';
import { ExportMessageButton } from './ExportMessageButton';

// Records when the XML code is first loaded: it must be on click, not with the page.
const xmlModule = vi.hoisted(() => ({ loaded: false }));
vi.mock('../../sdk/xml/toMessageXml', async (importOriginal) => {
  xmlModule.loaded = true;
  return await importOriginal();
});

useMockService();

const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj << >> endobj\n%%EOF\n');
const PDF_BASE64 = Buffer.from(PDF_BYTES).toString('base64');

function openedMessage(overrides: Partial<OpenedMessage['attributes']> = {}, blob: Blob | null = new Blob([PDF_BYTES], { type: 'application/pdf' })): OpenedMessage {
  return {
    id: 'm1',
    attributes: {
      messageStatus: 'RETRIEVED',
      creationDateTime: '2026-11-20T08:15:30.120Z',
      messageId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      conversationId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      label: 'Begäran om yttrande: LSS/2026 <brådskande>',
      confidentiality: true,
      sender: '0203:lund.se',
      recipient: '0203:malmo.se',
      senderAttention: { subOrganization: { root: 'urn:riv:infrastructure:messaging:functionalAddress', extension: FA.lundSocialtjanst } },
      recipientAttention: { subOrganization: { root: 'urn:riv:infrastructure:messaging:functionalAddress', extension: FA.malmoBarnUnga, label: 'Barn och unga' } },
      ...overrides,
    },
    documents: [
      {
        documentId: 'SDK-Meddelande',
        index: '1',
        texts: ['Hej! Se **bifogad** begäran.'],
        files: [{ key: '0:0', fileName: 'begaran.pdf', contentType: 'application/pdf', size: PDF_BYTES.length, blob }],
      },
    ],
  };
}

interface Download {
  fileName: string;
  blob: Blob;
}

let downloads: Download[];

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  // jsdom has no object URLs and no real downloads: record what the link would have saved.
  URL.createObjectURL = vi.fn<(blob: Blob) => string>((blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn<(url: string) => void>();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ fileName: this.download, blob });
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ExportMessageButton', () => {
  it('loads the XML code only on click, then downloads <label>.xml holding the message as SDK XML', async () => {
    const { user, queryClient } = renderWithProviders(<ExportMessageButton message={openedMessage()} />);
    const button = screen.getByRole('button', { name: 'Exportera som XML (SDK-meddelande)' });
    expect(button).toHaveAccessibleDescription(/för diarieföring i ett ärende- eller dokumenthanteringssystem.*omfattas av sekretess/);
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(xmlModule.loaded).toBe(false);

    await user.click(button);

    expect(await screen.findByText(/XML-filen .* har skapats/)).toBeInTheDocument();
    expect(xmlModule.loaded).toBe(true);
    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    expect(download?.fileName).toBe('Begäran om yttrande_ LSS_2026 _brådskande.xml');
    // Every download is handed over as opaque bytes (attachments/downloadFile.ts), never as a renderable type.
    expect(download?.blob.type).toBe('application/octet-stream');
    const xml = await download!.blob.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);

    const parsed = fromMessageXml(xml);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.message).toMatchObject({
      label: 'Begäran om yttrande: LSS/2026 <brådskande>',
      // Names the message lacks come from the address book.
      senderLabel: 'Lunds kommun',
      recipientLabel: 'Malmö stad',
      senderAttention: { subOrganization: { extension: FA.lundSocialtjanst, label: expect.any(String) } },
      recipientAttention: { subOrganization: { label: 'Barn och unga' } },
      digitalDocument: [
        {
          documentId: 'SDK-Meddelande',
          contentTextBody: ['Hej! Se **bifogad** begäran.'],
          contentFiles: [{ fileName: 'begaran.pdf', contentType: 'application/pdf', content: PDF_BASE64 }],
        },
      ],
    });
    expect(parsed.message).not.toHaveProperty('messageStatus');
  });

  it.skipIf(missingSharedSpec(MESSAGE_XSD))("the downloaded file validates against Digg's XSD and the schematron rules", async () => {
    const { user } = renderWithProviders(<ExportMessageButton message={openedMessage()} />);
    await user.click(screen.getByRole('button', { name: 'Exportera som XML (SDK-meddelande)' }));
    await screen.findByText(/har skapats/);
    const xml = await downloads[0]!.blob.text();
    expect(await validateAgainstXsd(xml)).toEqual({ valid: true, errors: [] });
    expect(checkMessageConstraints(xml)).toEqual([]);
  });

  it('names the file after the message id when the message has no label, without unsafe characters', async () => {
    const { user } = renderWithProviders(<ExportMessageButton message={openedMessage({ label: ' ', confidentiality: false })} />);
    expect(screen.getByRole('button', { name: 'Exportera som XML (SDK-meddelande)' })).not.toHaveAccessibleDescription(/sekretess/);
    await user.click(screen.getByRole('button', { name: 'Exportera som XML (SDK-meddelande)' }));
    await screen.findByText(/har skapats/);
    expect(downloads.map((d) => d.fileName)).toEqual(['6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b.xml']);
  });

  it('refuses a message whose attachment could not be read, naming the file, and downloads nothing', async () => {
    const { user } = renderWithProviders(<ExportMessageButton message={openedMessage({}, null)} />);
    const button = screen.getByRole('button', { name: 'Exportera som XML (SDK-meddelande)' });
    await user.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Meddelandet kunde inte exporteras.');
    expect(alert).toHaveTextContent('en bilaga kunde inte läsas och kan därför inte tas med – ”\u2068begaran.pdf\u2069”');
    expect(downloads).toEqual([]);
    expect(button).toHaveFocus();
  });
});
