import { describe, expect, it } from 'vitest';
import { badRequestProblem } from '../../../sdk/problem';
import { classifyAttempt, DEFAULT_RETRY_POLICY, isDuplicateOfOwnMessage, parseRetryAfter, retryDelayMs } from './policy';

const online = { online: true, now: 0 };

describe('retryDelayMs', () => {
  it('doubles from 2 s and stops at 60 s without jitter', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, jitter: 0 };
    expect([1, 2, 3, 4, 5, 6, 7, 50, 10_000].map((n) => retryDelayMs(n, policy))).toEqual([
      2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('spreads each wait by ±20 % and never exceeds the cap', () => {
    expect(retryDelayMs(3, DEFAULT_RETRY_POLICY, () => 0)).toBe(6400);
    expect(retryDelayMs(3, DEFAULT_RETRY_POLICY, () => 0.5)).toBe(8000);
    expect(retryDelayMs(3, DEFAULT_RETRY_POLICY, () => 0.999_999)).toBe(9600);
    expect(retryDelayMs(6, DEFAULT_RETRY_POLICY, () => 0.999_999)).toBe(60_000);
    expect(retryDelayMs(6, DEFAULT_RETRY_POLICY, () => 0)).toBe(48_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('5', 0)).toBe(5000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });
});

const duplicate = (fields: string[]) =>
  badRequestProblem(
    fields.map((field) => ({ in: field, rule: 'x.duplicate', detail: 'already sent', receipt: { code: 'BV', reason: 'duplicate' } })),
    '/sdk/messages',
  );

describe('isDuplicateOfOwnMessage', () => {
  it('is true only when every issue is a duplicate of the message identifiers', () => {
    expect(isDuplicateOfOwnMessage(duplicate(['data.attributes.messageId']))).toBe(true);
    expect(isDuplicateOfOwnMessage(duplicate(['data.attributes.messageId', 'data.id']))).toBe(true);
    expect(isDuplicateOfOwnMessage(duplicate(['data.id']))).toBe(false);
    const mixed = duplicate(['data.attributes.messageId']);
    mixed.eventIssues?.push({ in: 'data.attributes.label', title: 'BV/too-long: label', detail: 'too long' });
    expect(isDuplicateOfOwnMessage(mixed)).toBe(false);
    expect(isDuplicateOfOwnMessage(null)).toBe(false);
    expect(isDuplicateOfOwnMessage({ status: 400, eventIssues: [] })).toBe(false);
  });
});

describe('classifyAttempt', () => {
  it('201 is sent, with the Location', () => {
    expect(classifyAttempt({ kind: 'response', status: 201, body: {}, location: '/api/sdk/messages/1' }, online)).toEqual({
      kind: 'sent',
      location: '/api/sdk/messages/1',
    });
  });

  it('a duplicate messageId answer is already-sent; any other 400 fails with the parsed problem', () => {
    expect(classifyAttempt({ kind: 'response', status: 400, body: duplicate(['data.attributes.messageId']) }, online)).toEqual({ kind: 'already-sent' });
    const problem = badRequestProblem(
      [{ in: 'data.attributes.label', rule: 'label.required', detail: 'label is required', receipt: { code: 'BV', reason: 'invariant' } }],
      '/sdk/messages',
    );
    expect(classifyAttempt({ kind: 'response', status: 400, body: problem }, online)).toEqual({ kind: 'failed', problem, httpStatus: 400 });
  });

  it('401 and 403 fail (the API client has already renewed once)', () => {
    expect(classifyAttempt({ kind: 'response', status: 401, body: { title: 'Unauthorized', status: 401 } }, online)).toEqual({
      kind: 'failed',
      problem: { title: 'Unauthorized', status: 401 },
      httpStatus: 401,
    });
    expect(classifyAttempt({ kind: 'response', status: 403, body: 'nope' }, online)).toMatchObject({ kind: 'failed', httpStatus: 403, problem: null });
  });

  it('5xx, 408, 429 retry (honouring Retry-After); timeouts and network errors retry; network errors offline wait', () => {
    expect(classifyAttempt({ kind: 'response', status: 503, body: '<html>' }, online)).toEqual({ kind: 'retry', reason: 'server', problem: null, httpStatus: 503 });
    expect(classifyAttempt({ kind: 'response', status: 429, body: null, retryAfter: '30' }, online)).toMatchObject({ kind: 'retry', notBeforeMs: 30_000 });
    expect(classifyAttempt({ kind: 'response', status: 408, body: null }, online)).toMatchObject({ kind: 'retry' });
    expect(classifyAttempt({ kind: 'timeout' }, online)).toEqual({ kind: 'retry', reason: 'timeout' });
    expect(classifyAttempt({ kind: 'network-error' }, online)).toEqual({ kind: 'retry', reason: 'network' });
    expect(classifyAttempt({ kind: 'network-error' }, { online: false, now: 0 })).toEqual({ kind: 'offline' });
  });
});
