/**
 * TanStack Query keys of the messages feature, as a hierarchy so callers can invalidate
 * broadly (all message queries, every list) or precisely (one list, one message).
 */
import type { MailboxView } from '../../routes/paths';

/** Extra list filters (e.g. status, date range) that later issues may add. */
export type MessageListFilters = Readonly<Record<string, string | undefined>>;

export const messageKeys = {
  all: ['messages'] as const,
  lists: () => [...messageKeys.all, 'list'] as const,
  list: (mailbox: string, view: MailboxView, filters: MessageListFilters = {}) =>
    [...messageKeys.lists(), mailbox, view, filters] as const,
  details: () => [...messageKeys.all, 'detail'] as const,
  detail: (id: string) => [...messageKeys.details(), id] as const,
};
