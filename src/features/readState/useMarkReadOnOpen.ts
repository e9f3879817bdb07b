/**
 * Marks a message as read when it has been opened (call it in the message page once the
 * message is shown). Marks once per message id and page visit, so "mark as unread" on the
 * open message is not undone by the next render.
 */
import { useEffect, useRef } from 'react';
import { useReadState } from './useReadState';

export function useMarkReadOnOpen(messageId: string | undefined): void {
  const { ready, markRead } = useReadState();
  const marked = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || !messageId || marked.current === messageId) return;
    marked.current = messageId;
    markRead([messageId]);
  }, [ready, messageId, markRead]);
}
