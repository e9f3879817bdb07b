/**
 * When to retry a send, how long to wait, and what an answer means. Pure functions, so the
 * whole policy is tested without a network or real time.
 *
 * Retrying is safe because the client sets messageId before the first attempt: a repeated
 * POST for a message the service already stored is refused as a duplicate of that messageId,
 * which is read here as "already sent".
 */
import { parseProblem, type Problem } from '../../../sdk/problem';

export interface RetryPolicy {
  /** Wait after the first failed attempt; doubles with each further failure. */
  baseDelayMs: number;
  /** Longest wait between attempts. */
  maxDelayMs: number;
  /** ± share of each wait drawn at random, so many clients do not retry in step after an outage. */
  jitter: number;
  /** One attempt is abandoned (and retried) after this long. */
  attemptTimeoutMs: number;
  /**
   * Attempts per message before giving up. Unlimited by default: a retry can never duplicate the
   * message, the user sees each countdown and can cancel, and quietly giving up would leave a
   * message the case worker believes is on its way.
   */
  maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 2_000,
  maxDelayMs: 60_000,
  jitter: 0.2,
  attemptTimeoutMs: 30_000,
  maxAttempts: Number.POSITIVE_INFINITY,
};

/**
 * Wait before the next attempt after `failedAttempts` failures in a row: 2 s, 4 s, 8 s … capped
 * at 60 s, each ± 20 % at random (then capped again). `random` is in [0, 1).
 */
export function retryDelayMs(failedAttempts: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY, random: () => number = Math.random): number {
  const exponent = Math.max(0, failedAttempts - 1);
  // 2 ** 30 is far beyond any cap; avoids Infinity for absurd counts.
  const nominal = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30));
  const factor = 1 + policy.jitter * (2 * random() - 1);
  return Math.round(Math.min(policy.maxDelayMs, nominal * factor));
}

/** Retry-After (seconds or an HTTP date) in milliseconds from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** What happened to one POST. */
export type AttemptResult =
  | { kind: 'response'; status: number; body: unknown; location?: string | null; retryAfter?: string | null }
  | { kind: 'network-error' }
  | { kind: 'timeout' };

/** What to do about it. */
export type AttemptVerdict =
  | { kind: 'sent'; location?: string }
  /** The service already has a message with this messageId: an earlier attempt got through. */
  | { kind: 'already-sent' }
  | { kind: 'failed'; problem: Problem | null; httpStatus?: number }
  | { kind: 'retry'; reason: 'server' | 'timeout' | 'network'; problem?: Problem | null; httpStatus?: number; notBeforeMs?: number }
  | { kind: 'offline' };

const DUPLICATE_FIELDS = new Set(['data.attributes.messageId', 'data.id']);

/**
 * The service's answer to a repeated messageId (B1.3.3 "MessageId är ej unikt", BV/duplicate):
 * a 400 whose every issue is a duplicate of the message's own identifiers. Any other issue
 * means the request itself is wrong, so the message is NOT taken as sent.
 */
export function isDuplicateOfOwnMessage(problem: Problem | null): boolean {
  const issues = problem?.eventIssues ?? [];
  return (
    issues.length > 0 &&
    issues.some((issue) => issue.in === 'data.attributes.messageId') &&
    issues.every((issue) => DUPLICATE_FIELDS.has(issue.in ?? '') && /duplicate/i.test(`${issue.title ?? ''} ${issue.detail ?? ''}`))
  );
}

/** Statuses worth retrying: the service (or something in front of it) may do better later. */
function isTransient(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/**
 * The verdict on one attempt. `online` is the browser's belief at the time of the failure: a
 * network error while offline waits for the connection instead of counting down.
 */
export function classifyAttempt(result: AttemptResult, options: { online: boolean; now: number }): AttemptVerdict {
  if (result.kind === 'timeout') return { kind: 'retry', reason: 'timeout' };
  if (result.kind === 'network-error') return options.online ? { kind: 'retry', reason: 'network' } : { kind: 'offline' };

  const { status } = result;
  if (status >= 200 && status < 300) return result.location ? { kind: 'sent', location: result.location } : { kind: 'sent' };
  const problem = parseProblem(result.body);
  if (status === 400 && isDuplicateOfOwnMessage(problem)) return { kind: 'already-sent' };
  if (isTransient(status)) {
    const notBeforeMs = parseRetryAfter(result.retryAfter, options.now);
    return { kind: 'retry', reason: 'server', problem, httpStatus: status, ...(notBeforeMs !== undefined ? { notBeforeMs } : {}) };
  }
  // 400 (content), 401 (the API client has already renewed the session once and retried),
  // 403 (no right to the function address), 404, 409 …: retrying cannot help.
  return { kind: 'failed', problem, httpStatus: status };
}
