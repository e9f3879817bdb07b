/**
 * GET /mk/handling-counts: per granted mailbox, how many received messages are unassigned, the
 * caller's and handled — the one module for this endpoint. Polled like the lists (ETag → 304),
 * so colleagues' changes show on the next poll. Where no MK gateway answers (an error), the
 * navigation simply shows no counts.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useConfig } from '../../config/ConfigContext';
import { MessagesApiError } from '../apiError';
import { useApiClient } from '../ApiClientContext';
import type { ApiClient } from '../client';
import type { components } from '../schema.gen';
import { handlingKeys } from './handlingKeys';

export type HandlingCounts = components['schemas']['HandlingCounts'];

export async function fetchHandlingCounts(client: ApiClient, signal?: AbortSignal): Promise<ReadonlyMap<string, HandlingCounts>> {
  const { data, error, response } = await client.GET('/mk/handling-counts', signal ? { signal } : {});
  if (!data || !Array.isArray(data.data)) throw new MessagesApiError('getHandlingCounts', response.status, error);
  return new Map(data.data.map(({ mailbox, ...counts }) => [mailbox, counts]));
}

export function handlingCountsQuery(client: ApiClient) {
  return queryOptions({ queryKey: handlingKeys.counts(), queryFn: ({ signal }) => fetchHandlingCounts(client, signal), retry: false });
}

export function useHandlingCounts() {
  const client = useApiClient();
  const { pollIntervalSeconds } = useConfig();
  return useQuery({ ...handlingCountsQuery(client), refetchInterval: pollIntervalSeconds * 1000 });
}
