/**
 * Page-wide single-key shortcuts (the list handles its own row keys): ? help, / search,
 * c compose, j/k into the list, and on an open message r reply and Escape back to the list.
 * Switched off entirely in the settings (WCAG 2.1.4); never while typing, with Ctrl/Alt/Cmd,
 * or while a modal dialog is open. Also renders the help dialog.
 */
import { useEffect } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useLocation, useMatch, useNavigate, useParams } from 'react-router';
import { useSession } from '../../auth/SessionContext';
import { paths, routePatterns } from '../../routes/paths';
import { messageKeys } from '../../api/endpoints/messageKeys';
import { messageDirection, senderFunctionOf } from '../../sdk/direction';
import { readRecord } from '../../sdk/readValue';
import { usePreferences } from '../preferences';
import { focusableListRow, hasCommandModifier, isModalOpen, isTypingTarget, SEARCH_INPUT_ID } from './keyTargets';
import { openShortcutHelp } from './shortcutHelpStore';
import { ShortcutHelpDialog } from './ShortcutHelpDialog';

/**
 * True when the open message (as the message page fetched it) was received by `mailbox`, by
 * the rule the page's Reply button follows (sdk/direction.ts). Nothing before it has loaded.
 */
function isReceivedBy(queryClient: QueryClient, messageId: string, mailbox: string): boolean {
  const message = readRecord(queryClient.getQueryData<unknown>(messageKeys.of(messageId)));
  if (!message) return false;
  return messageDirection(senderFunctionOf(message.attributes), mailbox) === 'received';
}

export function GlobalShortcuts() {
  const enabled = usePreferences((s) => s.shortcutsEnabled);
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const { mailbox, messageId } = useParams();
  const mailboxes = useSession().user.functionAddresses;
  const onMessagePage = useMatch(routePatterns.message) !== null;
  const onComposePage = useMatch(routePatterns.compose) !== null;
  const cameFromList = Boolean((location.state as { view?: unknown } | null)?.view);

  useEffect(() => {
    if (!enabled) return;
    const ownMailbox = mailbox && mailboxes.includes(mailbox) ? mailbox : undefined;

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasCommandModifier(event) || isTypingTarget(event.target) || isModalOpen()) return;
      let handled = true;
      switch (event.key) {
        case '?':
          openShortcutHelp();
          break;
        case '/': {
          const search = document.getElementById(SEARCH_INPUT_ID);
          if (search) search.focus();
          else handled = false;
          break;
        }
        case 'c':
          if (ownMailbox && !onComposePage) void navigate(paths.compose(ownMailbox));
          else handled = false;
          break;
        case 'j':
        case 'k': {
          const row = focusableListRow();
          if (row && !row.contains(document.activeElement)) row.focus();
          else handled = false;
          break;
        }
        case 'r':
          if (onMessagePage && ownMailbox && messageId && isReceivedBy(queryClient, messageId, ownMailbox)) {
            void navigate(paths.compose(ownMailbox, { kind: 'reply', messageId }));
          } else handled = false;
          break;
        case 'Escape':
          // Back to the list the message was opened from (its row gets focus again), or the inbox.
          if (onMessagePage && ownMailbox) void (cameFromList ? navigate(-1) : navigate(paths.mailbox(ownMailbox, 'inbox')));
          else handled = false;
          break;
        default:
          handled = false;
      }
      if (handled) event.preventDefault();
    };

    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, mailbox, messageId, mailboxes, onMessagePage, onComposePage, cameFromList, navigate, queryClient]);

  return <ShortcutHelpDialog />;
}
