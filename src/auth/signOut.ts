/**
 * Sign-out leaves nothing behind in this tab (docs/decisions/0001-token-storage.md): cached
 * API data, store state, every app sessionStorage entry incl. tokens — and then ends the IdP
 * session too, so the next person at a shared computer has to sign in themselves.
 */
import type { QueryClient } from '@tanstack/react-query';
import { clearAppSessionStorage } from '../config/appStorage';
import type { AuthClient } from './authClient';
import { resetAllStores } from './resetRegistry';

export interface SignOutOptions {
  client: AuthClient;
  queryClient: QueryClient;
  /** The IdP could not be reached for end_session; show the signed-out page ourselves. */
  onIdpUnreachable(): void;
}

export async function signOutEverywhere({ client, queryClient, onIdpUnreachable }: SignOutOptions): Promise<void> {
  // The ID token is needed as id_token_hint, so read it before the storage is wiped.
  const idToken = (await client.getUser().catch(() => null))?.id_token;

  await queryClient.cancelQueries();
  queryClient.clear();
  resetAllStores();
  await client.removeUser().catch(() => undefined);
  clearAppSessionStorage();

  try {
    await client.signoutRedirect(idToken ? { id_token_hint: idToken } : {});
  } catch (error) {
    console.warn('The sign-in service could not be reached to end its session', error);
    clearAppSessionStorage();
    onIdpUnreachable();
  }
}
