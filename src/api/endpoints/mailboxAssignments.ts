/**
 * GET /mk/mailboxes/{mailbox}/assignments: the handling state of a mailbox's received messages
 * (a message missing from it is open and unassigned), for the list's "Handläggs av" column and
 * its Mine / Unassigned / Handled filter — the one module for this endpoint. Polled with the
 * list (ETag → 304). Where no MK gateway answers, the list shows no handling.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useConfig } from '../../config/ConfigContext';
import { MessagesApiError } from '../apiError';
import { useApiClient } from '../ApiClientContext';
import type { ApiClient } from '../client';
import type { components } from '../schema.gen';
import { handlingKeys } from './handlingKeys';

export type MessageHandling = components['schemas']['MessageHandling'];

export interface MailboxAssignments {
  byMessage: ReadonlyMap<string, MessageHandling>;
  counts: components['schemas']['HandlingCounts'];
}

export async function fetchMailboxAssignments(client: ApiClient, mailbox: string, signal?: AbortSignal): Promise<MailboxAssignments> {
  const { data, error, response } = await client.GET('/mk/mailboxes/{mailbox}/assignments', {
    params: { path: { mailbox } },
    ...(signal ? { signal } : {}),
  });
  if (!data || !Array.isArray(data.data)) throw new MessagesApiError('listMailboxAssignments', response.status, error);
  return { byMessage: new Map(data.data.map((h) => [h.messageId, h])), counts: data.counts };
}

export function mailboxAssignmentsQuery(client: ApiClient, mailbox: string) {
  return queryOptions({
    queryKey: handlingKeys.assignments(mailbox),
    queryFn: ({ signal }) => fetchMailboxAssignments(client, mailbox, signal),
    retry: false,
  });
}

/** Inbox only (`enabled`): sent messages are the other side's to handle. */
export function useMailboxAssignments(mailbox: string, enabled = true) {
  const client = useApiClient();
  const { pollIntervalSeconds } = useConfig();
  return useQuery({ ...mailboxAssignmentsQuery(client, mailbox), enabled, refetchInterval: pollIntervalSeconds * 1000 });
}
