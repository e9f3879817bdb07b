/**
 * GET /mk/message-facts (the MK gateway's attachment facts of a mailbox's messages): the one
 * module for this endpoint — fetcher, query keys and query options. Facts do not change once a
 * message exists, so they are kept for long (the list's useMessageFacts asks again only for
 * messages the facts do not know yet).
 */
import { queryOptions } from '@tanstack/react-query';
import type { MessageFacts } from '../../sdk/model';
import { MessagesApiError } from '../apiError';
import type { ApiClient } from '../client';

const FIVE_MINUTES = 5 * 60 * 1000;

export const messageFactsKeys = {
  all: ['messageFacts'] as const,
  mailbox: (mailbox: string) => [...messageFactsKeys.all, mailbox] as const,
};

export async function fetchMessageFacts(client: ApiClient, mailbox: string, signal?: AbortSignal): Promise<unknown> {
  const { data, error, response } = await client.GET('/mk/message-facts', {
    params: { query: { 'filter[mailbox]': mailbox } },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new MessagesApiError('listMessageFacts', response.status, error);
  return data.data;
}

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0);

/** Facts by message id; items without an id are skipped, odd numbers read as 0. */
export function toFactsMap(items: unknown): ReadonlyMap<string, MessageFacts> {
  const map = new Map<string, MessageFacts>();
  if (!Array.isArray(items)) return map;
  for (const item of items as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const f = item as Record<string, unknown>;
    if (typeof f.id !== 'string' || f.id === '') continue;
    map.set(f.id, {
      id: f.id,
      documentCount: count(f.documentCount),
      attachmentCount: count(f.attachmentCount),
      attachmentBytes: count(f.attachmentBytes),
    });
  }
  return map;
}

export function messageFactsQuery(client: ApiClient, mailbox: string) {
  return queryOptions({
    queryKey: messageFactsKeys.mailbox(mailbox),
    queryFn: ({ signal }) => fetchMessageFacts(client, mailbox, signal),
    select: toFactsMap,
    staleTime: FIVE_MINUTES,
    gcTime: 6 * FIVE_MINUTES,
    refetchOnWindowFocus: false,
  });
}
