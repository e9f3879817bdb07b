/**
 * POST /sdk/messages (sendMessages): the one module for this endpoint. The sending loop
 * (features/compose/sending) owns timeouts, retries and duplicates; this is the request and the
 * parts of the answer the loop decides on.
 */
import type { CreateMessageRequest } from '../../sdk/model';
import type { ApiClient } from '../client';

export interface SendAnswer {
  status: number;
  /** The created message on success, the problem (or whatever came) otherwise. */
  body: unknown;
  location: string | null;
  retryAfter: string | null;
}

/**
 * Sends one message. `body` is the request already serialised (built once, reused by retries).
 * Rejects on a network error or when `signal` aborts.
 */
export async function sendMessage(client: ApiClient, request: CreateMessageRequest, body: string | Blob, signal: AbortSignal): Promise<SendAnswer> {
  const { response, data, error } = await client.POST('/sdk/messages', {
    body: request,
    bodySerializer: () => body,
    signal,
  });
  return {
    status: response.status,
    body: response.ok ? data : error,
    location: response.headers.get('Location'),
    retryAfter: response.headers.get('Retry-After'),
  };
}
