import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { FA } from '../../mocks/personas';
import { SEED_MESSAGES } from '../../mocks/seed';
import type { MessageRecord } from '../../mocks/store/messageRecord';
import { FUNCTIONAL_ADDRESS_ROOT } from '../sdk/ids';
import { paths, routePatterns } from '../routes/paths';
import { withInProcessGateway } from '../testing/inProcessGateway';
import { grantMailbox } from '../testing/grantMailbox';
import { sendIntoWorld } from '../testing/sendIntoWorld';
import { renderWithProviders } from '../testing/renderWithProviders';
import { MailboxPage } from './MailboxPage';
import { useCleanBrowserState } from '../testing/listTestApp';
import { controlFetch, isGetByIdRequest, isListRequest } from '../testing/controlFetch';

const gateway = withInProcessGateway();
useCleanBrowserState();

/** Seed messages delivered to a mailbox by the clock's start (delivery takes 8 s). */
const deliveredTo = (mailbox: string) => SEED_MESSAGES.filter((m) => m.to === mailbox && m.sentAgo > 10_000);
const sentFrom = (mailbox: string) => SEED_MESSAGES.filter((m) => m.from === mailbox);

function renderInbox(options: Parameters<typeof renderWithProviders>[1] = {}) {
  return renderWithProviders(<MailboxPage view="inbox" />, {
    ...gateway.as('anna'),
    route: paths.mailbox(FA.malmoBarnUnga, 'inbox'),
    path: routePatterns.inbox,
    ...options,
  });
}

/** Waits until the list and the address book names are shown. */
async function waitForRows(mailboxLabel = 'Socialtjänsten barn och unga') {
  await screen.findByRole('heading', { level: 1, name: mailboxLabel });
  await screen.findByRole('table');
}

const rowOf = (label: string) => {
  const row = screen.getByRole('link', { name: label }).closest('tr');
  if (!row) throw new Error(`no row for ${label}`);
  return row;
};

