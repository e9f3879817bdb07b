import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { FA } from '../../../mocks/personas';
import { paths, routePatterns } from '../../routes/paths';
import { bidiLeaks } from '../../testing/bidi';
import { withInProcessGateway } from '../../testing/inProcessGateway';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { MailboxSwitcher } from './MailboxSwitcher';

const gateway = withInProcessGateway();

const BARN_UNGA = 'Socialtjänsten barn och unga';
const ALDRE = 'Äldreomsorg – biståndshandläggning';

describe('MailboxSwitcher', () => {
  it("lists both of Anna's mailboxes with address-book names and marks the active one", async () => {
    renderWithProviders(<MailboxSwitcher />, {
      ...gateway.as('anna'),
      route: paths.mailbox(FA.malmoBarnUnga, 'inbox'),
      path: routePatterns.inbox,
    });

    const active = await screen.findByRole('link', { name: new RegExp(BARN_UNGA) });
    const other = screen.getByRole('link', { name: new RegExp(ALDRE) });
    expect(screen.getAllByRole('listitem')).toHaveLength(2);

    expect(active).toHaveAttribute('aria-current', 'page');
    expect(active).toHaveAttribute('title', FA.malmoBarnUnga);
    expect(within(active).getByText(FA.malmoBarnUnga)).toBeInTheDocument();
    expect(active).toHaveAttribute('href', paths.mailbox(FA.malmoBarnUnga, 'inbox'));

    expect(other).not.toHaveAttribute('aria-current');
    expect(other).toHaveAttribute('href', paths.mailbox(FA.malmoAldreomsorg, 'inbox'));

    expect(await screen.findByText(`Skickar som \u2068${BARN_UNGA}\u2069, \u2068Malmö stad\u2069`)).toBeInTheDocument();
  });

  it('keeps the current view (sent) when switching mailbox', async () => {
    renderWithProviders(<MailboxSwitcher />, {
      ...gateway.as('anna'),
      route: paths.mailbox(FA.malmoAldreomsorg, 'sent'),
      path: routePatterns.sent,
    });
    const other = await screen.findByRole('link', { name: new RegExp(BARN_UNGA) });
    expect(other).toHaveAttribute('href', paths.mailbox(FA.malmoBarnUnga, 'sent'));
    expect(screen.getByRole('link', { name: new RegExp(ALDRE) })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText(`Skickar som \u2068${ALDRE}\u2069, \u2068Malmö stad\u2069`)).toBeInTheDocument();
  });

  it('falls back to identifiers for mailboxes the address book does not know', async () => {
    const unknown = 'sdk:okand-funktion:0203:malmo.se';
    renderWithProviders(<MailboxSwitcher />, {
      ...gateway.as('anna'),
      route: paths.mailbox(unknown, 'inbox'),
      path: routePatterns.inbox,
      user: { functionAddresses: [unknown] },
    });
    const link = screen.getByRole('link', { name: unknown });
    expect(link).toHaveAttribute('aria-current', 'page');
    // The organisation comes from the sign-in while the address book does not know the address.
    expect(await screen.findByText(`Skickar som \u2068${unknown}\u2069, \u2068Malmö stad\u2069`)).toBeInTheDocument();
  });

  it('keeps "Skickar som …" in order when the organisation is written right to left (bidi isolation)', async () => {
    const unknown = 'sdk:okand-funktion:0203:malmo.se';
    const arabic = 'الخدمات الاجتماعية';
    renderWithProviders(<MailboxSwitcher />, {
      ...gateway.as('anna'),
      route: paths.mailbox(unknown, 'inbox'),
      path: routePatterns.inbox,
      user: { functionAddresses: [unknown], organization: { id: '0203:malmo.se', name: arabic } },
    });
    const sentence = (await screen.findByText(/^Skickar som /)).textContent ?? '';
    expect(sentence).toBe(`Skickar som \u2068${unknown}\u2069, \u2068${arabic}\u2069`);
    expect(bidiLeaks(sentence)).toEqual([]);
  });
});
