import { createContext, useContext, type ReactNode } from 'react';
import type { SdkUser } from '../sdk/user';

/** The signed-in user as features see it. */
export interface Session {
  user: SdkUser;
  /** A valid access token (renewed with the refresh token when needed), or null when the session is over. */
  getAccessToken(): Promise<string | null>;
  /** Clears everything the app holds and ends the IdP session (navigates away). */
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() must be used inside <SessionProvider>');
  return session;
}