describe('MailboxPage – inbox', () => {
  it("lists the active mailbox's messages with sender, time and confidentiality, and nothing else", async () => {
    const fetches = controlFetch();
    renderInbox();
    expect(screen.getAllByRole('status')).toContain(screen.getByText('Hämtar meddelanden…'));
    await waitForRows();

    const expected = deliveredTo(FA.malmoBarnUnga);
    expect(expected.length).toBeGreaterThan(3);
    for (const seed of expected) expect(screen.getAllByRole('link', { name: seed.label }).length).toBeGreaterThan(0);

    // Messages of Anna's other mailbox, and those she sent, are not in this inbox.
    const shown = new Set(expected.map((m) => m.label));
    const elsewhere = [...deliveredTo(FA.malmoAldreomsorg), ...sentFrom(FA.malmoBarnUnga)].filter((m) => !shown.has(m.label));
    expect(elsewhere.length).toBeGreaterThan(3);
    for (const other of elsewhere) expect(screen.queryByRole('link', { name: other.label })).not.toBeInTheDocument();

    // Sender organisation and function from the address book; time in Swedish local time.
    const police = rowOf('Orosanmälan – barn närvarande vid ingripande i bostad');
    expect(police).toHaveTextContent('Polismyndigheten – Orosanmälningar – polisregion Syd');
    expect(within(police).getByText('Sekretess')).toBeInTheDocument();
    expect(police.querySelector('time')).toHaveTextContent(/^\d{1,2} [a-zé]+\.? 2026 \d{2}:\d{2}$/);
    expect(police).toHaveAttribute('class', expect.stringContaining('message-list__row'));
    const ivo = rowOf('Begäran om yttrande i tillsynsärende');
    expect(within(ivo).queryByText('Sekretess')).not.toBeInTheDocument();

    // Column headers are real table headers.
    // "Handläggs av" once the (shared mailbox) assignments have come.
    await waitFor(() =>
      expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Ärende', 'Från', 'Skapat', 'Sekretess', 'Bilagor', 'Handläggs av', 'Läst']),
    );

    // Listing uses getMessageByFilter with the mailbox filter only; no message is opened and no text shown.
    const lists = fetches.requests.filter(isListRequest);
    expect(lists.length).toBeGreaterThan(0);
    for (const request of lists) {
      const params = [...new URL(request.url).searchParams.keys()];
      expect(params).toEqual(['filter[recipientAttention.subOrganization.extension]']);
      expect(new URL(request.url).searchParams.get(params[0] ?? '')).toBe(FA.malmoBarnUnga);
    }
    expect(fetches.requests.filter(isGetByIdRequest)).toEqual([]);
    expect(screen.queryByText(/Polisen gjorde i natt/)).not.toBeInTheDocument();
  });

  it('lists newest first and links each row to its message', async () => {
    renderInbox();
    await waitForRows();
    const times = [...document.querySelectorAll('tbody time')].map((t) => Date.parse(t.getAttribute('datetime') ?? ''));
    expect(times.length).toBeGreaterThan(3);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const href = screen.getByRole('link', { name: 'Begäran om yttrande i tillsynsärende' }).getAttribute('href') ?? '';
    expect(href.startsWith(paths.message(FA.malmoBarnUnga, ''))).toBe(true);
    expect(href.length).toBeGreaterThan(paths.message(FA.malmoBarnUnga, '').length);
  });

  it('marks the inbox link as current and links to sent', async () => {
    renderInbox();
    await waitForRows();
    const views = screen.getByRole('navigation', { name: 'Brevlådans vyer' });
    expect(within(views).getByRole('link', { name: 'Inkorg' })).toHaveAttribute('aria-current', 'page');
    expect(within(views).getByRole('link', { name: 'Skickat' })).toHaveAttribute('href', paths.mailbox(FA.malmoBarnUnga, 'sent'));
  });

  it('says so when the inbox is empty', async () => {
    const quiet = 'sdk:lss-handlaggning:0203:lund.se';
    // Not a mailbox of the demo registry: granted to her for this test.
    await grantMailbox(gateway.db(), { person: 'anna', mailbox: quiet, organizationId: '0203:lund.se' });
    renderWithProviders(<MailboxPage view="inbox" />, {
      ...gateway.as('anna'),
      route: paths.mailbox(quiet, 'inbox'),
      path: routePatterns.inbox,
      user: { functionAddresses: [quiet] },
    });
    await screen.findByRole('heading', { level: 1, name: 'LSS-handläggning' });
    const empty = await screen.findByText('Inkorgen är tom');
    expect(screen.getAllByRole('status')).toContain(empty);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('explains that another mailbox is not yours and links to your first one', async () => {
    renderWithProviders(<MailboxPage view="inbox" />, {
      ...gateway.as('anna'),
      route: paths.mailbox(FA.lundSocialtjanst, 'inbox'),
      path: routePatterns.inbox,
    });
    expect(screen.getByRole('heading', { name: 'Det här är inte din funktionsbrevlåda' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Gå till \u2068Socialtjänsten barn och unga\u2069' })).toHaveAttribute(
      'href',
      paths.mailbox(FA.malmoBarnUnga, 'inbox'),
    );
  });
});

describe('MailboxPage – sent', () => {
  it('shows recipients and a status badge in Swedish for each sent message', async () => {
    const fetches = controlFetch();
    renderWithProviders(<MailboxPage view="sent" />, {
      ...gateway.as('anna'),
      route: paths.mailbox(FA.malmoBarnUnga, 'sent'),
      path: routePatterns.sent,
    });
    await waitForRows();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Ärende', 'Till', 'Skapat', 'Sekretess', 'Bilagor', 'Status']);
    for (const seed of sentFrom(FA.malmoBarnUnga)) expect(screen.getAllByRole('link', { name: seed.label }).length).toBeGreaterThan(0);

    const rejected = rowOf('Begäran om uppgifter – tidigare insatser');
    expect(rejected).toHaveTextContent('Socialtjänsten, Trelleborgs kommun');
    expect(within(rejected).getByText('Kunde inte levereras')).toBeInTheDocument();
    expect(within(rowOf('Sv: Begäran om yttrande – umgänge')).getByText('Accepterat av mottagaren')).toBeInTheDocument();

    // The sent list by the sender filter; the inbox (for the unread count in the title) by the recipient filter.
    const lists = fetches.requests.filter(isListRequest).map((r) => [...new URL(r.url).searchParams.entries()]);
    expect(lists).toContainEqual([['filter[senderAttention.subOrganization.extension]', FA.malmoBarnUnga]]);
    for (const params of lists) {
      expect(params).toHaveLength(1);
      expect(params[0]?.[1]).toBe(FA.malmoBarnUnga);
    }
    expect(fetches.requests.filter(isGetByIdRequest)).toEqual([]);
  });
});

describe('MailboxPage – polling', () => {
  it('shows a message sent by another organisation without reload', async () => {
    const fetches = controlFetch();
    renderInbox({ config: { pollIntervalSeconds: 0.1 } });
    await waitForRows();
    expect(screen.queryByRole('link', { name: 'Nytt ärende från Lund' })).not.toBeInTheDocument();

    await sendIntoWorld(gateway.world(), { from: FA.lundSocialtjanst, to: FA.malmoBarnUnga, attributes: { label: 'Nytt ärende från Lund' } });
    // The message service delivers once the recipient has accepted (a few simulated seconds).
    gateway.world().clock.advance(10_000);

    const link = await screen.findByRole('link', { name: 'Nytt ärende från Lund' }, { timeout: 3000 });
    expect(rowOf('Nytt ärende från Lund')).toHaveTextContent('Lunds kommun – Socialtjänsten');
    // Newest first: the new message is the first row.
    expect(screen.getAllByRole('row')[1]).toContainElement(link);
    expect(fetches.requests.filter(isGetByIdRequest)).toEqual([]);
  });

  it('keeps the rows and shows a non-blocking notice while polls fail, and recovers', async () => {
    const fetches = controlFetch();
    renderInbox({ config: { pollIntervalSeconds: 0.1 } });
    await waitForRows();
    const before = screen.getAllByRole('row').length;

    fetches.failLists = true;
    const notice = await screen.findByText('Kunde inte uppdatera – försöker igen');
    expect(notice).toHaveAttribute('class', expect.stringContaining('notice'));
    expect(notice.closest('output')).not.toBeNull();
    expect(screen.getAllByRole('row')).toHaveLength(before);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    fetches.failLists = false;
    await waitFor(() => expect(screen.queryByText('Kunde inte uppdatera – försöker igen')).not.toBeInTheDocument());
    expect(screen.getAllByRole('row')).toHaveLength(before);
  });

  it('shows an error with a retry button when the first load fails', async () => {
    const fetches = controlFetch();
    fetches.failLists = true;
    const { user } = renderInbox();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Meddelandena kunde inte hämtas.');

    fetches.failLists = false;
    await user.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    await waitForRows();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('MailboxPage – malformed data', () => {
  const base = {
    messageId: 'm-bad',
    conversationId: 'c-bad',
    confidentiality: false,
    sender: '0203:lund.se',
    recipient: '0203:malmo.se',
    senderAttention: { subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: FA.lundSocialtjanst } },
    recipientAttention: { subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: FA.malmoBarnUnga } },
  };

  it('renders an inbox message without label and with a bad date, and all the others', async () => {
    gateway.world().store.add({
      direction: 'incoming',
      id: 'bad-incoming',
      receivedAt: '2026-03-01T00:00:00.000Z',
      message: { ...base, creationDateTime: 'förra tisdagen' },
    } as unknown as MessageRecord);
    renderInbox();
    await waitForRows();

    const row = rowOf('(Ärendemening saknas)');
    expect(row).toHaveTextContent('Okänt datum');
    expect(row).toHaveTextContent('Lunds kommun – Socialtjänsten');
    for (const seed of deliveredTo(FA.malmoBarnUnga)) expect(screen.getAllByRole('link', { name: seed.label }).length).toBeGreaterThan(0);
    // Undated messages go last.
    expect(screen.getAllByRole('row').at(-1)).toBe(row);
  });

  it('shows an unknown status code as received, marked as unknown', async () => {
    gateway.world().store.add({
      direction: 'outgoing',
      id: 'bad-outgoing',
      scheduledAt: '2026-03-02T08:00:00.000Z',
      delivery: { kind: 'noReceipt' },
      message: {
        ...base,
        senderAttention: { subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: FA.malmoBarnUnga } },
        recipientAttention: { subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: FA.lundSocialtjanst } },
        sender: '0203:malmo.se',
        recipient: '0203:lund.se',
        label: 'Status från framtiden',
        creationDateTime: '2026-03-02T08:00:00.000Z',
        messageStatus: 'TELEPORTED',
      },
    } as unknown as MessageRecord);
    renderWithProviders(<MailboxPage view="sent" />, {
      ...gateway.as('anna'),
      route: paths.mailbox(FA.malmoBarnUnga, 'sent'),
      path: routePatterns.sent,
    });
    await waitForRows();
    const badge = within(rowOf('Status från framtiden')).getByText('\u2068TELEPORTED\u2069 (okänd status)');
    expect(badge).toHaveAttribute('title', 'Statuskoden finns inte i kodverket Meddelandestatus.');
    expect(within(rowOf('Sv: Begäran om yttrande – umgänge')).getByText('Accepterat av mottagaren')).toBeInTheDocument();
  });
});
