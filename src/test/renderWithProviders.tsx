/**
 * Renders a component the way the app does, for feature tests: configuration, Swedish texts,
 * a signed-in session (Anna by default, with a real test token the mock API accepts), the
 * typed API client against the mock API, a fresh query cache and a router at `route`.
 *
 *   renderWithProviders(<MessagePage />, { route: paths.message(FA.malmoBarnUnga, id), path: routePatterns.message });
 */
import { useEffect, type ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation, type Location } from 'react-router';
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
import { createAppI18n } from '../i18n';
import { ALL_TEXTS } from './allTexts';
import type { SdkUser } from '../sdk/user';

export interface RenderWithProvidersOptions {
  /** The URL the router starts at. Default '/'. */
  route?: string;
  /** The route pattern `ui` is mounted at (e.g. routePatterns.message), so useParams works. Default '*'. */
  path?: string;
  user?: Partial<SdkUser>;
  config?: Partial<AppConfig>;
  /** Default TEST_API_BASE (the base the MSW test server answers on). */
  apiBaseUrl?: string;
}

export type RenderWithProvidersResult = RenderResult & {
  user: UserEvent;
  queryClient: QueryClient;
  /** The session handed to components; signOut is a vi.fn(). */
  session: Session & { signOut: Mock<() => Promise<void>> };
  /** The router's current location (to assert navigation). */
  location(): Location;
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
    getAccessToken: () => (token ??= issueTestToken({ authIds: sdkUser.functionAddresses })),
    signOut: vi.fn<() => Promise<void>>(async () => undefined),
  };
  const apiClient = createApiClient({ baseUrl: config.apiBaseUrl, getAccessToken: session.getAccessToken });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
  const i18n = createAppI18n('sv', ALL_TEXTS);
  const locationRef: { current: Location | null } = { current: null };

  const result = render(
    <ConfigProvider config={config}>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <SessionProvider session={session}>
            <ApiClientProvider client={apiClient}>
              <MemoryRouter initialEntries={[options.route ?? '/']}>
                <LocationSpy
                  onChange={(location) => {
                    locationRef.current = location;
                  }}
                />
                <Routes>
                  <Route path={options.path ?? '*'} element={ui} />
                  {options.path ? <Route path="*" element={null} /> : null}
                </Routes>
              </MemoryRouter>
            </ApiClientProvider>
          </SessionProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </ConfigProvider>,
  );

  return {
    ...result,
    user: userEvent.setup(),
    queryClient,
    session,
    location: () => {
      if (!locationRef.current) throw new Error('The router has not rendered');
      return locationRef.current;
    },
  };
}

function LocationSpy({ onChange }: { onChange(location: Location): void }) {
  const location = useLocation();
  useEffect(() => {
    onChange(location);
  }, [location, onChange]);
  return null;
}
