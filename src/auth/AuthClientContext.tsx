import { createContext, useContext, type ReactNode } from 'react';
import type { AuthClient } from './authClient';

const AuthClientContext = createContext<AuthClient | null>(null);

export function AuthClientProvider({ client, children }: { client: AuthClient; children: ReactNode }) {
  return <AuthClientContext.Provider value={client}>{children}</AuthClientContext.Provider>;
}

export function useAuthClient(): AuthClient {
  const client = useContext(AuthClientContext);
  if (!client) throw new Error('useAuthClient() must be used inside <AuthClientProvider>');
  return client;
}
