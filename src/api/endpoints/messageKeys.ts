/**
 * Query keys of the messages resource: its lists (GET /sdk/messages, messageList.ts) and single
 * messages (GET /sdk/messages/{id}, message.ts), under one `['messages']` root so a caller can
 * invalidate every list at once or one entry precisely. A module of its own so code in the
 * inbox bundle (the `r` shortcut, sending) can address the message cache without loading the
 * message decoder; message.ts and messageList.ts re-export the keys of their endpoint.
 */
import type { MailboxView } from '../../routes/paths';

/** Extra list filters that are part of a list's query key (e.g. the date range). */
export type MessageListFilters = Readonly<Record<string, string | undefined>>;

export const messageListKeys = {
  all: ['messages', 'list'] as const,
  of: (mailbox: string, view: MailboxView, filters: MessageListFilters = {}) => [...messageListKeys.all, mailbox, view, filters] as const,
};

export const messageKeys = {
  all: ['messages', 'detail'] as const,
  of: (id: string) => [...messageKeys.all, id] as const,
};
