/**
 * The ids in a mailbox's inbox list, for unread counts and new-message notices. Uses the very
 * query (key and fetch) of the inbox page's unfiltered list, so the two share one cache entry
 * and one request.
 */
import type { QueryFunctionContext } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import { toMessageRows } from '../messages/messageSummary';
import { messageKeys } from '../messages/queryKeys';
import { fetchMailboxMessages } from '../messages/useMailboxMessages';

export function inboxQueryOptions(client: ApiClient, mailbox: string) {
  return {
    queryKey: messageKeys.list(mailbox, 'inbox', {}),
    queryFn: ({ signal, client: queryClient, queryKey }: QueryFunctionContext) =>
      fetchMailboxMessages(client, mailbox, 'inbox', signal, {}, queryClient.getQueryData(queryKey)),
  };
}

/** Module-level so TanStack Query memoises it per data version. */
export const idsOfList = (data: unknown): string[] => toMessageRows(data).map((row) => row.id);

export function countUnread(ids: readonly string[] | undefined, readIds: ReadonlySet<string>): number | undefined {
  return ids ? ids.reduce((n, id) => (readIds.has(id) ? n : n + 1), 0) : undefined;
}
