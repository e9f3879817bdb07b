/**
 * Marks a message as read when it has been opened (call it in the message page once the
 * message is shown). Marks once per message id and page visit, so "mark as unread" on the
 * open message is not undone by the next render.
 *
 *   useMarkReadOnOpen(messageId, { enabled: message !== undefined });
 */
import { useEffect, useRef } from 'react';
import { useReadState } from './useReadState';

export function useMarkReadOnOpen(messageId: string | undefined, { enabled = true }: { enabled?: boolean } = {}): void {
  const { ready, markRead } = useReadState();
  const marked = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || !enabled || !messageId || marked.current === messageId) return;
    marked.current = messageId;
    markRead([messageId]);
  }, [ready, enabled, messageId, markRead]);
}
