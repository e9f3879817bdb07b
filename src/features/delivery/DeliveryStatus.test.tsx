import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { focusManager } from '@tanstack/react-query';
import { FA } from '../../../mocks/personas';
import { TRAINING } from '../../../mocks/seed';
import { useMockService } from '../../../mocks/testing';
import type { AppConfig } from '../../config/config';
import { paths } from '../../routes/paths';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { isGetByIdRequest, isListRequest } from '../../testing/controlFetch';
import { ReaderRoutes, sendAs, sentSeedId } from '../../testing/readerRoutes';

const mock = useMockService();

afterEach(() => {
  vi.useRealTimers();
  focusManager.setFocused(undefined);
});

async function openSent(id: string, config: Partial<AppConfig> = {}, mailbox: string = FA.malmoBarnUnga) {
  const result = renderWithProviders(<ReaderRoutes />, { route: paths.message(mailbox, id), config });
  await screen.findByRole('heading', { level: 1 }, { timeout: 3000 });
  const section = await screen.findByRole('region', { name: 'Leveransstatus' });
  return { ...result, section };
}

function timelineItems(section: HTMLElement) {
  const timeline = within(section).getByRole('region', { name: 'Händelser, senaste först' });
  return within(timeline).getAllByRole('listitem').filter((li) => li.parentElement?.tagName === 'OL');
}

/** Moves the fake clock on, running the timers that fall due. */
async function passTime(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** The "Nuvarande status" line. */
const currentStatus = (section: HTMLElement) => section.querySelector('.delivery__current') as HTMLElement;
/** The result in words (a polite live region). */
const summary = (section: HTMLElement) => section.querySelector('output.delivery__summary') as HTMLElement;

function recordRequests() {
  const realFetch = globalThis.fetch;
  const requests: Request[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    return realFetch(request);
  });
  return requests;
}

