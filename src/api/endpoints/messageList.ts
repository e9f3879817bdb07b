/**
 * GET /sdk/messages (getMessageByFilter): the one module for this endpoint — fetcher, query
 * keys, query options and the polling hook. Every caller uses it: the mailbox lists, the unread
 * counts, the conversation and the sending loop's search for a stored duplicate.
 *
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
import { useConfig } from '../../config/ConfigContext';
import type { MailboxView } from '../../routes/paths';
import { useApiClient } from '../ApiClientContext';
import { toMessageRows, type MessageRowData } from '../../sdk/messageSummary';
import { MessagesApiError } from '../apiError';
import type { ApiClient } from '../client';
import { readUnlessUnchanged } from '../unchangedAnswer';
import { messageListKeys } from './messageKeys';

export { messageListKeys, type MessageListFilters } from './messageKeys';

/** getMessageByFilter query parameters of a date range (UTC), applied by the server. */
export interface ServerDateFilter {
  'filter[creationDateTimeStart]'?: string;
  'filter[creationDateTimeStop]'?: string;
}

/** Who a list selects: messages sent from and/or addressed to these function addresses. */
export interface MessageListSelection {
  senderFunction?: string;
  recipientFunction?: string;
}

function filterQuery({ senderFunction, recipientFunction }: MessageListSelection) {
  return {
    ...(recipientFunction ? { 'filter[recipientAttention.subOrganization.extension]': recipientFunction } : {}),
    ...(senderFunction ? { 'filter[senderAttention.subOrganization.extension]': senderFunction } : {}),
  };
}

/** The selection of a mailbox's inbox (addressed to it) or sent (sent from it) messages. */
export function mailboxSelection(mailbox: string, view: MailboxView): MessageListSelection {
  return view === 'inbox' ? { recipientFunction: mailbox } : { senderFunction: mailbox };
}

export interface MessageListAnswer {
  /** The answer's `data`, as received (read it defensively, e.g. with toMessageRows). */
  items: unknown;
  /** Where the answer came from (the request URL after any redirect). */
  url: string;
}

/**
 * The one getMessageByFilter request. Throws MessagesApiError when the service answers with
 * an error. `previous` is what the cache holds for the same query: returned as is when the
 * answer has the same bytes (a big mailbox's list is megabytes of JSON).
 */
export async function fetchMessageList(
  client: ApiClient,
  selection: MessageListSelection,
  options: { dateFilter?: ServerDateFilter; signal?: AbortSignal | undefined; previous?: unknown } = {},
): Promise<MessageListAnswer> {
  const { dateFilter = {}, signal, previous } = options;
  const { data: body, error, response } = await client.GET('/sdk/messages', {
    params: { query: { ...filterQuery(selection), ...dateFilter } },
    parseAs: 'arrayBuffer',
    ...(signal ? { signal } : {}),
  });
  if (!body || body.byteLength === 0) throw new MessagesApiError('getMessageByFilter', response.status, error);
  const items = readUnlessUnchanged(body, previous, (json) => (typeof json === 'object' && json !== null ? (json as { data?: unknown }).data : undefined));
  return { items: await items, url: response.url };
}

/** The `data` of a mailbox side's list answer, as received. */
export async function fetchMailboxMessages(
  client: ApiClient,
  mailbox: string,
  view: MailboxView,
  signal?: AbortSignal,
  dateFilter: ServerDateFilter = {},
  previous?: unknown,
): Promise<unknown> {
  return (await fetchMessageList(client, mailboxSelection(mailbox, view), { dateFilter, signal, previous })).items;
}

/**
 * The one list query of a mailbox side (key and fetch), for every observer: the lists, the
 * unread counts and the conversation share one cache entry and one request per key.
 */
export function mailboxListQuery(client: ApiClient, mailbox: string, view: MailboxView, dateFilter: ServerDateFilter = {}) {
  return {
    queryKey: messageListKeys.of(mailbox, view, { ...dateFilter }),
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
