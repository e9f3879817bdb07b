/**
 * The route tree. Sign-in callback and signed-out page are public; everything else is behind
 * the AuthGate and shares one signed-in session (SignedInShell).
 */
import type { ComponentType } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import type { LazyNamespace } from '../i18n/resources';
import { AuthCallbackPage } from '../auth/AuthCallbackPage';
import { AuthGate } from '../auth/AuthGate';
import { NoMailboxPage } from '../auth/NoMailboxPage';
import { SignedOutPage } from '../auth/SignedOutPage';
import { MailboxPage } from '../pages/MailboxPage';
import { routePatterns } from '../routes/paths';
import { HomeRedirect, RequireMailbox } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { SignedInShell } from './SignedInShell';

/** Fetches the texts an on-demand page needs, together with its code (src/i18n/resources.ts). */
export type LoadTexts = (namespaces: readonly LazyNamespace[]) => Promise<void>;

/** A lazy route: the page's module and its texts, fetched in parallel. */
function page<K extends string>(
  loadTexts: LoadTexts,
  namespaces: readonly LazyNamespace[],
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): NonNullable<RouteObject['lazy']> {
  return async () => {
    const [module] = await Promise.all([load(), loadTexts(namespaces)]);
    return { Component: module[name] };
  };
}

const READER_TEXTS = ['reader', 'attachments', 'export'] as const;
const COMPOSER_TEXTS = ['compose', 'composeAttachments', 'sending'] as const;

export const createAppRoutes = (loadTexts: LoadTexts): RouteObject[] => [
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
          { path: routePatterns.message, lazy: page(loadTexts, READER_TEXTS, () => import('../pages/MessagePage'), 'MessagePage') },
          { path: routePatterns.print, lazy: page(loadTexts, READER_TEXTS, () => import('../features/print/PrintPage'), 'PrintPage') },
          { path: routePatterns.compose, lazy: page(loadTexts, COMPOSER_TEXTS, () => import('../features/compose/ComposePage'), 'ComposePage') },
          { path: routePatterns.drafts, lazy: page(loadTexts, COMPOSER_TEXTS, () => import('../features/compose/DraftsPage'), 'DraftsPage') },
        ],
      },
      { path: routePatterns.settings, lazy: page(loadTexts, ['settings'], () => import('../features/settings/SettingsPage'), 'SettingsPage') },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