describe('Delivery status of a sent message', () => {
  it('lists every event newest first, each explained in Swedish with the part that acted', async () => {
    const id = await sendAs({ from: FA.malmoBarnUnga, to: FA.lundSocialtjanst });
    mock.world().clock.advance(10_000);
    const { section } = await openSent(id);

    const items = timelineItems(section);
    expect(items.map((li) => li.dataset.code)).toEqual(['ACCEPTED', 'WAITING_FOR_RECEIPT', 'ACKNOWLEDGE', 'SUBMITTED', 'SCHEDULED']);
    const times = items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? '');
    expect([...times].sort().reverse()).toEqual(times);

    expect(items[0]).toHaveTextContent('Accepterat av mottagaren');
    expect(items[0]).toHaveTextContent('Mottagaren har tagit emot meddelandet och skickat en godkänd meddelandekvittens.');
    expect(items[0]).toHaveTextContent('Utfört av mottagaren');
    expect(items[2]).toHaveTextContent('Mottagarens accesspunkt har bekräftat att meddelandet kommit fram (transportkvittens).');
    expect(items[2]).toHaveTextContent('Utfört av accesspunkten');
    expect(items[4]).toHaveTextContent('Meddelandetjänsten har tagit emot meddelandet och lagt det i kö för att skickas.');
    expect(items[4]).toHaveTextContent('Utfört av meddelandetjänsten');

    // The final result stands out, in words; no advice for a success.
    expect(summary(section)).toHaveTextContent('Levererat: mottagaren har tagit emot meddelandet.');
    expect(section.querySelector('.delivery__result--accepted')).not.toBeNull();
    expect(within(section).queryByRole('heading', { name: 'Vad du behöver göra' })).toBeNull();
  });

  it('shows why a seeded message was rejected and what to do about each reason', async () => {
    const { section } = await openSent(sentSeedId('malmo-begaran-trelleborg-avvisad'));

    expect(summary(section)).toHaveTextContent('Inte levererat: meddelandet har inte kommit fram till mottagaren.');
    expect(section.querySelector('.delivery__result--failed')).not.toBeNull();

    const advice = within(section).getByRole('region', { name: 'Vad du behöver göra' });
    const kinds = within(advice).getAllByRole('listitem').map((li) => li.dataset.advice);
    expect(kinds).toEqual(['not-supported', 'recipient-rule']);
    expect(advice).toHaveTextContent('Spara om bilagan som PDF');
    expect(advice).toHaveTextContent('Mottagaren avvisade meddelandet enligt sina regler (\u2068RegelID-204\u2069).');

    // The receipt's reasons as the service reported them: code, reason, text and where.
    const items = timelineItems(section);
    expect(items.map((li) => li.dataset.code)).toEqual([
      'MESSAGE_EXCHANGE_ERROR',
      'REJECTED',
      'BV',
      'BV',
      'WAITING_FOR_RECEIPT',
      'ACKNOWLEDGE',
      'SUBMITTED',
      'SCHEDULED',
    ]);
    const reason = items[2] as HTMLElement;
    expect(reason).toHaveTextContent('Orsak i mottagarens kvittens: BV – regel hos mottagaren eller i specifikationen');
    expect(reason).toHaveTextContent('Orsaknot-supported');
    expect(reason).toHaveTextContent("In contentType, the value 'text/plain' is not allowed.");
    expect(reason).toHaveTextContent('Gäller/Message/MessageBody/DigitalDocument[1]/ContentFiles[1]/contentType');
    expect(items[3]).toHaveTextContent('RegelID-204');
  });

  it('explains a training message rejected for its signature (SIG)', async () => {
    const id = await sendAs({ from: FA.regionSkaneUtbildning, to: TRAINING.rejectsSignature });
    mock.world().clock.advance(10_000);
    renderWithProviders(<ReaderRoutes />, { route: paths.message(FA.regionSkaneUtbildning, id), user: { functionAddresses: [FA.regionSkaneUtbildning] } });
    const section = await screen.findByRole('region', { name: 'Leveransstatus' }, { timeout: 3000 });
    const advice = within(section).getByRole('region', { name: 'Vad du behöver göra' });
    expect(within(advice).getAllByRole('listitem').map((li) => li.dataset.advice)).toEqual(['signature']);
    expect(advice).toHaveTextContent('Mottagaren kunde inte verifiera meddelandets signatur eller kryptering.');
    expect(within(section).getByText('Signaturen kunde inte verifieras.')).toBeInTheDocument();
  });

  it('explains a missing message receipt', async () => {
    const { section } = await openSent(sentSeedId('malmo-landskrona-ingen-kvittens'));
    const advice = within(section).getByRole('region', { name: 'Vad du behöver göra' });
    expect(within(advice).getAllByRole('listitem').map((li) => li.dataset.advice)).toEqual(['missing-message-receipt']);
    expect(advice).toHaveTextContent('Kontakta mottagaren på annat sätt');
  });

  it('warns when the receipt is late, only once the configured time has passed', async () => {
    const id = await sendAs({ from: FA.malmoBarnUnga, to: TRAINING.noReceipt });
    // The app compares the service's times with its own clock: run it on the mock's time.
    vi.useFakeTimers({ toFake: ['Date'] });
    const config = { receiptWarningMinutes: 0.5 };

    mock.world().clock.advance(25_000); // waiting for 20 s of the allowed 30 s
    vi.setSystemTime(mock.world().clock.now());
    const first = await openSent(id, config);
    expect(currentStatus(first.section)).toHaveTextContent('Väntar på kvittens');
    expect(within(first.section).queryByRole('heading', { name: 'Kvittensen dröjer' })).toBeNull();
    first.unmount();

    mock.world().clock.advance(20_000); // waiting for 40 s
    vi.setSystemTime(mock.world().clock.now());
    const second = await openSent(id, config);
    const warning = within(second.section).getByRole('region', { name: 'Kvittensen dröjer' });
    expect(warning).toHaveTextContent('Meddelandet har väntat på mottagarens meddelandekvittens sedan');
    expect(warning).toHaveTextContent('Skicka inte om meddelandet');
  });

  it('keeps polling the lists while the status can change, so the watcher sees ACCEPTED arrive', async () => {
    const requests = recordRequests();
    const id = await sendAs({ from: FA.malmoBarnUnga, to: FA.lundSocialtjanst });
    mock.world().clock.advance(6_000);
    const { section } = await openSent(id, { pollIntervalSeconds: 0.1 });
    await waitFor(() => expect(currentStatus(section)).toHaveTextContent('Väntar på kvittens'));
    expect(summary(section)).toHaveTextContent('Leveransen pågår.');

    mock.world().clock.advance(5_000);
    await waitFor(() => expect(summary(section)).toHaveTextContent('Levererat: mottagaren har tagit emot meddelandet.'));
    expect(timelineItems(section)[0]?.dataset.code).toBe('ACCEPTED');
    // Polling reads the lists (no documents); the whole message was fetched once.
    expect(requests.filter(isGetByIdRequest)).toHaveLength(1);
    expect(requests.filter(isListRequest).length).toBeGreaterThan(2);
  });

  it('does not poll while the tab is hidden', async () => {
    // The poll timer runs on a fake clock (which also follows real time), so many poll
    // intervals can pass at once instead of sleeping through them.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const requests = recordRequests();
    const lists = () => requests.filter(isListRequest).length;
    const id = await sendAs({ from: FA.malmoBarnUnga, to: FA.lundSocialtjanst });
    mock.world().clock.advance(6_000);
    await openSent(id, { pollIntervalSeconds: 0.1 });
    await waitFor(() => expect(lists()).toBeGreaterThan(2));

    // Visible: moving the clock on polls (so the silence below means something).
    const whileVisible = lists();
    await passTime(1000);
    await waitFor(() => expect(lists()).toBeGreaterThan(whileVisible));

    focusManager.setFocused(false);
    await passTime(150); // a poll already under way may still finish
    const whileHidden = lists();
    await passTime(5000); // fifty poll intervals
    expect(lists()).toBe(whileHidden);
  });
});
