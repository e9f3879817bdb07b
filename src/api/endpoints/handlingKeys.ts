/**
 * Query keys of the MK gateway's handling of received messages (issue 10, ADR 0011), under one
 * `['handling']` root: counts per mailbox, a mailbox's assignments, one message's handling
 * (with history and notes) and a mailbox's assignees. A module of its own so the inbox bundle
 * can address them without loading the message page's endpoints.
 */
export const handlingKeys = {
  all: ['handling'] as const,
  counts: () => [...handlingKeys.all, 'counts'] as const,
  assignments: (mailbox: string) => [...handlingKeys.all, 'assignments', mailbox] as const,
  message: (messageId: string) => [...handlingKeys.all, 'message', messageId] as const,
  assignees: (mailbox: string) => [...handlingKeys.all, 'assignees', mailbox] as const,
};
