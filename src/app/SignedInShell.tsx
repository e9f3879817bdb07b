/**
 * Everything that belongs to one signed-in session: its query cache, the Session features use,
 * the authorised API client and the signed-in layout.
 */
import { useMemo, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { Outlet, useNavigate } from 'react-router';
import type { User } from 'oidc-client-ts';
import { createApiClient } from '../api/client';
import { ApiClientProvider } from '../api/ApiClientContext';
import { useAuthClient } from '../auth/AuthClientContext';
import { createSession } from '../auth/createSession';
import { SessionExpiredNotice } from '../auth/SessionExpiredNotice';
import { SessionProvider } from '../auth/SessionContext';
import { useConfig } from '../config/ConfigContext';
import { paths } from '../routes/paths';
import { GrantedSession } from './GrantedSession';
import { AppLayout } from './layout/AppLayout';
import { createAppQueryClient } from './queryClient';

export function SignedInShell({ oidcUser }: { oidcUser: User }) {
  const config = useConfig();
  const client = useAuthClient();
  const navigate = useNavigate();
  const [queryClient] = useState(createAppQueryClient);
  const [expired, setExpired] = useState(false);

  const session = useMemo(
    () =>
      createSession({
        client,
        oidcUser,
        claims: config.claims,
        queryClient,
        onSignedOutLocally: () => void navigate(paths.signedOut(), { replace: true }),
        onExpired: () => setExpired(true),
      }),
    [client, oidcUser, config.claims, queryClient, navigate],
  );
  const apiClient = useMemo(
    () => createApiClient({ baseUrl: config.apiBaseUrl, getAccessToken: session.getAccessToken, onUnauthorized: session.renew }),
    [config.apiBaseUrl, session],
  );

  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider value={session}>
        <ApiClientProvider value={apiClient}>
          <GrantedSession>
            <AppLayout notice={expired ? <SessionExpiredNotice /> : null}>
              <Outlet />
            </AppLayout>
          </GrantedSession>
        </ApiClientProvider>
      </SessionProvider>
    </QueryClientProvider>
  );
}
