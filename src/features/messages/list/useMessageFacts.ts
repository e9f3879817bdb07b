/**
 * Attachment facts of a mailbox's messages from the MK gateway (GET /mk/message-facts): the
 * SDK list never carries documents, and opening every message to find its attachments would
 * defeat the point of listing. Facts do not change once a message exists, so they are kept for
 * long and fetched again only when the list shows messages the facts do not know yet.
 */
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientContext';
import type { ApiClient } from '../../../api/client';
import type { MessageFacts } from '../../../sdk/model';
import { MessagesApiError } from '../apiError';

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

export interface MessageFactsResult {
  facts: ReadonlyMap<string, MessageFacts> | undefined;
  isPending: boolean;
  isError: boolean;
}

export function useMessageFacts(mailbox: string, shownIds: readonly string[]): MessageFactsResult {
  const client = useApiClient();
  const query = useQuery({
    queryKey: messageFactsKeys.mailbox(mailbox),
    queryFn: ({ signal }) => fetchMessageFacts(client, mailbox, signal),
    select: toFactsMap,
    staleTime: FIVE_MINUTES,
    gcTime: 6 * FIVE_MINUTES,
    refetchOnWindowFocus: false,
  });
  const facts = query.data;
  const { isFetching, refetch } = query;

  // New messages arrive with polling; ask for facts again once per id the facts lack.
  const askedFor = useRef(new Set<string>());
  useEffect(() => {
    if (!facts || isFetching) return;
    const missing = shownIds.filter((id) => !facts.has(id) && !askedFor.current.has(id));
    if (missing.length === 0) return;
    missing.forEach((id) => askedFor.current.add(id));
    void refetch();
  }, [facts, shownIds, isFetching, refetch]);

  return { facts, isPending: query.isPending, isError: query.isError && facts === undefined };
}
