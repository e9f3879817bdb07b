/**
 * The OIDC client (oidc-client-ts) configured from config.json, and the small slice of it the
 * app uses. Components receive that slice (AuthClient) through context, so tests can hand in a
 * fake without any identity provider.
 */
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AppConfig } from '../config/config';
import { appStorageKey } from '../config/appStorage';
import { routePatterns } from '../routes/paths';

export type AuthClient = Pick<
  UserManager,
  'getUser' | 'signinRedirect' | 'signinRedirectCallback' | 'signinSilent' | 'signoutRedirect' | 'removeUser'
>;

/** Prefix of the oidc-client-ts entries, inside the app's namespace so sign-out removes them. */
export const OIDC_STORAGE_PREFIX = appStorageKey('oidc.');

export function createAuthClient(config: AppConfig, origin: string = window.location.origin): UserManager {
  // Per-tab sessionStorage: survives reload and the sign-in redirect, never shared or persisted
  // (docs/decisions/0001-token-storage.md).
  const store = new WebStorageStateStore({ prefix: OIDC_STORAGE_PREFIX, store: window.sessionStorage });
  return new UserManager({
    authority: config.oidc.authority,
    client_id: config.oidc.clientId,
    redirect_uri: `${origin}${routePatterns.authCallback}`,
    post_logout_redirect_uri: `${origin}${routePatterns.signedOut}`,
    response_type: 'code',
    scope: config.oidc.scopes,
    // Where the SDK claims come from depends on the IdP (see AppConfig.oidc.loadUserInfo).
    loadUserInfo: config.oidc.loadUserInfo,
    // Renewal with the refresh token only: no silent_redirect_uri, so never a hidden iframe
    // (third-party cookies are blocked by browsers anyway).
    automaticSilentRenew: true,
    userStore: store,
    stateStore: store,
    // A hanging IdP must end in the error page, not an endless spinner.
    requestTimeoutInSeconds: 15,
  });
}
