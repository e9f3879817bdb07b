/**
 * The ids in a mailbox's inbox list, for unread counts and new-message notices. Uses the very
 * query (key and fetch) of the inbox page's unfiltered list, so the two share one cache entry
 * and one request.
 */
import type { ApiClient } from '../../api/client';
import { toMessageRows } from '../../sdk/messageSummary';
import { mailboxListQuery } from '../../api/endpoints/messageList';

export function inboxQueryOptions(client: ApiClient, mailbox: string) {
  return mailboxListQuery(client, mailbox, 'inbox');
}

/** Module-level so TanStack Query memoises it per data version. */
export const idsOfList = (data: unknown): string[] => toMessageRows(data).map((row) => row.id);

export function countUnread(ids: readonly string[] | undefined, readIds: ReadonlySet<string>): number | undefined {
  return ids ? ids.reduce((n, id) => (readIds.has(id) ? n : n + 1), 0) : undefined;
}
