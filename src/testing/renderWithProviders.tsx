/**
 * Renders a component the way the app does, for feature tests: configuration, Swedish texts,
 * a signed-in session (Anna by default, with a real test token the mock API accepts), the
 * typed API client against the mock API, a fresh query cache and a DATA router
 * (createMemoryRouter, like the app's createBrowserRouter) at `route`, so useBlocker and the
 * other data-router hooks behave as in the app.
 *
 *   renderWithProviders(<MessagePage />, { route: paths.message(FA.malmoBarnUnga, id), path: routePatterns.message });
 *
 * React Router applies a navigation as a transition: after a click that navigates, wait for
 * what the user would see (`await screen.findBy…`, or `await waitFor(() => expect(location()…))`)
 * rather than asserting at once.
 */
import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type Location, type RouteObject } from 'react-router';
import { vi, type Mock } from 'vitest';
import { findPersona } from '../../mocks/personas';
import { issueTestToken, TEST_API_BASE } from '../../mocks/testing';
import { ApiClientProvider } from '../api/ApiClientContext';
import { createApiClient } from '../api/client';
import type { Session } from '../auth/SessionContext';
import { SessionProvider } from '../auth/SessionContext';
import type { AppConfig } from '../config/config';
import { demoConfig } from '../config/config';
import { ConfigProvider } from '../config/ConfigContext';
import { createTestI18n } from './allTexts';
import type { SdkUser } from '../sdk/user';

export type TestRouter = ReturnType<typeof createMemoryRouter>;

export interface RenderWithProvidersOptions {
  /** The URL the router starts at. Default '/'. */
  route?: string;
  /** The route pattern `ui` is mounted at (e.g. routePatterns.message), so useParams works. Default '*'. */
  path?: string;
  /**
   * More pages next to `ui`, for tests that navigate away (e.g. `{ path: routePatterns.sent,
   * element: <h1>Skickat</h1> }`). Without them, other URLs render nothing.
   */
  routes?: RouteObject[];
  user?: Partial<SdkUser>;
  /** The session's access token; default a mock-service test token for `user`'s function addresses (e.g. `gateway.as('anna')` of withInProcessGateway). */
  getAccessToken?: () => Promise<string>;
  config?: Partial<AppConfig>;
  /** Default TEST_API_BASE (the base the MSW test server answers on). */
  apiBaseUrl?: string;
  /** Share a query cache between renders. Default: a fresh one (as after a page load). */
  queryClient?: QueryClient;
  /** For userEvent.setup, e.g. `{ advanceTimers: vi.advanceTimersByTime }` with fake timers. */
  userEventOptions?: Parameters<typeof userEvent.setup>[0];
}

export type RenderWithProvidersResult = RenderResult & {
  user: UserEvent;
  queryClient: QueryClient;
  /** The session handed to components; signOut is a vi.fn(). */
  session: Session & { signOut: Mock<() => Promise<void>> };
  /** The router's current location, i.e. what the address bar shows (to assert navigation). */
  location(): Location;
  /** The data router itself (e.g. `await act(() => router.navigate(to))` for a navigation from outside the page). */
  router: TestRouter;
};

export function defaultTestUser(): SdkUser {
  const anna = findPersona('anna');
  if (!anna) throw new Error('Persona anna is missing from mocks/personas.ts');
  return {
    subject: anna.id,
    name: anna.name,
    organization: { ...anna.organization },
    roles: [...anna.roles],
    functionAddresses: [...anna.functionAddresses],
  };
}

export function renderWithProviders(ui: ReactElement, options: RenderWithProvidersOptions = {}): RenderWithProvidersResult {
  const config: AppConfig = { ...demoConfig, ...options.config, apiBaseUrl: options.apiBaseUrl ?? options.config?.apiBaseUrl ?? TEST_API_BASE };
  const sdkUser: SdkUser = { ...defaultTestUser(), ...options.user };

  let token: Promise<string> | null = null;
  const session = {
    user: sdkUser,
    getAccessToken: options.getAccessToken ?? (() => (token ??= issueTestToken({ authIds: sdkUser.functionAddresses, subject: sdkUser.subject }))),
    signOut: vi.fn<() => Promise<void>>(async () => undefined),
  };
  const apiClient = createApiClient({ baseUrl: config.apiBaseUrl, getAccessToken: session.getAccessToken });
  const queryClient =
    options.queryClient ??
    new QueryClient({
      defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
    });
  const i18n = createTestI18n('sv');
  const router = createMemoryRouter(
    [
      { path: options.path ?? '*', element: ui },
      ...(options.routes ?? []),
      // With `ui` on a pattern, any other URL still matches something (and renders nothing).
      ...(options.path ? [{ path: '*', element: null }] : []),
    ],
    { initialEntries: [options.route ?? '/'] },
  );

  const result = render(
    <ConfigProvider value={config}>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <SessionProvider value={session}>
            <ApiClientProvider value={apiClient}>
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
    queryClient,
    session,
    location: () => router.state.location,
    router,
  };
}
