/**
 * The IdP's account model: the demo personas, and which function addresses (auth_id) a token
 * may act for.
 */
import type { Account, AccountClaims, TokenLike } from 'oidc-provider';
import { CLAIMS, SYSTEM_CLIENT, findPersona, type Persona } from '../personas';

/** Claims released for a persona with scope `profile` (and `email`), in ID token and userinfo. */
export function personaClaims(persona: Persona): AccountClaims {
  return {
    sub: persona.id,
    name: persona.name,
    given_name: persona.givenName,
    family_name: persona.familyName,
    email: persona.email,
    email_verified: true,
    [CLAIMS.roles]: [...persona.roles],
    [CLAIMS.organizationId]: persona.organization.id,
    [CLAIMS.organizationName]: persona.organization.name,
    [CLAIMS.authId]: [...persona.functionAddresses],
  };
}

/** Scope → claims it releases (oidc-provider's `claims` configuration). */
export const CLAIMS_BY_SCOPE = {
  openid: ['sub'],
  profile: [
    'name',
    'given_name',
    'family_name',
    CLAIMS.roles,
    CLAIMS.organizationId,
    CLAIMS.organizationName,
    CLAIMS.authId,
  ],
  email: ['email', 'email_verified'],
};

export function findAccount(_ctx: unknown, sub: string): Account | undefined {
  const persona = findPersona(sub);
  if (!persona) return undefined;
  return { accountId: persona.id, claims: () => personaClaims(persona) };
}

/**
 * Extra claims of every JWT access token: the function addresses the bearer may act for.
 * A user's token carries the persona's, with her name, IdP groups, roles and organisation (the
 * MK gateway authorises the superuser console on the roles and organisation); a
 * client-credentials token the system client's addresses.
 */
export function extraTokenClaims(_ctx: unknown, token: TokenLike): Record<string, unknown> | undefined {
  if (token.accountId !== undefined) {
    const persona = findPersona(token.accountId);
    if (!persona) return { [CLAIMS.authId]: [], [CLAIMS.groups]: [] };
    return {
      [CLAIMS.authId]: [...persona.functionAddresses],
      [CLAIMS.groups]: [...persona.groups],
      name: persona.name,
      [CLAIMS.roles]: [...persona.roles],
      [CLAIMS.organizationId]: persona.organization.id,
      [CLAIMS.organizationName]: persona.organization.name,
    };
  }
  if (token.kind === 'ClientCredentials' && token.clientId === SYSTEM_CLIENT.clientId) {
    return { [CLAIMS.authId]: [...SYSTEM_CLIENT.functionAddresses] };
  }
  return undefined;
}
