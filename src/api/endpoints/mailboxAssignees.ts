/**
 * GET /mk/mailboxes/{mailbox}/assignees: the colleagues a message of the mailbox may be assigned
 * to (level send, signed in at least once) — the one module for this endpoint. Message page only.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { HandlingPerson } from '../../sdk/handling';
import { MessagesApiError } from '../apiError';
import { useApiClient } from '../ApiClientContext';
import type { ApiClient } from '../client';
import { handlingKeys } from './handlingKeys';

export async function fetchMailboxAssignees(client: ApiClient, mailbox: string, signal?: AbortSignal): Promise<HandlingPerson[]> {
  const { data, error, response } = await client.GET('/mk/mailboxes/{mailbox}/assignees', {
    params: { path: { mailbox } },
    ...(signal ? { signal } : {}),
  });
  if (!data || !Array.isArray(data.data)) throw new MessagesApiError('listMailboxAssignees', response.status, error);
  return data.data;
}

export function mailboxAssigneesQuery(client: ApiClient, mailbox: string) {
  return queryOptions({ queryKey: handlingKeys.assignees(mailbox), queryFn: ({ signal }) => fetchMailboxAssignees(client, mailbox, signal), staleTime: 60_000 });
}

export function useMailboxAssignees(mailbox: string) {
  return useQuery(mailboxAssigneesQuery(useApiClient(), mailbox));
}
