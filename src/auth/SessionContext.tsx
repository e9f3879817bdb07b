import type { SdkUser } from '../sdk/user';
import { createStrictContext } from '../ui/strictContext';

/** The signed-in user as features see it. */
export interface Session {
  user: SdkUser;
  /** A valid access token (renewed with the refresh token when needed), or null when the session is over. */
  getAccessToken(): Promise<string | null>;
  /** Clears everything the app holds and ends the IdP session (navigates away). */
  signOut(): Promise<void>;
}

const SessionContext = createStrictContext<Session>('Session');

export const SessionProvider = SessionContext.Provider;
export const useSession = SessionContext.use;
