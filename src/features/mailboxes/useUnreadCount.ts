/**
 * Unread received messages of one mailbox (undefined until both the inbox and the user's read
 * state are known). Reads the shared inbox query; whoever shows that inbox (the page or the
 * mailbox switcher) keeps it polled.
 */
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import { useReadState } from '../readState';
import { countUnread, idsOfList, inboxQueryOptions } from './inboxIds';

export function useUnreadCount(mailbox: string): number | undefined {
  const client = useApiClient();
  const { ready, readIds } = useReadState();
  const query = useQuery({ ...inboxQueryOptions(client, mailbox), select: idsOfList });
  return ready ? countUnread(query.data, readIds) : undefined;
}
