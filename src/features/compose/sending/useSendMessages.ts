/**
 * The composer's sending engine: sends each request (one per recipient) in turn with the
 * retry policy, and reports every message's state for SendProgress.
 *
 * - 201 → sent; the mailbox lists are refreshed so the message appears in Skickat.
 * - 400 "duplicate messageId" → an earlier attempt was stored → sent (never twice).
 * - 400/403/404 → failed with the service's problem (eventIssues for the fields).
 * - 401 → the API client has already renewed the session once and retried; a 401 that
 *   still comes back means the user must sign in again → failed, the draft is untouched.
 * - 5xx, 408, 429, timeout (30 s) or network error → retried with backoff (2, 4, 8 … 60 s).
 * - Offline → waits for the 'online' event, then goes on.
 * - cancel() (or unmounting the composer) stops everything not yet sent; messages already
 *   sent stay sent.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientContext';
import type { CreateMessageRequest } from '../../../sdk/model';
import { messageListKeys } from '../../../api/endpoints/messageList';
import { releaseContents } from '../attachments/encodedContent';
import { httpSendDeps } from './httpSendDeps';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './policy';
import { sendInOrder, withMessageId, type SendDeps } from './sendQueue';
import type { MessageSendState, SendOutcome } from './types';
import { isOnline, waitForOnline } from '../../connectivity';
import { abortableSleep } from './abortableSleep';

export interface UseSendMessagesOptions {
  /** Override parts of the retry policy (tests, or a deployment with other timeouts). */
  policy?: Partial<RetryPolicy>;
  /** Replace parts of the outside world (tests). */
  deps?: Partial<SendDeps>;
}

export interface SendMessages {
  send(requests: CreateMessageRequest[], options?: { signal?: AbortSignal }): Promise<SendOutcome[]>;
  /** One entry per request of the latest send, in the same order. */
  state: MessageSendState[];
  cancel(): void;
  /** True while a send is running. */
  busy: boolean;
}

export function useSendMessages(options: UseSendMessagesOptions = {}): SendMessages {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [state, setState] = useState<MessageSendState[]>([]);
  const [busy, setBusy] = useState(false);
  const running = useRef<AbortController | null>(null);

  const policy = useMemo<RetryPolicy>(() => ({ ...DEFAULT_RETRY_POLICY, ...options.policy }), [options.policy]);
  const overrides = options.deps;
  const deps = useMemo<SendDeps>(
    () => ({
      ...httpSendDeps(client, policy.attemptTimeoutMs),
      isOnline,
      waitForOnline,
      sleep: abortableSleep,
      now: () => Date.now(),
      random: Math.random,
      onSent: () => {
        void queryClient.invalidateQueries({ queryKey: messageListKeys.all });
      },
      ...overrides,
    }),
    [client, overrides, policy.attemptTimeoutMs, queryClient],
  );

  // The newest deps for the next send (a running send keeps the ones it started with).
  const current = useRef({ deps, policy });
  useEffect(() => {
    current.current = { deps, policy };
  }, [deps, policy]);

  // Leaving the composer stops sending; the draft keeps its messageIds, so sending it again
  // later can never create a second message.
  useEffect(() => () => running.current?.abort(), []);

  const send = useCallback(
    async (requests: CreateMessageRequest[], sendOptions: { signal?: AbortSignal } = {}): Promise<SendOutcome[]> => {
      if (running.current) throw new Error('A send is already running; cancel it or wait for it to finish.');
      const controller = new AbortController();
      running.current = controller;
      const outer = sendOptions.signal;
      const forwardAbort = () => controller.abort(outer?.reason);
      if (outer?.aborted) controller.abort(outer.reason);
      else outer?.addEventListener('abort', forwardAbort, { once: true });

      const { deps: sendDeps, policy: sendPolicy } = current.current;
      const prepared = requests.map((request) => withMessageId(request));
      setState(prepared.map((r) => ({ messageId: r.data.attributes.messageId ?? '', phase: 'queued', attempt: 0 })));
      setBusy(true);
      try {
        return await sendInOrder(
          prepared,
          sendDeps,
          controller.signal,
          (index, next) =>
            setState((previous) => {
              const copy = [...previous];
              copy[index] = next;
              return copy;
            }),
          sendPolicy,
        );
      } finally {
        // Encoded attachments (Blobs behind content stand-ins) are freed: a new send encodes again.
        releaseContents(prepared.flatMap((r) => (r.data.attributes.digitalDocument ?? []).flatMap((d) => (d.contentFiles ?? []).map((f) => f.content))));
        outer?.removeEventListener('abort', forwardAbort);
        running.current = null;
        setBusy(false);
      }
    },
    [],
  );

  const cancel = useCallback(() => running.current?.abort(), []);

  return { send, state, cancel, busy };
}
