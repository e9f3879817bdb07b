/**
 * Access-token verification for the mock message service, as an SDK message service (MT) would do
 * it (B1.4.2 §5): a signed JWT from the organisation's authorization server, scopes per API
 * operation in `scope`, and the function addresses the caller may act for in the
 * urn:sdk.digg.se:auth_id claim.
 *
 * The key source is a parameter so the same code verifies tokens of the local IdP (remote JWKS,
 * browser and simulator) and of the test key pair (Vitest). Expiry is checked against real time,
 * never the simulated clock: tokens come from a real IdP.
 */
import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { CLAIMS } from '../personas';

export interface AccessClaims {
  subject: string;
  clientId?: string;
  scopes: string[];
  authIds: string[];
}

/** Resolves the token's claims; rejects (with InvalidTokenError) on invalid/expired/wrong issuer. */
export type TokenVerifier = (token: string) => Promise<AccessClaims>;

export interface JwtVerifierOptions {
  keys: JWTVerifyGetKey;
  issuer: string;
  audience?: string;
}

/** Why a token was refused; `detail` is safe to show to the API client. */
export class InvalidTokenError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'InvalidTokenError';
  }
}

export function createJwtVerifier(options: JwtVerifierOptions): TokenVerifier {
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        issuer: options.issuer,
        ...(options.audience ? { audience: options.audience } : {}),
      }));
    } catch (error) {
      throw new InvalidTokenError(describeJoseError(error));
    }
    return claimsFromPayload(payload);
  };
}

/** Maps verified JWT claims to what the message service authorises on. */
export function claimsFromPayload(payload: JWTPayload): AccessClaims {
  if (typeof payload.sub !== 'string' && typeof payload['client_id'] !== 'string') {
    throw new InvalidTokenError('The token has neither sub nor client_id.');
  }
  const clientId = stringClaim(payload['client_id']) ?? stringClaim(payload['azp']);
  return {
    subject: stringClaim(payload.sub) ?? clientId ?? '',
    ...(clientId ? { clientId } : {}),
    scopes: splitScope(payload['scope']),
    authIds: stringList(payload[CLAIMS.authId]),
  };
}

function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The access token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `The access token's "${error.claim}" claim is not accepted.`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The access token signature is invalid.';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The access token is signed with an unknown key.';
  return 'The access token could not be verified.';
}

function stringClaim(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function splitScope(value: unknown): string[] {
  if (typeof value === 'string') return value.split(' ').filter((s) => s !== '');
  return stringList(value);
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return [];
}
