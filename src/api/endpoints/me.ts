/**
 * GET /mk/me: the function mailboxes the MK gateway's registry grants the signed-in user now —
 * the one module for this endpoint (fetcher, keys, query options, hook). Polled like the lists,
 * so a revoked grant removes the mailbox on the next poll.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useConfig } from '../../config/ConfigContext';
import { MessagesApiError } from '../apiError';
import { useApiClient } from '../ApiClientContext';
import type { ApiClient } from '../client';
import type { components } from '../schema.gen';

export type MyMailbox = components['schemas']['MyMailbox'];

export const meKeys = {
  all: ['me'] as const,
};

export async function fetchMyMailboxes(client: ApiClient, signal?: AbortSignal): Promise<MyMailbox[]> {
  const { data, error, response } = await client.GET('/mk/me', signal ? { signal } : {});
  if (!data || !Array.isArray(data.mailboxes)) throw new MessagesApiError('getMe', response.status, error);
  return data.mailboxes;
}

export function myMailboxesQuery(client: ApiClient) {
  return queryOptions({ queryKey: meKeys.all, queryFn: ({ signal }) => fetchMyMailboxes(client, signal) });
}

const toIds = (mailboxes: MyMailbox[]) => mailboxes.map((m) => m.id);

/** The granted mailboxes' ids; the same array while they stay the same (structural sharing). */
export function useMyMailboxIds() {
  const client = useApiClient();
  const { pollIntervalSeconds } = useConfig();
  return useQuery({ ...myMailboxesQuery(client), select: toIds, refetchInterval: pollIntervalSeconds * 1000 });
}
