/**
 * The mailbox list as a case worker uses it all day: unread state, filters, search, polling
 * announcements, offline, and focus that stays put.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import { FA } from '../../mocks/personas';
import { paths } from '../routes/paths';
import { withInProcessGateway } from '../testing/inProcessGateway';
import { sendIntoWorld } from '../testing/sendIntoWorld';
import { renderWithProviders, type RenderWithProvidersOptions } from '../testing/renderWithProviders';
import { ListTestApp, useCleanBrowserState } from '../testing/listTestApp';
import { messageListKeys } from '../api/endpoints/messageList';
import { controlFetch, isGetByIdRequest, isListRequest } from '../testing/controlFetch';

const gateway = withInProcessGateway();
useCleanBrowserState();
afterEach(() => onlineManager.setOnline(true));

const BARN_UNGA = 'Socialtjänsten barn och unga';
const ALDRE = 'Äldreomsorg – biståndshandläggning';

function renderList(route = paths.mailbox(FA.malmoBarnUnga, 'inbox'), options: RenderWithProvidersOptions = {}) {
  return renderWithProviders(<ListTestApp />, { ...gateway.as('anna'), route, ...options });
}

const rowOf = (label: string) => {
  const row = screen.getByRole('link', { name: label }).closest('tr');
  if (!row) throw new Error(`no row for ${label}`);
  return row;
};
const dataRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const switcherLink = (name: string) => within(screen.getByRole('navigation', { name: 'Funktionsbrevlådor' })).getByRole('link', { name: new RegExp(name) });

async function sendFromLund(label: string) {
  await sendIntoWorld(gateway.world(), { from: FA.lundSocialtjanst, to: FA.malmoBarnUnga, attributes: { label } });
  // Delivered once the recipient's service has it (a few simulated seconds).
  gateway.world().clock.advance(10_000);
}

describe('unread and read', () => {
  it('counts unread received messages per mailbox, shows them bold and says "oläst"', async () => {
    renderList();
    await screen.findByRole('table');
    await waitFor(() => expect(dataRows()[0]).toHaveClass('message-list__row--unread'));
    const total = dataRows().length;
    expect(total).toBeGreaterThan(5);

    for (const row of dataRows()) {
      expect(row).toHaveClass('message-list__row--unread');
      expect(row).toHaveAccessibleName(/^Oläst\. /);
      expect(within(row).getByText('oläst:')).toHaveClass('visually-hidden');
    }
    await waitFor(() => expect(switcherLink(BARN_UNGA)).toHaveTextContent(`${total} olästa`));
    // The other mailbox's inbox is counted too (polled by the switcher).
    await waitFor(() => expect(switcherLink(ALDRE)).toHaveTextContent(/\d+ olästa/));
  });

  it('marks a message read when opened, and unread again from its row', async () => {
    const { user } = renderList();
    await screen.findByRole('table');
    await waitFor(() => expect(rowOf('Begäran om SIP-möte – Nora Hassan')).toHaveClass('message-list__row--unread'));
    const total = dataRows().length;
    await waitFor(() => expect(switcherLink(BARN_UNGA)).toHaveTextContent(`${total} olästa`));

    await user.click(screen.getByRole('link', { name: 'Begäran om SIP-möte – Nora Hassan' }));
    expect(await screen.findByRole('heading', { name: /^Meddelande / })).toBeInTheDocument();
    await user.click(switcherLink(BARN_UNGA));

    const row = await waitFor(() => rowOf('Begäran om SIP-möte – Nora Hassan'));
    expect(row).not.toHaveClass('message-list__row--unread');
    expect(row).toHaveAccessibleName(/^Begäran om SIP-möte/);
    expect(within(row).queryByText('oläst:')).not.toBeInTheDocument();
    await waitFor(() => expect(switcherLink(BARN_UNGA)).toHaveTextContent(`${total - 1} olästa`));

    await user.click(within(row).getByRole('button', { name: 'Markera som oläst: \u2068Begäran om SIP-möte – Nora Hassan\u2069' }));
    expect(rowOf('Begäran om SIP-möte – Nora Hassan')).toHaveClass('message-list__row--unread');
    await waitFor(() => expect(switcherLink(BARN_UNGA)).toHaveTextContent(`${total} olästa`));
  });
});

describe('new messages while the list is open', () => {
  it('announces them politely and counts them in the document title', async () => {
    gateway.world().clock.advance(60_000); // seed messages still on their way arrive first
    const fetches = controlFetch();
    renderList(undefined, { config: { pollIntervalSeconds: 0.1 } });
    await screen.findByRole('table');
    await waitFor(() => expect(document.title).toMatch(/^\(\d+\) Inkorg – \u2068Socialtjänsten barn och unga\u2069 – SDK Meddelandeklient$/));
    const before = Number(/^\((\d+)\)/.exec(document.title)?.[1]);

    await sendFromLund('Nytt ärende från Lund');
    await screen.findByRole('link', { name: 'Nytt ärende från Lund' }, { timeout: 3000 });
    await waitFor(() => expect(document.title).toBe(`(${before + 1}) Inkorg – \u2068${BARN_UNGA}\u2069 – SDK Meddelandeklient`));
    const announcement = await screen.findByText(`1 nytt meddelande i \u2068${BARN_UNGA}\u2069.`, {}, { timeout: 3000 });
    expect(announcement.closest('output')).not.toBeNull();
    // Polling never opens a message.
    expect(fetches.requests.filter(isGetByIdRequest)).toEqual([]);
  });

  it('keeps keyboard focus on the same message when a poll adds a row above it', async () => {
    gateway.world().clock.advance(60_000); // seed messages still on their way arrive first
    const { user } = renderList(undefined, { config: { pollIntervalSeconds: 0.1 } });
    await screen.findByRole('table');
    const target = rowOf('Begäran om SIP-möte – Nora Hassan');
    const id = target.dataset.id;
    await user.click(within(target).getAllByRole('cell')[0] ?? target);
    expect(document.activeElement).toBe(target);
    const indexBefore = Number(target.getAttribute('aria-rowindex'));

    await sendFromLund('Ännu ett ärende från Lund');
    await screen.findByRole('link', { name: 'Ännu ett ärende från Lund' }, { timeout: 3000 });
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.id).toBe(id);
    expect(Number(focused.getAttribute('aria-rowindex'))).toBe(indexBefore + 1);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', String(dataRows().length + 1));
  });
});

describe('filters', () => {
  it('sends the date range to the server as UTC filters in the request and keeps it in the URL', async () => {
    const fetches = controlFetch();
    const { user, location, queryClient } = renderList();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: /^Filter/ }));
    // The panel is fetched the first time it opens.
    fireEvent.change(await screen.findByLabelText('Från och med'), { target: { value: '2026-02-26' } });
    fireEvent.change(screen.getByLabelText('Till och med'), { target: { value: '2026-02-27' } });

    await waitFor(() =>
      expect(
        fetches.requests.filter(isListRequest).some((r) => new URL(r.url).searchParams.get('filter[creationDateTimeStop]') === '2026-02-27T22:59:59.999Z'),
      ).toBe(true),
    );
    const request = fetches.requests.filter(isListRequest).at(-1);
    const params = new URL(request?.url ?? '').searchParams;
    expect(params.get('filter[creationDateTimeStart]')).toBe('2026-02-25T23:00:00.000Z');
    expect(params.get('filter[recipientAttention.subOrganization.extension]')).toBe(FA.malmoBarnUnga);

    await waitFor(() => expect(screen.queryByRole('link', { name: 'Orosanmälan – barn närvarande vid ingripande i bostad' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Begäran om SIP-möte – Nora Hassan' })).toBeInTheDocument();
    // The list answers from local state at once; the URL follows as a router transition,
    // which a busy machine may commit a little later.
    await waitFor(() => expect(new URLSearchParams(location().search).get('fran')).toBe('2026-02-26'));
    expect(new URLSearchParams(location().search).get('till')).toBe('2026-02-27');
    // The period is part of the query key.
    expect(
      queryClient.getQueryData(
        messageListKeys.of(FA.malmoBarnUnga, 'inbox', {
          'filter[creationDateTimeStart]': '2026-02-25T23:00:00.000Z',
          'filter[creationDateTimeStop]': '2026-02-27T22:59:59.999Z',
        }),
      ),
    ).toBeDefined();
    expect(screen.getByRole('button', { name: /^Filter/ })).toHaveTextContent('Filter (1 aktivt)');
  });

  it('explains a period that ends before it starts, and does not use it', async () => {
    const fetches = controlFetch();
    const { user } = renderList(`${paths.mailbox(FA.malmoBarnUnga, 'inbox')}?fran=2026-02-28&till=2026-02-20`);
    await screen.findByRole('table');
    expect(screen.getByRole('button', { name: /^Filter/ })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Från och med-datumet är senare än till och med-datumet.');
    expect(screen.getByLabelText('Från och med')).toHaveAttribute('aria-invalid', 'true');
    for (const request of fetches.requests.filter(isListRequest)) {
      expect(new URL(request.url).searchParams.has('filter[creationDateTimeStart]')).toBe(false);
    }
    await user.click(screen.getByRole('button', { name: 'Rensa filter' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('shows only confidential messages, or those with attachments (from the message facts)', async () => {
    const fetches = controlFetch();
    const { user } = renderList();
    await screen.findByRole('table');
    const total = dataRows().length;
    await user.click(screen.getByRole('button', { name: /^Filter/ }));

    await user.click(screen.getByLabelText('Endast sekretess'));
    await waitFor(() => expect(dataRows().length).toBeLessThan(total));
    for (const row of dataRows()) expect(within(row).getByText('Sekretess')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Begäran om yttrande i tillsynsärende' })).not.toBeInTheDocument();
    expect(screen.getByText(`${dataRows().length} av ${total} meddelanden visas`)).toBeInTheDocument();
    await user.click(screen.getByLabelText('Endast sekretess'));

    await user.click(screen.getByLabelText('Har bilagor'));
    await waitFor(() => expect(dataRows().length).toBeLessThan(total));
    expect(dataRows().length).toBeGreaterThan(0);
    for (const row of dataRows()) expect(row).toHaveAccessibleName(/\d+ bilag(a|or)$/);
    const police = rowOf('Orosanmälan – barn närvarande vid ingripande i bostad');
    expect(within(police).getByText('Bilaga')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Begäran om SIP-möte – Nora Hassan' })).not.toBeInTheDocument();

    const facts = fetches.requests.filter((r) => new URL(r.url).pathname.endsWith('/mk/message-facts'));
    expect(facts.length).toBeGreaterThan(0);
    expect(new URL(facts[0]?.url ?? '').searchParams.get('filter[mailbox]')).toBe(FA.malmoBarnUnga);
    expect(fetches.requests.filter(isGetByIdRequest)).toEqual([]);
  });

  it('filters sent messages by status group', async () => {
    const { user } = renderList(paths.mailbox(FA.malmoBarnUnga, 'sent'));
    await screen.findByRole('table');
    const total = dataRows().length;
    await user.click(screen.getByRole('button', { name: /^Filter/ }));
    await user.click(screen.getByLabelText('Problem – avvisade eller inte levererade'));
    await waitFor(() => expect(dataRows().length).toBeLessThan(total));
    expect(dataRows().length).toBeGreaterThan(0);
    for (const row of dataRows()) expect(row.querySelector('.status-badge--failure')).not.toBeNull();
    expect(rowOf('Begäran om uppgifter – tidigare insatser')).toHaveTextContent('Kunde inte levereras');
  });
});

describe('search', () => {
  it('covers label, sender organisation and function, ignoring å/ä/ö, and says what it covered', async () => {
    const { user, location } = renderList();
    await screen.findByRole('table');
    const total = dataRows().length;
    const search = screen.getByRole('searchbox', { name: 'Sök i listan' });
    expect(search).toHaveAccessibleDescription(
      `Sökningen gäller rubrik, avsändande organisation och funktion i de ${total} meddelanden som visas. Meddelandenas text och bilagor söks inte.`,
    );

    await user.type(search, 'orosanmalan');
    await waitFor(() => expect(dataRows().length).toBeLessThan(total));
    for (const row of dataRows()) expect(row).toHaveTextContent(/Orosanmälan/);

    await user.clear(search);
    await user.type(search, 'polismyndigheten');
    await waitFor(() => expect(dataRows().every((row) => /Polismyndigheten/.test(row.textContent ?? ''))).toBe(true));
    expect(dataRows().length).toBeGreaterThan(0);

    await user.clear(search);
    await user.type(search, 'LUNDS kommun');
    await waitFor(() => expect(dataRows().every((row) => /Lunds kommun/.test(row.textContent ?? ''))).toBe(true));
    expect(screen.getByText(`${dataRows().length} av ${total} meddelanden visas`)).toBeInTheDocument();
    await waitFor(() => expect(new URLSearchParams(location().search).get('sok')).toBe('LUNDS kommun'));

    await user.clear(search);
    await user.type(search, 'elevhalsa GRUNDSKOLA');
    await waitFor(() => expect(dataRows().length).toBe(1));
    expect(dataRows()[0]).toHaveTextContent('Elevhälsa grundskola');

    await user.clear(search);
    await user.type(search, 'finns inte någonstans');
    expect(await screen.findByText('Inga meddelanden matchar filtret')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rensa filter' }));
    await waitFor(() => expect(dataRows()).toHaveLength(total));
    expect(search).toHaveValue('');
  });

  it('keeps search, filters and order from the URL, e.g. after a reload', async () => {
    renderList(`${paths.mailbox(FA.malmoBarnUnga, 'inbox')}?sok=lind&ordning=aldst&sekretess=1`);
    await screen.findByRole('table');
    expect(screen.getByRole('searchbox', { name: 'Sök i listan' })).toHaveValue('lind');
    expect(screen.getByLabelText('Endast sekretess')).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Ordning' })).toHaveValue('oldest');
    // The mailbox's name comes from the address book, which may answer after the list.
    await waitFor(() => expect(screen.getByRole('table')).toHaveAccessibleName(`Meddelanden i inkorgen för \u2068${BARN_UNGA}\u2069, äldsta först`));
    const times = dataRows().map((row) => Date.parse(row.querySelector('time')?.getAttribute('datetime') ?? ''));
    expect(times.length).toBeGreaterThan(1);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('offline', () => {
  it('says it is offline instead of loading forever, and loads when the connection is back', async () => {
    act(() => onlineManager.setOnline(false));
    renderList();
    expect(await screen.findByText('Du är offline – meddelandena hämtas när anslutningen är tillbaka')).toBeInTheDocument();
    expect(screen.queryByText('Hämtar meddelanden…')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    act(() => onlineManager.setOnline(true));
    await screen.findByRole('table');
    expect(screen.queryByText(/Du är offline/)).not.toBeInTheDocument();
  });

  it('keeps the last fetched rows while offline and says so', async () => {
    renderList();
    await screen.findByRole('table');
    const rows = dataRows().length;
    act(() => onlineManager.setOnline(false));
    const notice = await screen.findByText('Du är offline – listan visar senast hämtade meddelanden');
    expect(notice.closest('output')).not.toBeNull();
    expect(dataRows()).toHaveLength(rows);
    expect(screen.queryByText('Kunde inte uppdatera – försöker igen')).not.toBeInTheDocument();
  });
});
