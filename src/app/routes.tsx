/**
 * The route tree. Sign-in callback and signed-out page are public; everything else is behind
 * the AuthGate and shares one signed-in session (SignedInShell).
 */
import type { ComponentType } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import type { OnDemandNamespace } from './i18n/namespaces';
import { AuthCallbackPage } from '../auth/AuthCallbackPage';
import { AuthGate } from '../auth/AuthGate';
import { NoMailboxPage } from '../auth/NoMailboxPage';
import { SignedOutPage } from '../auth/SignedOutPage';
import { MailboxPage } from '../pages/MailboxPage';
import { routePatterns } from '../routes/paths';
import { HomeRedirect, RequireMailbox } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { SignedInShell } from './SignedInShell';

/** Fetches the texts an on-demand page needs, together with its code (./i18n/namespaces.ts). */
export type LoadTexts = (namespaces: readonly OnDemandNamespace[]) => Promise<void>;

/** A lazy route: the page's module and its texts, fetched in parallel. */
function page<K extends string>(
  loadTexts: LoadTexts,
  namespaces: readonly OnDemandNamespace[],
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): NonNullable<RouteObject['lazy']> {
  return async () => {
    const [module] = await Promise.all([load(), loadTexts(namespaces)]);
    return { Component: module[name] };
  };
}

const MESSAGE_TEXTS = ['reader', 'delivery', 'conversation', 'attachments', 'export', 'handling'] as const;
const PRINT_TEXTS = ['reader', 'print'] as const;
const COMPOSER_TEXTS = ['compose', 'handling'] as const;

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
          { path: routePatterns.message, lazy: page(loadTexts, MESSAGE_TEXTS, () => import('../pages/MessagePage'), 'MessagePage') },
          { path: routePatterns.print, lazy: page(loadTexts, PRINT_TEXTS, () => import('../features/print/PrintPage'), 'PrintPage') },
          { path: routePatterns.compose, lazy: page(loadTexts, COMPOSER_TEXTS, () => import('../features/compose/ComposePage'), 'ComposePage') },
          { path: routePatterns.drafts, lazy: page(loadTexts, COMPOSER_TEXTS, () => import('../features/compose/DraftsPage'), 'DraftsPage') },
        ],
      },
      { path: routePatterns.training, lazy: page(loadTexts, ['training'], () => import('../features/training/TrainingPage'), 'TrainingPage') },
      { path: routePatterns.settings, lazy: page(loadTexts, ['settings'], () => import('../features/settings/SettingsPage'), 'SettingsPage') },
      // The superuser console (issue 9): its sections load inside it (features/console/sections.ts).
      { path: routePatterns.console, lazy: page(loadTexts, ['console'], () => import('../features/console/ConsolePage'), 'ConsolePage') },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
