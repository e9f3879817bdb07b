/**
 * Builds the Session features use from the signed-in oidc-client-ts user.
 *
 * Tokens are always read from the user store, so a token renewed in the background
 * (automaticSilentRenew) is picked up by the next request.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { User } from 'oidc-client-ts';
import type { AppConfig } from '../config/config';
import { deriveUser } from '../sdk/user';
import type { AuthClient } from './authClient';
import type { Session } from './SessionContext';
import { signOutEverywhere } from './signOut';

export interface AppSession extends Session {
  /** Renews the access token with the refresh token; true when it worked (the API client then retries). */
  renew(): Promise<boolean>;
}

export interface CreateSessionOptions {
  client: AuthClient;
  oidcUser: User;
  claims: AppConfig['claims'];
  queryClient: QueryClient;
  /** Called when the IdP cannot be reached at sign-out: the local session is gone anyway. */
  onSignedOutLocally(): void;
  /** Called once renewal has failed: the user must sign in again. */
  onExpired?(): void;
}

export function createSession(options: CreateSessionOptions): AppSession {
  const { client } = options;
  const user = deriveUser(options.oidcUser.profile as Record<string, unknown>, options.claims);

  // Parallel queries hitting an expired token must share one refresh: the IdP rotates refresh
  // tokens, so a second concurrent refresh with the same token would be refused.
  let renewing: Promise<User | null> | null = null;
  const renewOnce = (): Promise<User | null> => {
    renewing ??= client
      .signinSilent()
      .catch(() => null)
      .finally(() => {
        renewing = null;
      });
    return renewing;
  };

  const renew = async (): Promise<boolean> => {
    const renewed = await renewOnce();
    if (renewed && !renewed.expired) return true;
    options.onExpired?.();
    return false;
  };

  return {
    user,
    renew,
    async getAccessToken() {
      const current = await client.getUser().catch(() => null);
      if (current && !current.expired) return current.access_token;
      if (!current) return null;
      return (await renew()) ? ((await client.getUser())?.access_token ?? null) : null;
    },
    async signOut() {
      await signOutEverywhere({
        client,
        queryClient: options.queryClient,
        onIdpUnreachable: options.onSignedOutLocally,
      });
    },
  };
}
