/**
 * The sending loop, free of React and HTTP: each message in turn (one at a time, so a service
 * in trouble is not hammered and the order is the user's), attempt → verdict → wait → retry,
 * until sent, failed or cancelled. Everything that touches the outside world comes in as a
 * dependency, so tests drive it with fake timers and scripted answers.
 */
import type { CreateMessageRequest } from '../../../sdk/model';
import { classifyAttempt, DEFAULT_RETRY_POLICY, retryDelayMs, type AttemptResult, type RetryPolicy } from './policy';
import type { MessageSendState, SendOutcome } from './types';

export interface SendDeps {
  /** One POST. Rejects only when `signal` aborts; every other failure is an AttemptResult. */
  attempt(request: CreateMessageRequest, signal: AbortSignal): Promise<AttemptResult>;
  /** After a duplicate answer: where the stored message is (best effort). */
  locate?(request: CreateMessageRequest, signal: AbortSignal): Promise<string | undefined>;
  isOnline(): boolean;
  /** Resolves when the browser is online again; rejects when `signal` aborts. */
  waitForOnline(signal: AbortSignal): Promise<void>;
  /** Resolves after `ms`; rejects when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  now(): number;
  random(): number;
  /** Called as soon as a message is known to be stored (before the others are sent). */
  onSent?(request: CreateMessageRequest, outcome: Extract<SendOutcome, { status: 'sent' }>): void;
}

/** messageId of a request; the composer sets it, this is only a guard. */
export function messageIdOf(request: CreateMessageRequest): string | undefined {
  return request.data.attributes.messageId;
}

/**
 * The request as it will be sent on every attempt. A request without messageId gets one now,
 * BEFORE the first attempt, so retries stay idempotent.
 */
export function withMessageId(request: CreateMessageRequest, newId: () => string = () => crypto.randomUUID()): CreateMessageRequest {
  if (messageIdOf(request)) return request;
  return { ...request, data: { ...request.data, attributes: { ...request.data.attributes, messageId: newId() } } };
}

export async function sendInOrder(
  requests: readonly CreateMessageRequest[],
  deps: SendDeps,
  signal: AbortSignal,
  onState: (index: number, state: MessageSendState) => void,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<SendOutcome[]> {
  const outcomes: SendOutcome[] = [];
  for (const [index, request] of requests.entries()) {
    const messageId = messageIdOf(request) ?? '';
    if (signal.aborted) {
      onState(index, { messageId, phase: 'cancelled', attempt: 0 });
      outcomes.push({ messageId, status: 'cancelled' });
      continue;
    }
    outcomes.push(await sendOne(request, deps, signal, (state) => onState(index, state), policy));
  }
  return outcomes;
}

async function sendOne(
  request: CreateMessageRequest,
  deps: SendDeps,
  signal: AbortSignal,
  report: (state: MessageSendState) => void,
  policy: RetryPolicy,
): Promise<SendOutcome> {
  const messageId = messageIdOf(request) ?? '';
  let attempt = 0;
  let failuresInRow = 0;
  // True once an attempt ended without an answer: the service may have stored the message.
  let uncertain = false;
  let inFlight = false;

  const cancelled = (): SendOutcome => {
    const maybe = uncertain || inFlight;
    report({ messageId, phase: 'cancelled', attempt, ...(maybe ? { uncertain: true } : {}) });
    return { messageId, status: 'cancelled', ...(maybe ? { uncertain: true } : {}) };
  };

  try {
    for (;;) {
      signal.throwIfAborted();
      if (!deps.isOnline()) {
        report({ messageId, phase: 'offline-waiting', attempt });
        await deps.waitForOnline(signal);
        continue;
      }

      attempt++;
      report({ messageId, phase: 'sending', attempt });
      inFlight = true;
      const result = await deps.attempt(request, signal);
      inFlight = false;
      const verdict = classifyAttempt(result, { online: deps.isOnline(), now: deps.now() });

      switch (verdict.kind) {
        case 'sent':
        case 'already-sent': {
          const location = verdict.kind === 'sent' ? verdict.location : await deps.locate?.(request, signal).catch(() => undefined);
          const outcome = { messageId, status: 'sent' as const, ...(location ? { location } : {}) };
          report({ messageId, phase: 'sent', attempt });
          deps.onSent?.(request, outcome);
          return outcome;
        }
        case 'failed': {
          const extra = { ...(verdict.httpStatus !== undefined ? { httpStatus: verdict.httpStatus } : {}), ...(uncertain ? { uncertain: true } : {}) };
          report({ messageId, phase: 'failed', attempt, problem: verdict.problem, ...extra });
          return { messageId, status: 'failed', problem: verdict.problem, ...extra };
        }
        case 'offline':
          uncertain = true;
          report({ messageId, phase: 'offline-waiting', attempt });
          await deps.waitForOnline(signal);
          break;
        case 'retry': {
          // A 5xx may come from a gateway after the service stored the message; so may a timeout.
          uncertain = true;
          failuresInRow++;
          if (attempt >= policy.maxAttempts) {
            const extra = verdict.httpStatus !== undefined ? { httpStatus: verdict.httpStatus } : {};
            const problem = verdict.problem ?? null;
            report({ messageId, phase: 'failed', attempt, problem, uncertain: true, ...extra });
            return { messageId, status: 'failed', problem, uncertain: true, ...extra };
          }
          const delay = Math.max(retryDelayMs(failuresInRow, policy, deps.random), verdict.notBeforeMs ?? 0);
          report({
            messageId,
            phase: 'waiting-retry',
            attempt,
            nextAttemptAt: deps.now() + delay,
            ...(verdict.problem !== undefined ? { problem: verdict.problem } : {}),
            ...(verdict.httpStatus !== undefined ? { httpStatus: verdict.httpStatus } : {}),
          });
          await deps.sleep(delay, signal);
          break;
        }
      }
    }
  } catch (error) {
    if (signal.aborted) return cancelled();
    throw error;
  }
}
