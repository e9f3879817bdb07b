/** Starting a sign-in, and making sense of what went wrong when it fails. */
import { recordSignInAttempt, safeReturnTo, type SignInAttempt } from './signInAttempt';
import type { AuthClient } from './authClient';

/** What we send through the IdP and get back in user.state. */
export interface SignInState {
  returnTo: string;
}

/** `?as=<persona>` on the app URL asks the IdP for that account (demo and training links). */
export const LOGIN_HINT_PARAM = 'as';

export function signInAttemptFor(location: { pathname: string; search: string; hash: string }): SignInAttempt {
  const params = new URLSearchParams(location.search);
  const loginHint = params.get(LOGIN_HINT_PARAM)?.trim();
  params.delete(LOGIN_HINT_PARAM);
  const search = params.toString();
  const returnTo = safeReturnTo(`${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  return { returnTo, ...(loginHint ? { loginHint } : {}) };
}

/** Leaves for the IdP. Resolves only if the browser does not navigate (e.g. in tests); rejects when the IdP cannot be reached. */
export async function startSignIn(client: AuthClient, attempt: SignInAttempt): Promise<void> {
  recordSignInAttempt(attempt);
  const state: SignInState = { returnTo: attempt.returnTo };
  await client.signinRedirect({ state, ...(attempt.loginHint ? { login_hint: attempt.loginHint } : {}) });
}

export function returnToFromState(state: unknown): string {
  if (typeof state !== 'object' || state === null) return '/';
  return safeReturnTo((state as Partial<SignInState>).returnTo);
}

export type SignInFailureKind = 'unreachable' | 'denied' | 'callback' | 'incomplete';

export interface SignInFailure {
  kind: SignInFailureKind;
  /** For the collapsed "technical details"; never shown as the main message. */
  detail: string;
}

const DENIED_ERRORS = new Set(['access_denied', 'login_required', 'consent_required', 'interaction_required']);

/** Classifies an error from signinRedirect / signinRedirectCallback. */
export function classifySignInError(error: unknown, during: 'start' | 'callback'): SignInFailure {
  const detail = describeError(error);
  const oauthError = typeof error === 'object' && error !== null && 'error' in error ? (error as { error: unknown }).error : null;
  if (typeof oauthError === 'string' && DENIED_ERRORS.has(oauthError)) return { kind: 'denied', detail };
  if (during === 'start' || isNetworkError(error)) return { kind: 'unreachable', detail };
  return { kind: 'callback', detail };
}

function isNetworkError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error instanceof TypeError || error.name === 'ErrorTimeout' || /network|failed to fetch|timed? ?out/i.test(error.message);
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const parts = [`${error.name}: ${error.message}`];
  const description = (error as { error_description?: unknown }).error_description;
  if (typeof description === 'string' && description && description !== error.message) parts.push(description);
  return parts.join('\n');
}
