import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { FA } from '../../../mocks/personas';
import { paths } from '../../routes/paths';
import { withInProcessGateway } from '../../testing/inProcessGateway';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ReaderRoutes, receivedSeedId } from '../../testing/readerRoutes';
import { ReplyGuard } from './ReplyGuard';

/** The real gateway's handling routes (registry, versions, 409s) in the test process. */
const gateway = withInProcessGateway();

const ID = receivedSeedId('ivo-begaran-yttrande');
const LABEL = 'Begäran om yttrande i tillsynsärende';

/** Maja, Anna's colleague in the same shared mailbox, acting through the API. */
function asMaja(path: string, body: unknown): Promise<Response> {
  return gateway.call(path, { as: 'maja', method: 'POST', body });
}

async function openMessage() {
  const result = renderWithProviders(<ReaderRoutes />, { ...gateway.as('anna'), route: paths.message(FA.malmoBarnUnga, ID) });
  await screen.findByRole('heading', { level: 1, name: LABEL }, { timeout: 3000 });
  const panel = await screen.findByRole('region', { name: 'Hantering' });
  await within(panel).findByText('Ingen har tagit ärendet.');
  return { ...result, panel };
}

describe('The handling panel', () => {
  it('takes, marks done and reopens a message, with the history, offering only what applies', async () => {
    const { user, panel } = await openMessage();
    expect(within(panel).queryByRole('button', { name: 'Släpp ärendet' })).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'Ta ärendet' }));
    await within(panel).findByText('Du handlägger ärendet.');
    expect(within(panel).queryByRole('button', { name: 'Ta ärendet' })).toBeNull();
    expect(within(panel).getByRole('region', { name: 'Historik' })).toHaveTextContent('du tog ärendet');

    await user.click(within(panel).getByRole('button', { name: 'Klar' }));
    await within(panel).findByRole('button', { name: 'Öppna igen' });
    expect(within(panel).getByText('Klar.')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Släpp ärendet' })).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'Öppna igen' }));
    await within(panel).findByRole('button', { name: 'Släpp ärendet' });
    expect(within(panel).getByRole('region', { name: 'Historik' })).toHaveTextContent('du öppnade ärendet igen');
  });

  it('says who was first when a colleague took it meanwhile (409), and shows her as the one handling it', async () => {
    const { user, panel } = await openMessage();
    expect((await asMaja(`/mk/messages/${ID}/handling`, { action: 'take', expectedVersion: 0 })).status).toBe(200);

    await user.click(within(panel).getByRole('button', { name: 'Ta ärendet' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('\u2068Maja Holm\u2069 har redan tagit ärendet.');
    await within(panel).findByText('Handläggs av \u2068Maja Holm\u2069.');
    expect(within(panel).queryByText('Du handlägger ärendet.')).toBeNull();
    // She can still hand it over deliberately: assign is offered, take is not.
    expect(within(panel).queryByRole('button', { name: 'Ta ärendet' })).toBeNull();
    expect(within(panel).getByLabelText('Tilldela kollega')).toBeInTheDocument();
  });

  it('keeps internal notes marked INTERNT and refuses an empty one', async () => {
    const { user, panel } = await openMessage();
    const notes = within(panel).getByRole('region', { name: /Interna anteckningar/ });
    expect(notes).toHaveTextContent('INTERNT');
    expect(notes).toHaveAccessibleDescription('Bara för kollegor med behörighet till funktionsbrevlådan. Skickas aldrig till den andra organisationen.');
    await user.click(within(notes).getByRole('button', { name: 'Spara anteckningen' }));
    expect(within(notes).getByText('Skriv en anteckning på 1–4000 tecken.')).toBeInTheDocument();
    await user.type(within(notes).getByLabelText(/Ny intern anteckning/), 'Ring skolan först');
    await user.click(within(notes).getByRole('button', { name: 'Spara anteckningen' }));
    await within(notes).findByText('Ring skolan först');
    expect(within(notes).getByLabelText(/Ny intern anteckning/)).toHaveValue('');
  });
});

describe('The reply guard', () => {
  it('asks first when someone else has taken the message, naming her', async () => {
    expect((await asMaja(`/mk/messages/${ID}/handling`, { action: 'take', expectedVersion: 0 })).status).toBe(200);
    const { user } = renderWithProviders(
      <ReplyGuard mailbox={FA.malmoBarnUnga} messageId={ID}>
        <h1>Svara</h1>
      </ReplyGuard>,
      gateway.as('anna'),
    );
    expect(await screen.findByText('\u2068Maja Holm\u2069 har tagit ärendet. Vill du ändå svara?')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Svara' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Tillbaka till meddelandet' })).toHaveAttribute('href', paths.message(FA.malmoBarnUnga, ID));
    await user.click(screen.getByRole('button', { name: 'Svara ändå' }));
    expect(screen.getByRole('heading', { name: 'Svara' })).toBeInTheDocument();
  });

  it('opens the composer at once when nobody else has the message', async () => {
    renderWithProviders(
      <ReplyGuard mailbox={FA.malmoBarnUnga} messageId={ID}>
        <h1>Svara</h1>
      </ReplyGuard>,
      gateway.as('anna'),
    );
    expect(await screen.findByRole('heading', { name: 'Svara' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/Vill du ändå svara/)).toBeNull());
  });
});
