/**
 * The sending loop's HTTP side: one POST /sdk/messages with its own timeout, and, after a
 * duplicate answer, finding where the stored message is.
 */
import type { ApiClient } from '../../../api/client';
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
        const { response, data, error } = await client.POST('/sdk/messages', {
          body: request,
          bodySerializer: () => body,
          signal: controller.signal,
        });
        return {
          kind: 'response',
          status: response.status,
          body: response.ok ? data : error,
          location: response.headers.get('Location'),
          retryAfter: response.headers.get('Retry-After'),
        };
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
        const { response } = await client.GET('/sdk/messages/{messageId}', { params: { path: { messageId: id } }, signal });
        return response.ok ? pathOf(response.url) : undefined;
      }
      const sender = attrs.senderAttention?.subOrganization.extension;
      if (!sender || !attrs.messageId) return undefined;
      const recipient = attrs.recipientAttention?.subOrganization.extension;
      const { data, response } = await client.GET('/sdk/messages', {
        params: {
          query: {
            'filter[senderAttention.subOrganization.extension]': sender,
            ...(recipient ? { 'filter[recipientAttention.subOrganization.extension]': recipient } : {}),
          },
        },
        signal,
      });
      const found = data?.data.find((m) => m.attributes.messageId === attrs.messageId);
      return found ? `${pathOf(response.url)}/${found.id}` : undefined;
    },
  };
}
