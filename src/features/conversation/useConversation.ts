/**
 * The conversation of the opened message in this mailbox, kept up to date.
 *
 * It reads the same two list queries as the mailbox lists (same query keys, same fetch:
 * getMessageByFilter with the mailbox on the recipient or the sender side), so coming from a
 * list costs no request and list polling never fetches documents. While the page is open the
 * lists poll at the configured interval, paused while the tab is hidden, refreshed on focus
 * and on reconnect — which is also how the delivery status of a sent message moves on (the
 * list items carry messageStatus and events), without re-fetching the whole message.
 */
import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import { useConfig } from '../../config/ConfigContext';
import type { MailboxView } from '../../routes/paths';
import { mailboxListQuery } from '../../api/endpoints/messageList';
import { conversationEntries, toConversationEntry, type ConversationEntry, type Direction } from './conversationEntries';

const VIEWS: readonly MailboxView[] = ['inbox', 'sent'];

export interface ConversationResult {
  entries: ConversationEntry[];
  /** The opened message as the lists last reported it (fresher status and events), if listed. */
  listed: ConversationEntry | undefined;
  isPending: boolean;
  isError: boolean;
  refetch(): void;
}

export function useConversation(
  mailbox: string,
  current: { id: string; item: unknown; direction: Direction; conversationId: string | undefined },
): ConversationResult {
  const client = useApiClient();
  const { pollIntervalSeconds } = useConfig();
  const [inbox, sent] = useQueries({
    queries: VIEWS.map((view) => ({ ...mailboxListQuery(client, mailbox, view), refetchInterval: pollIntervalSeconds * 1000 })),
  });

  const { id, item, direction, conversationId } = current;
  const entries = useMemo(
    () => conversationEntries({ conversationId, received: inbox?.data, sent: sent?.data, current: { item, direction } }),
    [conversationId, inbox?.data, sent?.data, item, direction],
  );
  const listed = useMemo(() => {
    const list: unknown = direction === 'sent' ? sent?.data : inbox?.data;
    if (!Array.isArray(list)) return undefined;
    for (const raw of list as unknown[]) {
      const entry = toConversationEntry(raw, direction);
      if (entry?.id === id) return entry;
    }
    return undefined;
  }, [direction, sent?.data, inbox?.data, id]);

  return {
    entries,
    listed,
    isPending: Boolean(inbox?.isPending || sent?.isPending),
    isError: Boolean(inbox?.isError || sent?.isError),
    refetch: () => {
      void inbox?.refetch();
      void sent?.refetch();
    },
  };
}
