/**
 * /auth/callback: the IdP sends the browser back here with ?code&state (or ?error).
 * The query is removed from the address bar and history at once — an authorization code must
 * not linger where it can be copied, bookmarked or sent as a Referer — then the code is
 * exchanged and the user is taken (replace, not push) to where they were going.
 */
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAuthClient } from './AuthClientContext';
import { AuthErrorPage } from './AuthErrorPage';
import { AuthStatusPage } from './AuthStatusPage';
import { classifySignInError, returnToFromState, startSignIn, type SignInFailure } from './signIn';
import { clearSignInAttempt, readSignInAttempt } from './signInAttempt';

export function AuthCallbackPage() {
  const client = useAuthClient();
  const location = useLocation();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  // A new key per failure gives the error page a fresh, enabled retry button.
  const [failures, setFailures] = useState(0);
  const handled = useRef(false);

  useEffect(() => {
    if (handled.current) return;
    handled.current = true;
    const params = new URLSearchParams(location.search);
    if (!params.has('code') && !params.has('error')) {
      // Opened directly (bookmark, back button): nothing to complete.
      void navigate('/', { replace: true });
      return;
    }
    const callbackUrl = new URL(`${location.pathname}${location.search}`, window.location.origin).href;
    void navigate(location.pathname, { replace: true });
    client
      .signinRedirectCallback(callbackUrl)
      .then((user) => navigate(returnToFromState(user.state), { replace: true }))
      .catch((error: unknown) => {
        setFailure(classifySignInError(error, 'callback'));
        setFailures((n) => n + 1);
      });
  }, [client, location, navigate]);

  if (!failure) return <AuthStatusPage status="completing" />;
  return (
    <AuthErrorPage
      key={failures}
      failure={failure}
      onRetry={() => {
        const attempt = readSignInAttempt() ?? { returnTo: '/' };
        clearSignInAttempt();
        startSignIn(client, attempt).catch((error: unknown) => {
          clearSignInAttempt();
          setFailure(classifySignInError(error, 'start'));
          setFailures((n) => n + 1);
        });
      }}
    />
  );
}
