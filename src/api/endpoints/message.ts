/**
 * GET /sdk/messages/{messageId} (getMessageById): the one module for this endpoint — fetcher,
 * query keys, query options and the hook. Used by the message page, the print view, the
 * composer (reply and complement) and the sending loop's search for a stored duplicate.
 *
 * One whole message (documents and attachments included), fetched only when a message is opened.
 *
 * The HTTP exchange runs through the app's API client
 * (bearer token, one renewal and retry on 401), the body is taken as an unread Blob, and reading
 * it, the JSON parse and the base64 decoding happen in a Web Worker — the main thread never
 * touches the bytes or holds the base64 text.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OpenedMessage } from '../../sdk/openedMessage';
import { openMessageOffThread } from '../../workers/openMessage/openMessageOffThread';
import { useApiClient } from '../ApiClientContext';
import { isNotFound, MessagesApiError } from '../apiError';
import type { ApiClient } from '../client';
import { messageKeys } from './messageKeys';

export { messageKeys } from './messageKeys';

export interface MessageAnswer {
  /** The body, unread: reading and parsing it is the worker's job (openMessageOffThread). */
  body: Blob;
  /** Where the message is (the request URL after any redirect). */
  url: string;
}

/** The one getMessageById request. Throws MessagesApiError when the service answers with an error. */
export async function fetchMessage(client: ApiClient, id: string, signal?: AbortSignal): Promise<MessageAnswer> {
  const { data, error, response } = await client.GET('/sdk/messages/{messageId}', {
    params: { path: { messageId: id } },
    parseAs: 'blob',
    ...(signal ? { signal } : {}),
  });
  if (!response.ok || !data) throw new MessagesApiError('getMessageById', response.status, error);
  return { body: data, url: response.url };
}

export async function fetchOpenedMessage(client: ApiClient, id: string, signal?: AbortSignal): Promise<OpenedMessage> {
  const { body } = await fetchMessage(client, id, signal);
  return openMessageOffThread(body, id, signal);
}

// A missing (or not-yours) message stays missing, and a session that could not be renewed
// stays over; other failures may be passing.
const retry = (failureCount: number, error: unknown) =>
  !isNotFound(error) && !(error instanceof MessagesApiError && error.status === 401) && failureCount < 2;

/** The query of one opened message. Fetches only while `id` is non-empty. */
export function openedMessageQuery(client: ApiClient, id: string | undefined) {
  return queryOptions({
    queryKey: messageKeys.of(id ?? ''),
    queryFn: ({ signal }) => fetchOpenedMessage(client, id ?? '', signal),
    enabled: Boolean(id),
    retry,
    // Decoded attachments can be large: drop them soon after the message is closed.
    gcTime: 60_000,
  });
}

/** The opened message, decoded off the main thread. Fetches only while `id` is non-empty. */
export function useOpenedMessage(id: string | undefined) {
  const query = useQuery(openedMessageQuery(useApiClient(), id));
  return {
    message: query.data,
    isPending: query.isPending,
    isError: query.isError,
    isNotFound: isNotFound(query.error),
    isUnauthorized: query.error instanceof MessagesApiError && query.error.status === 401,
    error: query.error,
    refetch: query.refetch,
  };
}

