/**
 * The messages of one function mailbox, inbox (addressed to it) or sent (sent from it), kept
 * up to date by polling.
 *
 * - Polls every `pollIntervalSeconds` of the config, but only while the tab is visible
 *   (refetchIntervalInBackground: false), and refetches on window focus and reconnect.
 * - Uses getMessageByFilter only: the list never contains documents (B1.4.2 rule [1]) and
 *   listing never opens a message (getMessageById is for the message page).
 * - When a poll fails after data was shown, the old rows are kept (TanStack keeps `data`) and
 *   `isRefetchError` lets the view show a non-blocking notice.
 * - A poll whose answer has the same bytes as the cached one is not parsed again and keeps the
 *   cached value (readUnlessUnchanged): a big mailbox's list is megabytes of JSON.
 *
 * Only the fields views need are read from the query result: TanStack Query re-renders for
 * changes of the fields read, so a poll that brings nothing new costs no render.
 */
import { keepPreviousData, useQuery, type QueryFunctionContext } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import type { ApiClient } from '../../api/client';
import { readUnlessUnchanged } from '../../api/unchangedAnswer';
import { useConfig } from '../../config/ConfigContext';
import type { MailboxView } from '../../routes/paths';
import { MessagesApiError } from './apiError';
import type { ServerDateFilter } from './list/listFilters';
import { toMessageRows, type MessageRowData } from './messageSummary';
import { messageKeys } from './queryKeys';

/** The getMessageByFilter query selecting a mailbox's inbox or sent messages. */
export function mailboxFilter(mailbox: string, view: MailboxView) {
  return view === 'inbox'
    ? { 'filter[recipientAttention.subOrganization.extension]': mailbox }
    : { 'filter[senderAttention.subOrganization.extension]': mailbox };
}

/**
 * The `data` of the getMessageByFilter answer, as received (toMessageRows reads it
 * defensively). `previous` is what the cache holds for the same query: returned as is when the
 * answer has not changed.
 */
export async function fetchMailboxMessages(
  client: ApiClient,
  mailbox: string,
  view: MailboxView,
  signal?: AbortSignal,
  dateFilter: ServerDateFilter = {},
  previous?: unknown,
): Promise<unknown> {
  const { data: body, error, response } = await client.GET('/sdk/messages', {
    params: { query: { ...mailboxFilter(mailbox, view), ...dateFilter } },
    parseAs: 'arrayBuffer',
    ...(signal ? { signal } : {}),
  });
  if (!body || body.byteLength === 0) throw new MessagesApiError('getMessageByFilter', response.status, error);
  return readUnlessUnchanged(body, previous, (json) => (typeof json === 'object' && json !== null ? (json as { data?: unknown }).data : undefined));
}

/**
 * The one list query of a mailbox side (key and fetch), for every observer: the lists, the
 * unread counts and the conversation share one cache entry and one request per key.
 */
export function mailboxListQuery(client: ApiClient, mailbox: string, view: MailboxView, dateFilter: ServerDateFilter = {}) {
  return {
    queryKey: messageKeys.list(mailbox, view, { ...dateFilter }),
    queryFn: ({ signal, client: queryClient, queryKey }: QueryFunctionContext) =>
      fetchMailboxMessages(client, mailbox, view, signal, dateFilter, queryClient.getQueryData(queryKey)),
  };
}

/**
 * `dateFilter` (creationDateTimeStart/Stop, UTC) is applied by the server and is part of the
 * query key; while a new period loads, the previous rows stay on screen (`isUpdating`).
 */
export function useMailboxMessages(mailbox: string, view: MailboxView, dateFilter: ServerDateFilter = {}) {
  const client = useApiClient();
  const { pollIntervalSeconds } = useConfig();
  const query = useQuery({
    ...mailboxListQuery(client, mailbox, view, dateFilter),
    select: toMessageRows,
    placeholderData: keepPreviousData,
    // Paused while the tab is hidden (TanStack's default); focus and reconnect refetch (app default).
    refetchInterval: pollIntervalSeconds * 1000,
  });
  const rows: readonly MessageRowData[] | undefined = query.data;
  return {
    rows,
    isPending: query.isPending,
    /** Nothing to show: the first load failed. */
    isLoadError: query.isLoadingError || (query.isError && rows === undefined),
    /** A later poll failed; `rows` still holds the last good answer. */
    isRefetchError: query.isRefetchError,
    /** The rows are those of the previous filter while the new one loads. */
    isUpdating: query.isPlaceholderData,
    /** Waiting for the network (TanStack pauses fetching while offline). */
    isPaused: query.fetchStatus === 'paused',
    refetch: query.refetch,
  };
}
