import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { FA } from '../../../mocks/personas';
import { paths } from '../../routes/paths';
import { withInProcessGateway } from '../../testing/inProcessGateway';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ReaderRoutes, receivedSeedId, sentSeedId } from '../../testing/readerRoutes';
import { sendIntoWorld } from '../../testing/sendIntoWorld';

const gateway = withInProcessGateway();

async function open(id: string) {
  const result = renderWithProviders(<ReaderRoutes />, { ...gateway.as('anna'), route: paths.message(FA.malmoBarnUnga, id) });
  await screen.findByRole('heading', { level: 1 }, { timeout: 3000 });
  return result;
}

const actions = () => screen.getByRole('region', { name: 'Åtgärder för meddelandet' });

describe('Removing a message', () => {
  it('is not offered while delivery is still going on', async () => {
    const id = await sendIntoWorld(gateway.world(), { from: FA.malmoBarnUnga, to: FA.lundSocialtjanst });
    gateway.world().clock.advance(6_000); // WAITING_FOR_RECEIPT
    await open(id);
    await screen.findByText('Leveransen pågår. Statusen uppdateras automatiskt.');
    expect(within(actions()).queryByRole('button', { name: 'Ta bort' })).toBeNull();
  });

  it('is offered in a final status (sent and accepted, failed, or received)', async () => {
    for (const id of [sentSeedId('malmo-bekraftelse-lind'), sentSeedId('malmo-begaran-trelleborg-avvisad'), receivedSeedId('ivo-begaran-yttrande')]) {
      const { unmount } = await open(id);
      expect(within(actions()).getByRole('button', { name: 'Ta bort' })).toBeInTheDocument();
      unmount();
    }
  });

  it('asks first, explaining that the message leaves the message service; Escape cancels and focus returns', async () => {
    const id = sentSeedId('malmo-bekraftelse-lind');
    const { user } = await open(id);
    const remove = within(actions()).getByRole('button', { name: 'Ta bort' });
    await user.click(remove);

    const dialog = screen.getByRole('dialog', { name: 'Ta bort meddelandet från meddelandetjänsten?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(/tas bort från meddelandetjänsten.*kan därefter inte visa det igen/);
    // The safe choice has focus; Tab stays inside the dialog.
    const cancel = within(dialog).getByRole('button', { name: 'Avbryt' });
    const confirm = within(dialog).getByRole('button', { name: 'Ta bort meddelandet' });
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(confirm).toHaveFocus();
    await user.tab({ shift: true });
    expect(cancel).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(remove).toHaveFocus();
    expect(gateway.world().store.get(id)).toBeDefined();
  });

  it('removes the message on confirmation and returns to the list with a status message', async () => {
    const id = sentSeedId('malmo-bekraftelse-lind');
    const { user, location, queryClient } = await open(id);
    await user.click(within(actions()).getByRole('button', { name: 'Ta bort' }));
    await user.click(screen.getByRole('button', { name: 'Ta bort meddelandet' }));

    await waitFor(() => expect(location().pathname).toBe(paths.mailbox(FA.malmoBarnUnga, 'sent')));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Meddelandet ”\u2068Sv: Sv: Sv: Överflyttning av ärende – familjen Lind\u2069” har tagits bort från meddelandetjänsten.',
    );
    expect(gateway.world().store.get(id)).toBeUndefined();
    // No cached copy is left to show it again.
    expect(queryClient.getQueryCache().findAll({ queryKey: ['messages', 'detail', id] })).toEqual([]);
  });

  it('shows the problem and keeps the dialog open when removal fails', async () => {
    const id = sentSeedId('malmo-bekraftelse-lind');
    const { user, location } = await open(id);
    await user.click(within(actions()).getByRole('button', { name: 'Ta bort' }));
    gateway.world().store.remove(id); // removed elsewhere in the meantime
    await user.click(screen.getByRole('button', { name: 'Ta bort meddelandet' }));

    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Meddelandet finns inte längre i meddelandetjänsten.');
    expect(location().pathname).toBe(paths.message(FA.malmoBarnUnga, id));
  });

  it('says when the service refuses for any other reason', async () => {
    const id = sentSeedId('malmo-bekraftelse-lind');
    const { user } = await open(id);
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const request = new Request(input, init);
      if (request.method === 'DELETE') {
        return Promise.resolve(
          new Response(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Underhåll pågår.' }), {
            status: 503,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
        );
      }
      return realFetch(request);
    });
    await user.click(within(actions()).getByRole('button', { name: 'Ta bort' }));
    await user.click(screen.getByRole('button', { name: 'Ta bort meddelandet' }));
    const alert = await within(screen.getByRole('dialog')).findByRole('alert');
    expect(alert).toHaveTextContent('Meddelandet kunde inte tas bort.');
    expect(alert).toHaveTextContent('Underhåll pågår.');
    expect(gateway.world().store.get(id)).toBeDefined();
  });
});
