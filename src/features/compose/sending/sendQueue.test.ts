import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testMessageRequest } from '../../../../mocks/testing';
import type { CreateMessageRequest } from '../../../sdk/model';
import type { AttemptResult } from './policy';
import { sendInOrder, withMessageId, type SendDeps } from './sendQueue';
import type { MessageSendState } from './types';
import { abortableSleep } from './abortableSleep';

const request = (messageId: string): CreateMessageRequest =>
  testMessageRequest({ attributes: { messageId, conversationId: messageId } });

/** Deps with scripted answers, real (fake-timer) sleeps, and a switchable connection. */
function scripted(answers: AttemptResult[]) {
  let online = true;
  let wakeUp: (() => void) | null = null;
  const attempts: Array<{ messageId: string | undefined; at: number }> = [];
  const deps: SendDeps = {
    attempt: vi.fn<SendDeps['attempt']>(async (req: CreateMessageRequest) => {
      attempts.push({ messageId: req.data.attributes.messageId, at: Date.now() });
      return answers.shift() ?? { kind: 'response', status: 201, body: {} };
    }),
    isOnline: () => online,
    waitForOnline: (signal) =>
      new Promise<void>((resolve, reject) => {
        wakeUp = resolve;
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
    sleep: abortableSleep,
    now: () => Date.now(),
    random: () => 0.5, // no jitter: exact schedule
    onSent: vi.fn<NonNullable<SendDeps['onSent']>>(),
  };
  return {
    deps,
    attempts,
    goOffline: () => {
      online = false;
    },
    goOnline: () => {
      online = true;
      wakeUp?.();
    },
  };
}

function recorder() {
  const history: MessageSendState[][] = [];
  const latest: MessageSendState[] = [];
  return {
    history,
    latest,
    onState: (index: number, state: MessageSendState) => {
      latest[index] = state;
      history.push(latest.map((s) => ({ ...s })));
    },
  };
}

const fail503: AttemptResult = { kind: 'response', status: 503, body: null };

describe('sendInOrder', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('retries 5xx after 2 s, 4 s, 8 s (waiting-retry with nextAttemptAt), then sends', async () => {
    const { deps, attempts } = scripted([fail503, fail503, fail503]);
    const rec = recorder();
    const start = Date.now();
    const done = sendInOrder([request('m-1')], deps, new AbortController().signal, rec.onState);

    await vi.advanceTimersByTimeAsync(0);
    expect(rec.latest[0]).toMatchObject({ phase: 'waiting-retry', attempt: 1, nextAttemptAt: start + 2000, httpStatus: 503 });
    await vi.advanceTimersByTimeAsync(1999);
    expect(attempts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts).toHaveLength(2);
    expect(rec.latest[0]).toMatchObject({ phase: 'waiting-retry', attempt: 2, nextAttemptAt: start + 2000 + 4000 });
    await vi.advanceTimersByTimeAsync(4000);
    expect(rec.latest[0]).toMatchObject({ phase: 'waiting-retry', attempt: 3, nextAttemptAt: start + 6000 + 8000 });
    await vi.advanceTimersByTimeAsync(8000);

    expect(await done).toEqual([{ messageId: 'm-1', status: 'sent' }]);
    expect(attempts.map((a) => a.at - start)).toEqual([0, 2000, 6000, 14_000]);
    expect(attempts.every((a) => a.messageId === 'm-1')).toBe(true);
    expect(deps.onSent).toHaveBeenCalledTimes(1);
  });

  it('waits offline without attempting, and resumes when the connection returns', async () => {
    const { deps, attempts, goOffline, goOnline } = scripted([]);
    goOffline();
    const rec = recorder();
    const done = sendInOrder([request('m-1')], deps, new AbortController().signal, rec.onState);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(attempts).toHaveLength(0);
    expect(rec.latest[0]).toMatchObject({ phase: 'offline-waiting', attempt: 0 });
    goOnline();
    expect(await done).toEqual([{ messageId: 'm-1', status: 'sent' }]);
    expect(attempts).toHaveLength(1);
  });

  it('a network error while the browser is offline waits for the connection, not for a countdown', async () => {
    const { deps, attempts, goOffline, goOnline } = scripted([]);
    (deps.attempt as ReturnType<typeof vi.fn>).mockImplementationOnce(async () => {
      goOffline();
      return { kind: 'network-error' };
    });
    const rec = recorder();
    const done = sendInOrder([request('m-1')], deps, new AbortController().signal, rec.onState);
    await vi.advanceTimersByTimeAsync(300_000);
    expect(rec.latest[0]).toMatchObject({ phase: 'offline-waiting', attempt: 1 });
    goOnline();
    expect(await done).toEqual([{ messageId: 'm-1', status: 'sent' }]);
    expect(attempts).toHaveLength(1); // the mocked first attempt is not recorded
  });

  it('sends several messages one after the other, each with its own state; a 400 fails only its message', async () => {
    const problem = { title: 'Bad Request', status: 400, eventIssues: [{ in: 'data.attributes.label', title: 'BV/invariant: label' }] };
    const { deps, attempts } = scripted([{ kind: 'response', status: 201, body: {}, location: '/api/sdk/messages/a' }, { kind: 'response', status: 400, body: problem }]);
    const rec = recorder();
    const outcomes = await sendInOrder([request('a'), request('b'), request('c')], deps, new AbortController().signal, rec.onState);
    expect(outcomes).toEqual([
      { messageId: 'a', status: 'sent', location: '/api/sdk/messages/a' },
      { messageId: 'b', status: 'failed', problem, httpStatus: 400 },
      { messageId: 'c', status: 'sent' },
    ]);
    expect(attempts.map((a) => a.messageId)).toEqual(['a', 'b', 'c']);
    expect(rec.latest.map((s) => s.phase)).toEqual(['sent', 'failed', 'sent']);
  });

  it('cancel stops the message waiting for a retry and everything after it; sent messages stay sent', async () => {
    const { deps, attempts } = scripted([{ kind: 'response', status: 201, body: {} }, { kind: 'timeout' }]);
    const controller = new AbortController();
    const rec = recorder();
    const done = sendInOrder([request('a'), request('b'), request('c')], deps, controller.signal, rec.onState);
    await vi.advanceTimersByTimeAsync(0);
    expect(rec.latest[1]).toMatchObject({ phase: 'waiting-retry' });
    controller.abort();
    expect(await done).toEqual([
      { messageId: 'a', status: 'sent' },
      // The timed-out attempt may have been stored: the outcome says so.
      { messageId: 'b', status: 'cancelled', uncertain: true },
      { messageId: 'c', status: 'cancelled' },
    ]);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(attempts).toHaveLength(2);
  });

  it('gives up after maxAttempts when a cap is set', async () => {
    const { deps } = scripted([fail503, fail503, fail503]);
    const rec = recorder();
    const done = sendInOrder([request('a')], deps, new AbortController().signal, rec.onState, {
      baseDelayMs: 10,
      maxDelayMs: 10,
      jitter: 0,
      attemptTimeoutMs: 1000,
      maxAttempts: 2,
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(await done).toEqual([{ messageId: 'a', status: 'failed', problem: null, httpStatus: 503, uncertain: true }]);
  });
});

describe('withMessageId', () => {
  it('keeps the composer’s messageId and only fills a missing one, once', () => {
    const own = request('m-own');
    expect(withMessageId(own)).toBe(own);
    const bare = testMessageRequest();
    const filled = withMessageId(bare, () => 'new-id');
    expect(filled.data.attributes.messageId).toBe('new-id');
    expect(bare.data.attributes.messageId).toBeUndefined();
  });
});
