/**
 * The sending engine against the mock service (msw/node): what a case worker would notice —
 * a message is stored exactly once, whatever the network and the session do.
 */
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { FA } from '../../../../mocks/personas';
import { issueTestToken, TEST_API_BASE, testMessageRequest, useMockService } from '../../../../mocks/testing';
import { ApiClientProvider } from '../../../api/ApiClientContext';
import { createApiClient } from '../../../api/client';
import type { CreateMessageRequest } from '../../../sdk/model';
import { messageListKeys } from '../../../api/endpoints/messageList';
import type { RetryPolicy } from './policy';
import { useSendMessages } from './useSendMessages';

const { world } = useMockService();

/** Fast retries so tests run in milliseconds; the schedule itself is tested in sendQueue.test.ts. */
const FAST: Partial<RetryPolicy> = { baseDelayMs: 5, maxDelayMs: 20, jitter: 0, attemptTimeoutMs: 2000 };

interface HarnessOptions {
  /** The token the session starts with (default: valid for Anna's mailboxes). */
  startExpired?: boolean;
  /** What renewing does: 'works' gives a valid token; 'stays-expired' claims success but the token is still refused. */
  renewal?: 'works' | 'stays-expired';
}

function harness(options: HarnessOptions = {}) {
  const authIds = [FA.malmoBarnUnga, FA.malmoAldreomsorg];
  let token: Promise<string> = issueTestToken({ authIds, expiresInSeconds: options.startExpired ? -60 : 300 });
  const renew = vi.fn<() => Promise<boolean>>(async () => {
    if (options.renewal !== 'stays-expired') token = issueTestToken({ authIds });
    return true;
  });
  // The app's client (SignedInShell): renews once on 401 and retries the same request.
  const client = createApiClient({ baseUrl: TEST_API_BASE, getAccessToken: () => token, onUnauthorized: renew });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider value={client}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
  const hook = renderHook(() => useSendMessages({ policy: FAST }), { wrapper });
  return { hook, renew, invalidate };
}

function request(messageId: string, attributes: Partial<CreateMessageRequest['data']['attributes']> = {}): CreateMessageRequest {
  return testMessageRequest({ attributes: { messageId, conversationId: messageId, ...attributes } });
}

const storedWith = (messageId: string) => world().store.all().filter((r) => r.direction === 'outgoing' && r.message.messageId === messageId);

const isPost = (input: RequestInfo | URL) => input instanceof Request && input.method === 'POST';

/** Replaces fetch for POSTs: `onPost` gets the real (mock-service) fetch to forward to. */
function interceptPosts(onPost: (forward: () => Promise<Response>, call: number) => Promise<Response>) {
  const real = globalThis.fetch.bind(globalThis);
  let calls = 0;
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    if (!isPost(input)) return real(input, init);
    calls++;
    return onPost(() => real(input, init), calls);
  });
}

