/**
 * The mailboxes the app offers come from the MK gateway's registry (GET /mk/me, polled), here
 * the real gateway in the test process (withInProcessGateway): a grant revoked in the registry
 * takes the mailbox away on the next poll, whatever the token says.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { FA } from '../../mocks/personas';
import { MailboxSwitcher } from '../features/mailboxes/MailboxSwitcher';
import { paths } from '../routes/paths';
import { withInProcessGateway } from '../testing/inProcessGateway';
import { renderWithProviders } from '../testing/renderWithProviders';
import { GrantedSession } from './GrantedSession';

const gateway = withInProcessGateway();

const switcher = () => within(screen.getByRole('navigation', { name: 'Funktionsbrevlådor' }));

function renderSwitcher() {
  return renderWithProviders(
    <GrantedSession>
      <nav aria-label="Funktionsbrevlådor">
        <MailboxSwitcher />
      </nav>
    </GrantedSession>,
    { ...gateway.as('anna'), route: paths.mailbox(FA.malmoAldreomsorg, 'inbox'), config: { pollIntervalSeconds: 0.2 } },
  );
}

describe('mailboxes from the gateway registry', () => {
  it('offers the mailboxes the registry grants, by person and by group', async () => {
    renderSwitcher();
    await screen.findByRole('navigation', { name: 'Funktionsbrevlådor' });
    expect(await switcher().findByRole('link', { name: /Socialtjänsten barn och unga/ })).toBeInTheDocument();
    expect(switcher().getByRole('link', { name: /Äldreomsorg – biståndshandläggning/ })).toBeInTheDocument();
  });

  it('removes a mailbox after the next /mk/me poll once its grant is revoked', async () => {
    renderSwitcher();
    await screen.findByRole('navigation', { name: 'Funktionsbrevlådor' });
    await switcher().findByRole('link', { name: /Socialtjänsten barn och unga/ });

    await gateway.db().deleteFrom('grants').where('subject', '=', 'anna').where('mailbox_id', '=', FA.malmoBarnUnga).execute();

    await waitFor(() => expect(switcher().queryByRole('link', { name: /Socialtjänsten barn och unga/ })).not.toBeInTheDocument());
    // The mailbox granted through her IdP group stays.
    expect(switcher().getByRole('link', { name: /Äldreomsorg – biståndshandläggning/ })).toBeInTheDocument();
    const me = (await (await gateway.call('/mk/me', { as: 'anna' })).json()) as { mailboxes: { id: string }[] };
    expect(me.mailboxes.map((m) => m.id)).toEqual([FA.malmoAldreomsorg]);
  });
});
