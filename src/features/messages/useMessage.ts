/**
 * One whole message (documents and attachments included), fetched with getMessageById only
 * when a message is opened.
 */
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import type { ApiClient } from '../../api/client';
import type { MessageResource } from '../../sdk/model';
import { isNotFound, MessagesApiError } from './apiError';
import { messageKeys } from './queryKeys';

export async function fetchMessage(client: ApiClient, id: string, signal?: AbortSignal): Promise<MessageResource> {
  const { data, error, response } = await client.GET('/sdk/messages/{messageId}', {
    params: { path: { messageId: id } },
    ...(signal ? { signal } : {}),
  });
  if (!data?.data) throw new MessagesApiError('getMessageById', response.status, error);
  return data.data;
}

export function useMessage(id: string | undefined) {
  const client = useApiClient();
  const query = useQuery({
    queryKey: messageKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchMessage(client, id ?? '', signal),
    enabled: Boolean(id),
    // A missing message stays missing; other failures may be passing.
    retry: (failureCount, error) => !isNotFound(error) && failureCount < 2,
  });
  return {
    message: query.data,
    isPending: query.isPending,
    isError: query.isError,
    isNotFound: isNotFound(query.error),
    error: query.error,
    refetch: query.refetch,
  };
}
