import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { useMockService } from '../../../mocks/testing';
import { resetAllStores } from '../../auth/resetRegistry';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { useCleanBrowserState } from '../../testing/listTestApp';
import { MAX_READ_IDS, useReadStateStore } from './readStateStore';
import { ReadToggleButton } from './ReadToggleButton';
import { useMarkReadOnOpen } from './useMarkReadOnOpen';
import { useReadState } from './useReadState';

useMockService();
useCleanBrowserState();

function Opened({ id }: { id: string }) {
  useMarkReadOnOpen(id);
  const { ready, isRead } = useReadState();
  return (
    <p>
      {ready ? 'klar' : 'laddar'} {id}: {isRead(id) ? 'läst' : 'oläst'}
    </p>
  );
}

const storedKeys = () => Object.keys(window.localStorage);

describe('read state', () => {
  it('marks an opened message read and stores only its id, under a hashed per-user key', async () => {
    renderWithProviders(<Opened id="msg-1" />, { user: { subject: 'anna.lindqvist' } });
    expect(await screen.findByText('klar msg-1: läst')).toBeInTheDocument();

    const keys = storedKeys();
    expect(keys).toHaveLength(1);
    const key = keys[0] ?? '';
    expect(key).toMatch(/^sdk-mk-read:[0-9a-f]{64}$/);
    expect(key).not.toContain('anna');
    expect(JSON.parse(window.localStorage.getItem(key) ?? '')).toEqual({ v: 1, ids: ['msg-1'] });
  });

  it('keeps each user apart, and the ids survive sign-out while memory is emptied', async () => {
    const first = renderWithProviders(<Opened id="msg-1" />, { user: { subject: 'anna' } });
    await screen.findByText('klar msg-1: läst');
    first.unmount();

    act(() => resetAllStores()); // what sign-out does
    expect(useReadStateStore.getState()).toMatchObject({ subject: null, storageKey: null });
    expect(useReadStateStore.getState().readIds.size).toBe(0);
    expect(storedKeys()).toHaveLength(1);

    // Someone else on the same computer: msg-1 is unread for them, and they get their own key.
    const erik = renderWithProviders(<ReadOnly id="msg-1" />, { user: { subject: 'erik' } });
    expect(await screen.findByText('klar msg-1: oläst')).toBeInTheDocument();
    erik.unmount();
    act(() => resetAllStores());

    // Anna the next morning: still read.
    renderWithProviders(<ReadOnly id="msg-1" />, { user: { subject: 'anna' } });
    expect(await screen.findByText('klar msg-1: läst')).toBeInTheDocument();
  });

  it('marks a message unread again, and read, with the button', async () => {
    const { user } = renderWithProviders(
      <>
        <Opened id="msg-2" />
        <ReadToggleButton messageId="msg-2" />
      </>,
    );
    await screen.findByText('klar msg-2: läst');
    await user.click(screen.getByRole('button', { name: 'Markera som oläst' }));
    expect(screen.getByText('klar msg-2: oläst')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Meddelandet är markerat som oläst.');
    // Staying on the open message does not mark it read again behind the user's back.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByText('klar msg-2: oläst')).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(storedKeys()[0] ?? '') ?? '').ids).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Markera som läst' }));
    expect(screen.getByText('klar msg-2: läst')).toBeInTheDocument();
  });

  it('ignores stored data that is not a list of ids, and caps the list', async () => {
    const before = renderWithProviders(<ReadOnly id="x" />, { user: { subject: 'tove' } });
    await screen.findByText('klar x: oläst');
    const key = useReadStateStore.getState().storageKey ?? '';
    before.unmount();
    act(() => resetAllStores());
    window.localStorage.setItem(key, JSON.stringify({ v: 1, ids: ['x', 42, { label: 'hemligt' }, 'y'.repeat(500)] }));

    renderWithProviders(<ReadOnly id="x" />, { user: { subject: 'tove' } });
    await screen.findByText('klar x: läst');
    expect([...useReadStateStore.getState().readIds]).toEqual(['x']);

    const many = Array.from({ length: MAX_READ_IDS + 5 }, (_, i) => `id-${i}`);
    act(() => useReadStateStore.getState().markRead(many));
    const ids = JSON.parse(window.localStorage.getItem(key) ?? '').ids as string[];
    expect(ids).toHaveLength(MAX_READ_IDS);
    expect(ids.at(-1)).toBe(`id-${MAX_READ_IDS + 4}`);
    expect(ids).not.toContain('x');
  });

  it('follows another tab of the same user', async () => {
    renderWithProviders(<ReadOnly id="msg-9" />);
    await screen.findByText('klar msg-9: oläst');
    const key = useReadStateStore.getState().storageKey ?? '';
    act(() => {
      window.localStorage.setItem(key, JSON.stringify({ v: 1, ids: ['msg-9'] }));
      window.dispatchEvent(new StorageEvent('storage', { key }));
    });
    await waitFor(() => expect(screen.getByText('klar msg-9: läst')).toBeInTheDocument());
  });
});

function ReadOnly({ id }: { id: string }) {
  const { ready, isRead } = useReadState();
  return (
    <p>
      {ready ? 'klar' : 'laddar'} {id}: {isRead(id) ? 'läst' : 'oläst'}
    </p>
  );
}
