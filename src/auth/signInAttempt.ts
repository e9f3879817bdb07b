/**
 * One sign-in redirect per tab at a time. The record is written just before we leave for the
 * IdP and removed once the user is signed in. If we come back without a session while it is
 * still there, something is wrong (IdP error, lost state, clock skew…): redirecting again could
 * loop for ever, so the gate shows an error page with a "try again" button instead.
 */
import { appStorageKey } from '../config/appStorage';

const KEY = appStorageKey('sign-in-attempt');

export interface SignInAttempt {
  /** Where to go after sign-in: an app path, never an absolute URL. */
  returnTo: string;
  /** Persona or user name for the IdP (?as= on the app URL). */
  loginHint?: string;
}

export function readSignInAttempt(): SignInAttempt | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { returnTo, loginHint } = value as Record<string, unknown>;
    return {
      returnTo: safeReturnTo(returnTo),
      ...(typeof loginHint === 'string' && loginHint ? { loginHint } : {}),
    };
  } catch {
    return null;
  }
}

export function recordSignInAttempt(attempt: SignInAttempt): void {
  window.sessionStorage.setItem(KEY, JSON.stringify(attempt));
}

export function clearSignInAttempt(): void {
  window.sessionStorage.removeItem(KEY);
}

/** Only same-app paths: a crafted state must not send the user to another site. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  return value;
}