describe('useSendMessages', () => {
  it('sends, reports the Location, and refreshes the mailbox lists so it shows in Skickat', async () => {
    const { hook, invalidate } = harness();
    let outcomes: unknown;
    await act(async () => {
      outcomes = await hook.result.current.send([request('11111111-1111-4111-8111-111111111111')]);
    });
    const stored = storedWith('11111111-1111-4111-8111-111111111111');
    expect(stored).toHaveLength(1);
    expect(outcomes).toEqual([
      { messageId: '11111111-1111-4111-8111-111111111111', status: 'sent', location: `${new URL(TEST_API_BASE).pathname}/sdk/messages/${stored[0]?.id}` },
    ]);
    expect(hook.result.current.state).toEqual([{ messageId: '11111111-1111-4111-8111-111111111111', phase: 'sent', attempt: 1 }]);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: messageListKeys.all });
  });

  it.each([
    ['a 503 answer', async () => new Response('Service Unavailable', { status: 503 })],
    ['a dropped connection', async (): Promise<Response> => Promise.reject(new TypeError('fetch failed'))],
  ])('idempotent retry: the first POST is stored but answered with %s → retried → exactly one message, outcome sent', async (_name, failure) => {
    const messageId = '22222222-2222-4222-8222-222222222222';
    const firstAnswers: number[] = [];
    const fetchSpy = interceptPosts(async (forward, call) => {
      if (call === 1) {
        firstAnswers.push((await forward()).status); // the service stores the message…
        return failure(); // …but the answer never reaches the client
      }
      return forward();
    });
    const { hook } = harness();
    let outcomes: unknown;
    await act(async () => {
      outcomes = await hook.result.current.send([request(messageId)]);
    });

    expect(firstAnswers).toEqual([201]);
    const stored = storedWith(messageId);
    expect(stored).toHaveLength(1);
    expect(fetchSpy.mock.calls.filter(([input]) => isPost(input))).toHaveLength(2);
    expect(outcomes).toEqual([{ messageId, status: 'sent', location: `${new URL(TEST_API_BASE).pathname}/sdk/messages/${stored[0]?.id}` }]);
  });

  it('401 mid-send: the session is renewed once and the same message is sent once', async () => {
    const messageId = '33333333-3333-4333-8333-333333333333';
    const { hook, renew } = harness({ startExpired: true, renewal: 'works' });
    let outcomes: unknown;
    await act(async () => {
      outcomes = await hook.result.current.send([request(messageId)]);
    });
    expect(renew).toHaveBeenCalledTimes(1);
    expect(outcomes).toEqual([expect.objectContaining({ messageId, status: 'sent' })]);
    expect(storedWith(messageId)).toHaveLength(1);
  });

  it('a second 401 fails the message (sign in again) without touching the draft or retrying forever', async () => {
    const messageId = '44444444-4444-4444-8444-444444444444';
    const { hook, renew } = harness({ startExpired: true, renewal: 'stays-expired' });
    const draft = request(messageId);
    const before = structuredClone(draft);
    let outcomes: unknown;
    await act(async () => {
      outcomes = await hook.result.current.send([draft]);
    });
    expect(renew).toHaveBeenCalledTimes(1);
    expect(outcomes).toEqual([{ messageId, status: 'failed', problem: expect.objectContaining({ status: 401 }), httpStatus: 401 }]);
    expect(hook.result.current.state[0]).toMatchObject({ phase: 'failed', httpStatus: 401 });
    expect(draft).toEqual(before);
    expect(storedWith(messageId)).toHaveLength(0);
  });

  it('a 400 passes the service’s problem through, with eventIssues naming the fields', async () => {
    const { hook } = harness();
    let outcomes: Awaited<ReturnType<typeof hook.result.current.send>> = [];
    await act(async () => {
      outcomes = await hook.result.current.send([request('55555555-5555-4555-8555-555555555555', { label: '' })]);
    });
    const outcome = outcomes[0];
    expect(outcome).toMatchObject({ status: 'failed', httpStatus: 400 });
    if (outcome?.status !== 'failed') throw new Error('expected failure');
    expect(outcome.problem?.eventIssues?.map((i) => i.in)).toContain('data.attributes.label');
    expect(world().store.all().filter((r) => r.direction === 'outgoing' && r.message.label === '')).toHaveLength(0);
  });

  it('retries a timed-out attempt and stores the message once', async () => {
    const messageId = '66666666-6666-4666-8666-666666666666';
    interceptPosts(async (forward, call) => {
      if (call === 1) {
        // Hangs until the engine's timeout aborts it.
        const init = (globalThis.fetch as unknown as { mock: { lastCall: [Request] } }).mock.lastCall[0];
        return new Promise<Response>((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)));
      }
      return forward();
    });
    // Long enough that the real second attempt never times out on a busy machine (50 ms did).
    const { hook } = harnessWithPolicy({ ...FAST, attemptTimeoutMs: 1000 });
    let outcomes: unknown;
    await act(async () => {
      outcomes = await hook.result.current.send([request(messageId)]);
    });
    expect(outcomes).toEqual([expect.objectContaining({ messageId, status: 'sent' })]);
    expect(storedWith(messageId)).toHaveLength(1);
  });

  it('offline: waits without sending, says so, and sends when the browser is online again', async () => {
    const messageId = '77777777-7777-4777-8777-777777777777';
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { hook } = harness();
    let done: Promise<unknown> = Promise.resolve();
    act(() => {
      done = hook.result.current.send([request(messageId)]);
    });
    await waitFor(() => expect(hook.result.current.state[0]).toMatchObject({ phase: 'offline-waiting' }));
    expect(storedWith(messageId)).toHaveLength(0);

    onLine.mockReturnValue(true);
    await act(async () => {
      window.dispatchEvent(new Event('online'));
      await done;
    });
    expect(await done).toEqual([expect.objectContaining({ messageId, status: 'sent' })]);
    expect(storedWith(messageId)).toHaveLength(1);
  });

  it('cancel stops a message waiting for its retry and the ones after it; the sent one stays sent', async () => {
    interceptPosts(async (forward, call) => (call === 2 ? new Response(null, { status: 502 }) : forward()));
    const { hook } = harnessWithPolicy({ ...FAST, baseDelayMs: 60_000, maxDelayMs: 60_000 });
    const ids = ['88888888-8888-4888-8888-888888888881', '88888888-8888-4888-8888-888888888882', '88888888-8888-4888-8888-888888888883'];
    let done: Promise<unknown> = Promise.resolve();
    act(() => {
      done = hook.result.current.send(ids.map((id) => request(id)));
    });
    await waitFor(() => expect(hook.result.current.state[1]).toMatchObject({ phase: 'waiting-retry', httpStatus: 502 }));
    expect(hook.result.current.busy).toBe(true);
    await act(async () => {
      hook.result.current.cancel();
      await done;
    });
    expect(await done).toEqual([
      expect.objectContaining({ messageId: ids[0], status: 'sent' }),
      { messageId: ids[1], status: 'cancelled', uncertain: true },
      { messageId: ids[2], status: 'cancelled' },
    ]);
    expect(hook.result.current.state.map((s) => s.phase)).toEqual(['sent', 'cancelled', 'cancelled']);
    expect(hook.result.current.busy).toBe(false);
    expect(storedWith(ids[0] as string)).toHaveLength(1);
    expect(storedWith(ids[2] as string)).toHaveLength(0);
  });

  it('refuses a second send while one is running', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { hook } = harness();
    let first: Promise<unknown> = Promise.resolve();
    act(() => {
      first = hook.result.current.send([request('99999999-9999-4999-8999-999999999999')]);
    });
    await expect(hook.result.current.send([request('99999999-9999-4999-8999-999999999998')])).rejects.toThrow(/already running/);
    onLine.mockReturnValue(true);
    await act(async () => {
      hook.result.current.cancel();
      await first;
    });
  });
});

function harnessWithPolicy(policy: Partial<RetryPolicy>) {
  const authIds = [FA.malmoBarnUnga];
  const token = issueTestToken({ authIds });
  const client = createApiClient({ baseUrl: TEST_API_BASE, getAccessToken: () => token });
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider value={client}>{children}</ApiClientProvider>
    </QueryClientProvider>
  );
  return { hook: renderHook(() => useSendMessages({ policy }), { wrapper }) };
}
