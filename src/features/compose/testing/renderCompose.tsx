/**
 * Test helper: the composer pages inside the app's providers and a DATA router
 * (createMemoryRouter), because the leave guard uses useBlocker, which only data routers have
 * (src/test/renderWithProviders uses a plain MemoryRouter). Other pages are stubs that say
 * where we are.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { issueTestToken, TEST_API_BASE } from '../../../../mocks/testing';
import { ApiClientProvider } from '../../../api/ApiClientContext';
import { createApiClient } from '../../../api/client';
import { SessionProvider } from '../../../auth/SessionContext';
import type { AppConfig } from '../../../config/config';
import { demoConfig } from '../../../config/config';
import { ConfigProvider } from '../../../config/ConfigContext';
import { createAppI18n } from '../../../i18n';
import { ALL_TEXTS } from '../../../test/allTexts';
import { routePatterns } from '../../../routes/paths';
import type { SdkUser } from '../../../sdk/user';
import { defaultTestUser } from '../../../test/renderWithProviders';
import { ComposePage } from '../ComposePage';
import { DraftsPage } from '../DraftsPage';
import { FlashNotice } from '../../../app/layout/FlashNotice';

export interface RenderComposeOptions {
  route: string;
  user?: Partial<SdkUser>;
  config?: Partial<AppConfig>;
  /** Share a query cache between renders (e.g. a simulated reload keeps nothing: leave it out). */
  queryClient?: QueryClient;
  userEventOptions?: Parameters<typeof userEvent.setup>[0];
}

export type RenderComposeResult = RenderResult & {
  user: UserEvent;
  router: ReturnType<typeof createMemoryRouter>;
  queryClient: QueryClient;
  /** Navigate as a link elsewhere in the app would. */
  navigate(to: string): Promise<void>;
  pathname(): string;
};

export function renderCompose(options: RenderComposeOptions): RenderComposeResult {
  const config: AppConfig = { ...demoConfig, ...options.config, apiBaseUrl: TEST_API_BASE };
  const sdkUser: SdkUser = { ...defaultTestUser(), ...options.user };
  let token: Promise<string> | null = null;
  const session = {
    user: sdkUser,
    getAccessToken: () => (token ??= issueTestToken({ authIds: sdkUser.functionAddresses })),
    signOut: vi.fn<() => Promise<void>>(async () => undefined),
  };
  const apiClient = createApiClient({ baseUrl: config.apiBaseUrl, getAccessToken: session.getAccessToken });
  const queryClient =
    options.queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: routePatterns.compose, element: <ComposePage /> },
      { path: routePatterns.drafts, element: <DraftsPage /> },
      {
        path: routePatterns.sent,
        element: (
          <>
            <FlashNotice />
            <h1>Skickat</h1>
          </>
        ),
      },
      { path: routePatterns.inbox, element: <h1>Inkorg</h1> },
      { path: routePatterns.message, element: <h1>Meddelandesidan</h1> },
    ],
    { initialEntries: [options.route] },
  );

  const result = render(
    <ConfigProvider config={config}>
      <I18nextProvider i18n={createAppI18n('sv', ALL_TEXTS)}>
        <QueryClientProvider client={queryClient}>
          <SessionProvider session={session}>
            <ApiClientProvider client={apiClient}>
              <RouterProvider router={router} />
            </ApiClientProvider>
          </SessionProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </ConfigProvider>,
  );

  return {
    ...result,
    user: userEvent.setup(options.userEventOptions),
    router,
    queryClient,
    navigate: async (to) => {
      await act(async () => {
        await router.navigate(to);
      });
    },
    pathname: () => router.state.location.pathname,
  };
}
