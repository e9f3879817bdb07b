import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { seedMessageId } from '../../../mocks/seed';
import { useMockService } from '../../../mocks/testing';
import { renderWithProviders } from '../../testing/renderWithProviders';
import type { OpenedMessage } from '../../sdk/openedMessage';
import { isGetByIdRequest, controlFetch } from '../../testing/controlFetch';
import { useOpenedMessage } from './message';

useMockService();

function Probe({ id, onMessage }: { id: string; onMessage?(message: OpenedMessage): void }) {
  const { message, isPending, isNotFound, isError } = useOpenedMessage(id);
  if (message) {
    onMessage?.(message);
    return <p>loaded {message.id}</p>;
  }
  if (isNotFound) return <p>not found</p>;
  if (isError) return <p>error</p>;
  return <p>{isPending ? 'pending' : 'idle'}</p>;
}

describe('useOpenedMessage', () => {
  it('fetches the whole message and hands over its attachments decoded, documents in order', async () => {
    const id = seedMessageId('polisen-orosanmalan-liam');
    const seen = vi.fn<(message: OpenedMessage) => void>();
    renderWithProviders(<Probe id={id} onMessage={seen} />);
    expect(await screen.findByText(/^loaded /)).toBeInTheDocument();

    const message = seen.mock.lastCall?.[0] as OpenedMessage;
    expect(message.attributes.messageId).toBe(id);
    expect(message.attributes.label).toBe('Orosanmälan – barn närvarande vid ingripande i bostad');
    const files = message.documents.flatMap((d) => d.files);
    expect(files.map((f) => [f.fileName, f.contentType, f.problem])).toEqual([
      ['PM-ingripande-5000-K88231-26.pdf', 'application/pdf', undefined],
    ]);
    const blob = files[0]?.blob;
    if (!blob) throw new Error('The PDF was not decoded');
    const bytes = Buffer.from(await blob.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(files[0]?.size).toBe(bytes.length);
    // The base64 text is not kept anywhere in what the reader gets.
    expect(JSON.stringify(message)).not.toMatch(/JVBERi0/);
  });

  it('reports a message that does not exist as not found', async () => {
    renderWithProviders(<Probe id="00000000-0000-4000-8000-000000000000" />);
    expect(await screen.findByText('not found')).toBeInTheDocument();
  });

  it('fetches nothing until a message is opened', async () => {
    const fetches = controlFetch();
    renderWithProviders(<Probe id="" />);
    expect(screen.getByText('pending')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await waitFor(() => expect(fetches.requests.filter(isGetByIdRequest)).toHaveLength(0));
  });
});
