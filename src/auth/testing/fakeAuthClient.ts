/**
 * A stand-in for oidc-client-ts' UserManager in tests: same method names, no IdP, no network.
 * The "store" is a variable; signinRedirect records its arguments instead of navigating.
 */
import { User, type UserProfile } from 'oidc-client-ts';
import { vi, type Mock } from 'vitest';
import { CLAIMS, findPersona } from '../../../mocks/personas';
import type { AuthClient } from '../authClient';

export function oidcUserFor(personaId: string, options: { expired?: boolean; refreshToken?: string | null; state?: unknown } = {}): User {
  const persona = findPersona(personaId);
  if (!persona) throw new Error(`Unknown persona ${personaId}`);
  const profile = {
    sub: persona.id,
    iss: 'http://127.0.0.1:9090',
    aud: 'sdk-meddelandeklient',
    exp: 0,
    iat: 0,
    name: persona.name,
    given_name: persona.givenName,
    family_name: persona.familyName,
    [CLAIMS.authId]: persona.functionAddresses,
    [CLAIMS.roles]: persona.roles,
    [CLAIMS.organizationId]: persona.organization.id,
    [CLAIMS.organizationName]: persona.organization.name,
  } as UserProfile;
  const now = Math.floor(Date.now() / 1000);
  return new User({
    id_token: `id-token-${persona.id}`,
    access_token: `access-token-${persona.id}`,
    token_type: 'Bearer',
    profile,
    expires_at: options.expired ? now - 60 : now + 3600,
    ...(options.refreshToken === null ? {} : { refresh_token: options.refreshToken ?? `refresh-${persona.id}` }),
    userState: options.state,
  });
}

export type FakeAuthClient = { [K in keyof AuthClient]: Mock<AuthClient[K]> } & { storedUser: User | null };

export function fakeAuthClient(initialUser: User | null = null): FakeAuthClient {
  const fake: FakeAuthClient = {
    storedUser: initialUser,
    getUser: vi.fn<AuthClient['getUser']>(async () => fake.storedUser),
    removeUser: vi.fn<AuthClient['removeUser']>(async () => {
      fake.storedUser = null;
    }),
    // The real one never resolves once the page navigates; here it just records the call.
    signinRedirect: vi.fn<AuthClient['signinRedirect']>(async () => undefined),
    signinRedirectCallback: vi.fn<AuthClient['signinRedirectCallback']>(async () => {
      throw new Error('signinRedirectCallback not set up in this test');
    }),
    signinSilent: vi.fn<AuthClient['signinSilent']>(async () => {
      throw new Error('login_required');
    }),
    signoutRedirect: vi.fn<AuthClient['signoutRedirect']>(async () => undefined),
  };
  return fake;
}
