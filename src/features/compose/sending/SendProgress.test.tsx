import { useState } from 'react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { OfflineNotice } from './OfflineNotice';
import { SendProgress } from './SendProgress';
import type { MessageSendState } from './types';

const recipients = { a: 'Socialtjänsten, Lunds kommun', b: 'Överförmyndaren, Lunds kommun', c: 'Utbildning, Region Skåne' };

describe('SendProgress', () => {
  afterEach(() => vi.useRealTimers());

  it('shows each recipient’s state in plain Swedish, with a cancel button while anything is under way', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z'), shouldAdvanceTime: true });
    const onCancel = vi.fn<() => void>();
    const state: MessageSendState[] = [
      { messageId: 'a', phase: 'sent', attempt: 1 },
      { messageId: 'b', phase: 'waiting-retry', attempt: 2, nextAttemptAt: Date.now() + 8000 },
      { messageId: 'c', phase: 'offline-waiting', attempt: 0 },
    ];
    const { user } = renderWithProviders(<SendProgress state={state} recipients={recipients} onCancel={onCancel} />);
    const lines = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toEqual([
      'Till \u2068Socialtjänsten, Lunds kommun\u2069Skickat',
      'Till \u2068Överförmyndaren, Lunds kommun\u2069Tjänsten svarar inte just nu. Nytt försök om 8 s',
      'Till \u2068Utbildning, Region Skåne\u2069Väntar på anslutning – skickas när du är online igen',
    ]);
    expect(screen.getByText(/Skickat 1 av 3/)).toBeInTheDocument();

    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(screen.getAllByRole('listitem')[1]).toHaveTextContent('Nytt försök om 5 s');

    await user.click(screen.getByRole('button', { name: 'Avbryt sändningen' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('announces phase changes politely, and hides the cancel button when all is done', () => {
    const failedState: MessageSendState = { messageId: 'a', phase: 'failed', attempt: 1, httpStatus: 401, problem: { status: 401, title: 'Unauthorized' } };
    function Harness() {
      const [state, set] = useState<MessageSendState[]>([{ messageId: 'a', phase: 'sending', attempt: 1 }]);
      return (
        <>
          <button type="button" onClick={() => set([failedState])}>
            fail
          </button>
          <SendProgress state={state} recipients={recipients} onCancel={() => undefined} />
        </>
      );
    }
    renderWithProviders(<Harness />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Till \u2068Socialtjänsten, Lunds kommun\u2069: Skickar…');
    fireEvent.click(screen.getByRole('button', { name: 'fail' }));
    const failed = 'Misslyckades: inloggningen har gått ut. Logga in igen och skicka på nytt – utkastet finns kvar.';
    expect(within(screen.getByRole('list')).getByText(failed)).toBeInTheDocument();
    expect(status).toHaveTextContent(`Till \u2068Socialtjänsten, Lunds kommun\u2069: ${failed}`);
    expect(screen.queryByRole('button', { name: 'Avbryt sändningen' })).not.toBeInTheDocument();
  });

  it('words a cancel that may have got through, and a rejected message', () => {
    renderWithProviders(
      <SendProgress
        state={[
          { messageId: 'a', phase: 'cancelled', attempt: 2, uncertain: true },
          { messageId: 'b', phase: 'failed', attempt: 1, httpStatus: 400, problem: { status: 400 } },
          { messageId: 'x', phase: 'cancelled', attempt: 0 },
        ]}
        recipients={recipients}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.lastChild?.textContent)).toEqual([
      'Avbrutet – kan ha hunnit skickas. Skicka igen för att kontrollera; meddelandet kan aldrig bli dubbelt.',
      'Misslyckades: tjänsten godtog inte meddelandet. Rätta felen och skicka igen.',
      'Avbrutet – skickades inte',
    ]);
    expect(screen.getAllByRole('listitem')[2]).toHaveTextContent('Till Meddelande 3');
  });
});

describe('OfflineNotice', () => {
  it('says that writing goes on and sending waits while offline, and disappears online', () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    renderWithProviders(<OfflineNotice />);
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    onLine.mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(status).toHaveTextContent('Du är offline');
    expect(status).toHaveTextContent('När du skickar väntar meddelandet på anslutningen och skickas så snart du är online igen.');
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(status).toBeEmptyDOMElement();
  });
});
