/**
 * Users' access tokens for the gateway's tests, signed with a key pair made once per test
 * process, and the verifier that trusts exactly that key, issuer and audience. A second key
 * pair signs "forged" tokens.
 */
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { SDK_SCOPES } from '../../src/sdk/scopes';
import { createAccessTokenVerifier, DEFAULT_ORGANIZATION_CLAIM, DEFAULT_ROLES_CLAIM, type AccessTokenVerifier } from '../auth/accessToken';

export const GATEWAY_TEST_ISSUER = 'http://idp.gateway.test';
export const GATEWAY_TEST_AUDIENCE = 'urn:sdk-mk:api';
const ALG = 'ES256';

interface Pair {
  privateKey: CryptoKey;
  publicJwk: JWK;
}

let trusted: Promise<Pair> | undefined;
let forged: Promise<Pair> | undefined;

async function makePair(kid: string): Promise<Pair> {
  const pair = await generateKeyPair(ALG);
  return { privateKey: pair.privateKey, publicJwk: { ...(await exportJWK(pair.publicKey)), kid, alg: ALG, use: 'sig' } };
}

export interface UserTokenOptions {
  subject: string;
  groups?: string[];
  scopes?: string[];
  name?: string;
  /** The `urn:sdk-mk:roles` claim. */
  roles?: string[];
  /** The `urn:sdk-mk:organization_id` claim. */
  organizationId?: string;
  expiresInSeconds?: number;
  issuer?: string;
  audience?: string;
  /** Sign with a key the gateway does not trust (same kid). */
  forged?: boolean;
  /** More claims (e.g. roles and organisation, as the local IdP adds them). */
  claims?: Record<string, unknown>;
}

export async function issueUserToken(options: UserTokenOptions): Promise<string> {
  trusted ??= makePair('gw-test-1');
  forged ??= makePair('gw-test-1');
  const { privateKey } = await (options.forged ? forged : trusted);
  const now = Math.floor(Date.now() / 1000);
  const expiresIn = options.expiresInSeconds ?? 300;
  return new SignJWT({
    ...options.claims,
    scope: (options.scopes ?? [...SDK_SCOPES]).join(' '),
    groups: options.groups ?? [],
    ...(options.name ? { name: options.name } : {}),
    ...(options.roles ? { [DEFAULT_ROLES_CLAIM]: options.roles } : {}),
    ...(options.organizationId ? { [DEFAULT_ORGANIZATION_CLAIM]: options.organizationId } : {}),
  })
    .setProtectedHeader({ alg: ALG, kid: 'gw-test-1', typ: 'at+jwt' })
    .setIssuer(options.issuer ?? GATEWAY_TEST_ISSUER)
    .setAudience(options.audience ?? GATEWAY_TEST_AUDIENCE)
    .setSubject(options.subject)
    .setIssuedAt(Math.min(now, now + expiresIn - 60))
    .setExpirationTime(now + expiresIn)
    .sign(privateKey);
}

export function createTestUserVerifier(): AccessTokenVerifier {
  trusted ??= makePair('gw-test-1');
  const verifier = (async () =>
    createAccessTokenVerifier({
      keys: createLocalJWKSet({ keys: [(await trusted).publicJwk] }),
      issuer: GATEWAY_TEST_ISSUER,
      audience: GATEWAY_TEST_AUDIENCE,
      clockToleranceSeconds: 0,
    }))();
  return async (token) => (await verifier)(token);
}
