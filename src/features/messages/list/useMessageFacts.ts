/**
 * Attachment facts of a mailbox's messages from the MK gateway (api/endpoints/messageFacts.ts):
 * the SDK list never carries documents, and opening every message to find its attachments would
 * defeat the point of listing. Facts do not change once a message exists, so they are kept for
 * long and fetched again only when the list shows messages the facts do not know yet.
 */
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientContext';
import { messageFactsQuery } from '../../../api/endpoints/messageFacts';
import type { MessageFacts } from '../../../sdk/model';

export interface MessageFactsResult {
  facts: ReadonlyMap<string, MessageFacts> | undefined;
  isPending: boolean;
  isError: boolean;
}

export function useMessageFacts(mailbox: string, shownIds: readonly string[]): MessageFactsResult {
  const query = useQuery(messageFactsQuery(useApiClient(), mailbox));
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
