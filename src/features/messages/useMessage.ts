/**
 * One whole message (documents and attachments included), fetched with getMessageById only
 * when a message is opened.
 *
 * The HTTP exchange runs through the app's API client
 * (bearer token, one renewal and retry on 401), the body is taken as an unread Blob, and reading
 * it, the JSON parse and the base64 decoding happen in a Web Worker — the main thread never
 * touches the bytes or holds the base64 text.
 */
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import type { ApiClient } from '../../api/client';
import { openMessageOffThread } from '../../workers/openMessage/openMessageOffThread';
import { isNotFound, MessagesApiError } from './apiError';
import type { OpenedMessage } from './openedMessage';
import { messageKeys } from './queryKeys';

export async function fetchOpenedMessage(client: ApiClient, id: string, signal?: AbortSignal): Promise<OpenedMessage> {
  const { data, error, response } = await client.GET('/sdk/messages/{messageId}', {
    params: { path: { messageId: id } },
    // Unread: the worker reads and parses it (see openMessageOffThread).
    parseAs: 'blob',
    ...(signal ? { signal } : {}),
  });
  if (!response.ok || !data) throw new MessagesApiError('getMessageById', response.status, error);
  return openMessageOffThread(data, id, signal);
}

// A missing (or not-yours) message stays missing, and a session that could not be renewed
// stays over; other failures may be passing.
const retry = (failureCount: number, error: unknown) =>
  !isNotFound(error) && !(error instanceof MessagesApiError && error.status === 401) && failureCount < 2;

/** The opened message, decoded off the main thread. Fetches only while `id` is non-empty. */
export function useOpenedMessage(id: string | undefined) {
  const client = useApiClient();
  const query = useQuery({
    queryKey: messageKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchOpenedMessage(client, id ?? '', signal),
    enabled: Boolean(id),
    retry,
    // Decoded attachments can be large: drop them soon after the message is closed.
    gcTime: 60_000,
  });
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

