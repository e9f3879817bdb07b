/**
 * Verifies a user's access token from the organisation's IdP: signature against the IdP's keys
 * (JWKS), issuer, audience and expiry (jose), then reads what the gateway authorises on. The
 * mailboxes a user may use are NOT read from the token: they come from the registry.
 */
import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

export interface UserClaims {
  subject: string;
  scopes: string[];
  /** IdP groups (the `groups` claim): grants may name a group. */
  groups: string[];
  /** Roles (the `urn:sdk-mk:roles` claim): `superuser` opens the console's admin API. */
  roles: string[];
  name?: string;
  organizationId?: string;
}

export type AccessTokenVerifier = (token: string) => Promise<UserClaims>;

export interface AccessTokenVerifierOptions {
  keys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
  /** Claim names; defaults match the local IdP. */
  claims?: { groups?: string; organizationId?: string; roles?: string };
  /** Allowed clock difference with the IdP. */
  clockToleranceSeconds?: number;
}

/** Why a token was refused; `detail` is safe to show to the caller. */
export class InvalidTokenError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'InvalidTokenError';
  }
}

export const DEFAULT_GROUPS_CLAIM = 'groups';
export const DEFAULT_ORGANIZATION_CLAIM = 'urn:sdk-mk:organization_id';
export const DEFAULT_ROLES_CLAIM = 'urn:sdk-mk:roles';

export function createAccessTokenVerifier(options: AccessTokenVerifierOptions): AccessTokenVerifier {
  const groupsClaim = options.claims?.groups ?? DEFAULT_GROUPS_CLAIM;
  const organizationClaim = options.claims?.organizationId ?? DEFAULT_ORGANIZATION_CLAIM;
  const rolesClaim = options.claims?.roles ?? DEFAULT_ROLES_CLAIM;
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        issuer: options.issuer,
        audience: options.audience,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: options.clockToleranceSeconds ?? 30,
      }));
    } catch (error) {
      throw new InvalidTokenError(describeJoseError(error));
    }
    const name = text(payload['name']);
    const organizationId = text(payload[organizationClaim]);
    return {
      subject: String(payload.sub),
      scopes: typeof payload['scope'] === 'string' ? payload['scope'].split(' ').filter(Boolean) : list(payload['scope']),
      groups: list(payload[groupsClaim]),
      roles: list(payload[rolesClaim]),
      ...(name ? { name } : {}),
      ...(organizationId ? { organizationId } : {}),
    };
  };
}

function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The access token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The access token's "${error.claim}" claim is not accepted.`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The access token signature is invalid.';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The access token is signed with an unknown key.';
  return 'The access token could not be verified.';
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function list(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
}
