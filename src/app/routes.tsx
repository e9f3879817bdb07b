/**
 * The route tree. Sign-in callback and signed-out page are public; everything else is behind
 * the AuthGate and shares one signed-in session (SignedInShell).
 */
import { Outlet, type RouteObject } from 'react-router';
import { AuthCallbackPage } from '../auth/AuthCallbackPage';
import { AuthGate } from '../auth/AuthGate';
import { NoMailboxPage } from '../auth/NoMailboxPage';
import { SignedOutPage } from '../auth/SignedOutPage';
import { MailboxPage } from '../features/messages/MailboxPage';
import { routePatterns } from '../routes/paths';
import { HomeRedirect, RequireMailbox } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { SignedInShell } from './SignedInShell';

export const appRoutes: RouteObject[] = [
  { path: routePatterns.authCallback, element: <AuthCallbackPage /> },
  { path: routePatterns.signedOut, element: <SignedOutPage /> },
  {
    element: <AuthGate>{(user) => <SignedInShell oidcUser={user} />}</AuthGate>,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: routePatterns.noMailbox, element: <NoMailboxPage /> },
      {
        element: (
          <RequireMailbox>
            <Outlet />
          </RequireMailbox>
        ),
        children: [
          { path: routePatterns.inbox, element: <MailboxPage view="inbox" /> },
          { path: routePatterns.sent, element: <MailboxPage view="sent" /> },
          // Loaded on demand, so the inbox does not pay for them (README: bundle budget). The
          // message page brings the Markdown renderer.
          { path: routePatterns.message, lazy: async () => ({ Component: (await import('../features/messages/MessagePage')).MessagePage }) },
          { path: routePatterns.print, lazy: async () => ({ Component: (await import('../features/print/PrintPage')).PrintPage }) },
          { path: routePatterns.compose, lazy: async () => ({ Component: (await import('../features/compose/ComposePage')).ComposePage }) },
          { path: routePatterns.drafts, lazy: async () => ({ Component: (await import('../features/compose/DraftsPage')).DraftsPage }) },
        ],
      },
      { path: routePatterns.settings, lazy: async () => ({ Component: (await import('../features/settings/SettingsPage')).SettingsPage }) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
