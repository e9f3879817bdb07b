/**
 * GET /mk/me: the function mailboxes the MK gateway's registry grants the signed-in user now
 * (fetcher, key and query options in one place). Polled like the lists, so a revoked grant
 * removes the mailbox on the next poll.
 */
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import type { ApiClient } from '../../api/client';
import type { components } from '../../api/schema.gen';
import { useConfig } from '../../config/ConfigContext';
import { mailboxKeys } from './queryKeys';

export type MyMailbox = components['schemas']['MyMailbox'];

/** Throws an error carrying the HTTP status, so the app's retry policy does not repeat a 401 or 403. */
export async function fetchMyMailboxes(client: ApiClient, signal?: AbortSignal): Promise<MyMailbox[]> {
  const { data, response } = await client.GET('/mk/me', signal ? { signal } : {});
  if (!data || !Array.isArray(data.mailboxes)) throw Object.assign(new Error(`GET /mk/me: HTTP ${response.status}`), { status: response.status });
  return data.mailboxes;
}

export function myMailboxesQuery(client: ApiClient) {
  return {
    queryKey: mailboxKeys.mine(),
    queryFn: ({ signal }: { signal: AbortSignal }) => fetchMyMailboxes(client, signal),
  };
}

export function useMyMailboxes() {
  const client = useApiClient();
  const { pollIntervalSeconds } = useConfig();
  return useQuery({ ...myMailboxesQuery(client), refetchInterval: pollIntervalSeconds * 1000 });
}
