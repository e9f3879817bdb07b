/**
 * Which list view (inbox or sent) the current route shows. Pages outside a list (a message,
 * the start page) count as the inbox, the view people return to most.
 */
import { useMatch } from 'react-router';
import { routePatterns, type MailboxView } from '../../routes/paths';

export function useCurrentView(): MailboxView {
  return useMatch(routePatterns.sent) ? 'sent' : 'inbox';
}
