/**
 * Lets its children render only with a valid session.
 *
 * - A stored, unexpired user → signed in (this is what makes reload work).
 * - An expired user with a refresh token → one silent renewal.
 * - Otherwise → a redirect to the IdP (with ?as= as login_hint). A tab that keeps coming back
 *   without a session (see signInAttempt.ts) gets the error page, never another redirect.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { User } from 'oidc-client-ts';
import { useAuthClient } from './AuthClientContext';
import { AuthErrorPage } from './AuthErrorPage';
import { AuthStatusPage } from './AuthStatusPage';
import type { AuthClient } from './authClient';
import { classifySignInError, signInAttemptFor, startSignIn, type SignInFailure } from './signIn';
import { clearSignInAttempt, looksLikeRedirectLoop, readSignInAttempt, type SignInAttempt } from './signInAttempt';

type GateState =
  | { status: 'checking' }
  | { status: 'redirecting' }
  | { status: 'signed-in'; user: User }
  | { status: 'failed'; failure: SignInFailure };

export function AuthGate({ children }: { children: (user: User) => ReactNode }) {
  const client = useAuthClient();
  const location = useLocation();
  const [state, setState] = useState<GateState>({ status: 'checking' });
  // Guards against running twice for one mount (React StrictMode runs effects twice).
  const started = useRef(false);

  const run = useCallback(
    async (attempt: SignInAttempt) => {
      const user = await findSession(client);
      if (user) {
        clearSignInAttempt();
        setState({ status: 'signed-in', user });
        return;
      }
      if (looksLikeRedirectLoop()) {
        setState({ status: 'failed', failure: INCOMPLETE });
        return;
      }
      // Set before leaving: on success signinRedirect never resolves (the page navigates away).
      setState({ status: 'redirecting' });
      try {
        await client.removeUser().catch(() => undefined);
        await startSignIn(client, attempt);
      } catch (error) {
        // We never left the app, so a reload may safely try once more: forget the attempt.
        clearSignInAttempt();
        setState({ status: 'failed', failure: classifySignInError(error, 'start') });
      }
    },
    [client],
  );

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    // Only the location at mount matters: that is where the user wanted to go.
    void run(signInAttemptFor(location));
  }, [run, location]);

  switch (state.status) {
    case 'signed-in':
      return <>{children(state.user)}</>;
    case 'failed':
      return (
        <AuthErrorPage
          failure={state.failure}
          onRetry={() => {
            // An explicit click: forget the failed attempt and try exactly once more.
            const previous = readSignInAttempt();
            clearSignInAttempt();
            setState({ status: 'checking' });
            void run(previous ?? signInAttemptFor(location));
          }}
        />
      );
    default:
      return <AuthStatusPage status={state.status} />;
  }
}

const INCOMPLETE: SignInFailure = {
  kind: 'incomplete',
  detail: 'Returned to the app without a session after repeated sign-in redirects from this tab.',
};

/** A usable user from the store, renewing an expired one once with its refresh token. */
async function findSession(client: AuthClient): Promise<User | null> {
  const stored = await client.getUser().catch(() => null);
  if (stored && !stored.expired) return stored;
  if (stored?.refresh_token) {
    const renewed = await client.signinSilent().catch(() => null);
    if (renewed && !renewed.expired) return renewed;
  }
  return null;
}
