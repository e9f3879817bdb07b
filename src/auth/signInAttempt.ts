/**
 * Sign-in redirects of this tab, so the gate can tell a person from a loop.
 *
 * The record is written just before we leave for the IdP and removed once the user is signed in.
 * Coming back once without a session is normal (the person left the IdP's page with Back, or
 * typed the app's address again), so that may redirect again. But when the tab has already been
 * sent to the IdP MAX_REDIRECTS_IN_WINDOW times within LOOP_WINDOW_MS without ever getting a
 * session, something is wrong (IdP error, lost state, clock skew…): redirecting again could loop
 * for ever, so the gate shows an error page with a "try again" button instead.
 */
import { appStorageKey } from '../config/appStorage';

const KEY = appStorageKey('sign-in-attempt');

export interface SignInAttempt {
  /** Where to go after sign-in: an app path, never an absolute URL. */
  returnTo: string;
  /** Persona or user name for the IdP (?as= on the app URL). */
  loginHint?: string;
}

export const LOOP_WINDOW_MS = 60_000;
export const MAX_REDIRECTS_IN_WINDOW = 2;

interface StoredAttempt extends SignInAttempt {
  /** When this tab left for the IdP (ms since epoch), oldest first, within LOOP_WINDOW_MS. */
  redirectedAt: number[];
}

function readStored(): StoredAttempt | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { returnTo, loginHint, redirectedAt } = value as Record<string, unknown>;
    return {
      returnTo: safeReturnTo(returnTo),
      ...(typeof loginHint === 'string' && loginHint ? { loginHint } : {}),
      redirectedAt: Array.isArray(redirectedAt) ? redirectedAt.filter((t): t is number => typeof t === 'number') : [],
    };
  } catch {
    return null;
  }
}

export function readSignInAttempt(): SignInAttempt | null {
  const stored = readStored();
  if (!stored) return null;
  return { returnTo: stored.returnTo, ...(stored.loginHint ? { loginHint: stored.loginHint } : {}) };
}

function recentRedirects(now: number): number[] {
  return (readStored()?.redirectedAt ?? []).filter((t) => now - t >= 0 && now - t < LOOP_WINDOW_MS);
}

/** True when this tab keeps coming back from the IdP without a session. */
export function looksLikeRedirectLoop(now: number = Date.now()): boolean {
  return recentRedirects(now).length >= MAX_REDIRECTS_IN_WINDOW;
}

export function recordSignInAttempt(attempt: SignInAttempt, now: number = Date.now()): void {
  const stored: StoredAttempt = { ...attempt, redirectedAt: [...recentRedirects(now), now] };
  window.sessionStorage.setItem(KEY, JSON.stringify(stored));
}

export function clearSignInAttempt(): void {
  window.sessionStorage.removeItem(KEY);
}

/** Only same-app paths: a crafted state must not send the user to another site. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  return value;
}
