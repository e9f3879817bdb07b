/**
 * The signed-in user's read/unread state for components. Activates the user's stored state on
 * first use; `ready` is false for the moment it takes to derive the storage key, and views show
 * no unread marks until then (rather than flashing everything as unread).
 */
import { useCallback, useEffect } from 'react';
import { useSession } from '../../auth/SessionContext';
import { activateReadState, useReadStateStore } from './readStateStore';

export interface ReadState {
  ready: boolean;
  readIds: ReadonlySet<string>;
  isRead(id: string): boolean;
  markRead(ids: readonly string[]): void;
  markUnread(ids: readonly string[]): void;
}

export function useReadState(): ReadState {
  const { subject: userSubject } = useSession().user;
  const subject = useReadStateStore((s) => s.subject);
  const readIds = useReadStateStore((s) => s.readIds);
  const markRead = useReadStateStore((s) => s.markRead);
  const markUnread = useReadStateStore((s) => s.markUnread);

  useEffect(() => {
    void activateReadState(userSubject);
  }, [userSubject]);

  const isRead = useCallback((id: string) => readIds.has(id), [readIds]);
  return { ready: subject === userSubject, readIds, isRead, markRead, markUnread };
}
