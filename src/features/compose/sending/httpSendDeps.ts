/**
 * The sending loop's HTTP side: one POST /sdk/messages with its own timeout, and, after a
 * duplicate answer, finding where the stored message is.
 */
import { MessagesApiError } from '../../../api/apiError';
import type { ApiClient } from '../../../api/client';
import { fetchMessage } from '../../../api/endpoints/message';
import { fetchMessageList } from '../../../api/endpoints/messageList';
import { sendMessage } from '../../../api/endpoints/sendMessage';
import { readRecord, readString } from '../../../sdk/readValue';
import type { CreateMessageRequest } from '../../../sdk/model';
import type { AttemptResult } from './policy';
import type { SendDeps } from './sendQueue';
import { prepareMessageBody } from './serializeBody';

const pathOf = (url: string) => {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
};

/** An error answer means "not found there"; a network error or an abort still rejects. */
async function unlessRefused<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof MessagesApiError) return undefined;
    throw error;
  }
}

export function httpSendDeps(client: ApiClient, timeoutMs: number): Pick<SendDeps, 'attempt' | 'locate'> {
  // Built once per request, reused by its retries.
  const bodies = new WeakMap<CreateMessageRequest, Promise<string | Blob>>();
  const bodyOf = (request: CreateMessageRequest) => {
    let body = bodies.get(request);
    if (!body) {
      body = prepareMessageBody(request);
      bodies.set(request, body);
    }
    return body;
  };

  return {
    async attempt(request: CreateMessageRequest, signal: AbortSignal): Promise<AttemptResult> {
      signal.throwIfAborted();
      const body = await bodyOf(request);
      signal.throwIfAborted();
      const controller = new AbortController();
      let timedOut = false;
      // A timer rather than AbortSignal.timeout: it can be faked in tests and combined with cancel.
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new DOMException('The attempt took too long', 'TimeoutError'));
      }, timeoutMs);
      const onCancel = () => controller.abort(signal.reason);
      signal.addEventListener('abort', onCancel, { once: true });
      try {
        return { kind: 'response', ...(await sendMessage(client, request, body, controller.signal)) };
      } catch {
        signal.throwIfAborted();
        return timedOut ? { kind: 'timeout' } : { kind: 'network-error' };
      } finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', onCancel);
      }
    },

    async locate(request: CreateMessageRequest, signal: AbortSignal): Promise<string | undefined> {
      const attrs = request.data.attributes;
      const id = request.data.id;
      if (id) {
        const answer = await unlessRefused(fetchMessage(client, id, signal));
        return answer ? pathOf(answer.url) : undefined;
      }
      const sender = attrs.senderAttention?.subOrganization.extension;
      if (!sender || !attrs.messageId) return undefined;
      const recipient = attrs.recipientAttention?.subOrganization.extension;
      const answer = await unlessRefused(
        fetchMessageList(client, { senderFunction: sender, ...(recipient ? { recipientFunction: recipient } : {}) }, { signal }),
      );
      const items: unknown[] = Array.isArray(answer?.items) ? answer.items : [];
      const found = items.map(readRecord).find((m) => readString(readRecord(m?.attributes)?.messageId) === attrs.messageId);
      const foundId = readString(found?.id);
      return answer && foundId ? `${pathOf(answer.url)}/${foundId}` : undefined;
    },
  };
}
