/**
 * The mailbox whose unfiltered inbox the current page polls itself (the inbox page with no date
 * range in effect), so the mailbox switcher does not poll the same list a second time.
 */
import { useMatch, useSearchParams } from 'react-router';
import { routePatterns } from '../../routes/paths';
import { readListFilters, serverDateFilter } from '../messages';

export function usePolledInbox(activeMailbox: string | undefined): string | undefined {
  const onInboxPage = useMatch(routePatterns.inbox) !== null;
  const [params] = useSearchParams();
  const dated = Object.keys(serverDateFilter(readListFilters(params, 'inbox'))).length > 0;
  return onInboxPage && !dated ? activeMailbox : undefined;
}
