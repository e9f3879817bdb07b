/**
 * GET /mk/messages/{messageId}/handling: one received message's handling state, its history and
 * the internal notes on it (the notes' list) — the one module for this endpoint. Polled while the
 * message page is open, so a colleague's change or note shows on the next poll. Message page only.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useConfig } from '../../config/ConfigContext';
import { MessagesApiError } from '../apiError';
import { useApiClient } from '../ApiClientContext';
import type { ApiClient } from '../client';
import type { components } from '../schema.gen';
import { handlingKeys } from './handlingKeys';

export type MessageHandlingDetail = components['schemas']['MessageHandlingDetail'];
export type HandlingEvent = components['schemas']['HandlingEvent'];
export type InternalNote = components['schemas']['InternalNote'];

export async function fetchMessageHandling(client: ApiClient, messageId: string, signal?: AbortSignal): Promise<MessageHandlingDetail> {
  const { data, error, response } = await client.GET('/mk/messages/{messageId}/handling', {
    params: { path: { messageId } },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new MessagesApiError('getMessageHandling', response.status, error);
  return data;
}

export function messageHandlingQuery(client: ApiClient, messageId: string) {
  return queryOptions({
    queryKey: handlingKeys.message(messageId),
    queryFn: ({ signal }) => fetchMessageHandling(client, messageId, signal),
    retry: false,
  });
}

export function useMessageHandling(messageId: string, enabled = true) {
  const client = useApiClient();
  const { pollIntervalSeconds } = useConfig();
  return useQuery({ ...messageHandlingQuery(client, messageId), enabled, refetchInterval: pollIntervalSeconds * 1000 });
}
