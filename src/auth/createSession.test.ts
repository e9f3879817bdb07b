import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FA } from '../../mocks/personas';
import { demoConfig } from '../config/config';
import { createSession } from './createSession';
import { registerStoreReset } from './resetRegistry';
import { fakeAuthClient, oidcUserFor } from './testing/fakeAuthClient';

function sessionFor(client = fakeAuthClient(oidcUserFor('anna'))) {
  const queryClient = new QueryClient();
  const onSignedOutLocally = vi.fn<() => void>();
  const onExpired = vi.fn<() => void>();
  const session = createSession({
    client,
    oidcUser: client.storedUser ?? oidcUserFor('anna'),
    claims: demoConfig.claims,
    queryClient,
    onSignedOutLocally,
    onExpired,
  });
  return { session, client, queryClient, onSignedOutLocally, onExpired };
}

afterEach(() => window.sessionStorage.clear());

describe('createSession', () => {
  it('derives the SDK user from the claims named in the configuration', () => {
    const { session } = sessionFor();
    expect(session.user).toEqual({
      subject: 'anna',
      name: 'Anna Lindqvist',
      organization: { id: '0203:malmo.se', name: 'Malmö stad' },
      roles: ['caseworker'],
      functionAddresses: [FA.malmoBarnUnga, FA.malmoAldreomsorg],
    });
  });

  it('returns the stored access token while it is valid', async () => {
    const { session, client } = sessionFor();
    expect(await session.getAccessToken()).toBe('access-token-anna');
    expect(client.signinSilent).not.toHaveBeenCalled();
  });

  it('renews an expired token once for many parallel requests (rotating refresh tokens)', async () => {
    const client = fakeAuthClient(oidcUserFor('anna', { expired: true }));
    client.signinSilent.mockImplementation(async () => {
      const renewed = oidcUserFor('anna');
      client.storedUser = renewed;
      return renewed;
    });
    const { session } = sessionFor(client);
    const tokens = await Promise.all([session.getAccessToken(), session.getAccessToken(), session.getAccessToken()]);
    expect(tokens).toEqual(['access-token-anna', 'access-token-anna', 'access-token-anna']);
    expect(client.signinSilent).toHaveBeenCalledTimes(1);
  });

  it('reports an expired session when renewal fails', async () => {
    const client = fakeAuthClient(oidcUserFor('anna', { expired: true }));
    const { session, onExpired } = sessionFor(client);
    expect(await session.getAccessToken()).toBeNull();
    expect(onExpired).toHaveBeenCalledTimes(1);
  });
});

describe('signOut', () => {
  it('clears the query cache, every registered store and every app/oidc sessionStorage key, then ends the IdP session', async () => {
    const { session, client, queryClient, onSignedOutLocally } = sessionFor();
    queryClient.setQueryData(['messages', 'inbox'], [{ id: 'secret message' }]);
    const store = { draft: 'Hej! Känsligt utkast' };
    const unregister = registerStoreReset(() => {
      store.draft = '';
    });
    window.sessionStorage.setItem('sdk-mk:oidc.user:http://127.0.0.1:9090:sdk-meddelandeklient', '{"access_token":"x"}');
    window.sessionStorage.setItem('sdk-mk:draft:123', 'utkast');
    window.sessionStorage.setItem('sdk-mk:lang', 'en');
    window.sessionStorage.setItem('oidc.abc', 'stale default-prefixed state');
    window.sessionStorage.setItem('not-ours', 'kept');

    try {
      await session.signOut();
    } finally {
      unregister();
    }

    expect(queryClient.getQueryData(['messages', 'inbox'])).toBeUndefined();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(store.draft).toBe('');
    expect(Object.keys(window.sessionStorage)).toEqual(['not-ours']);
    expect(client.signoutRedirect).toHaveBeenCalledTimes(1);
    expect(client.signoutRedirect).toHaveBeenCalledWith({ id_token_hint: 'id-token-anna' });
    expect(onSignedOutLocally).not.toHaveBeenCalled();
  });

  it('still clears everything and shows the signed-out page when the IdP cannot be reached', async () => {
    const { session, client, onSignedOutLocally } = sessionFor();
    client.signoutRedirect.mockRejectedValue(new TypeError('Failed to fetch'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    window.sessionStorage.setItem('sdk-mk:oidc.user:x', 'token');
    await session.signOut();
    expect(window.sessionStorage.getItem('sdk-mk:oidc.user:x')).toBeNull();
    expect(onSignedOutLocally).toHaveBeenCalledTimes(1);
  });
});
