/**
 * Access tokens for Vitest, signed with a key pair generated once per test process, and the
 * matching verifier. Never used outside tests.
 */
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { BROWSER_CLIENT_ID, CLAIMS, SDK_SCOPES } from '../personas';
import { createJwtVerifier, type TokenVerifier } from '../auth/verifyToken';

export const TEST_ISSUER = 'http://idp.test';
const ALG = 'ES256';
const KID = 'test-key-1';

interface TestKeys {
  privateKey: CryptoKey;
  publicJwk: JWK;
}

let keys: Promise<TestKeys> | undefined;

function testKeys(): Promise<TestKeys> {
  keys ??= (async () => {
    const pair = await generateKeyPair(ALG);
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: ALG, use: 'sig' };
    return { privateKey: pair.privateKey, publicJwk };
  })();
  return keys;
}

export interface TestTokenOptions {
  authIds: string[];
  /** Default: all SDK scopes. */
  scopes?: string[];
  /** Default 300; negative gives an already expired token. */
  expiresInSeconds?: number;
  subject?: string;
  issuer?: string;
}

export async function issueTestToken(options: TestTokenOptions): Promise<string> {
  const { privateKey } = await testKeys();
  const now = Math.floor(Date.now() / 1000);
  const expiresIn = options.expiresInSeconds ?? 300;
  const issuedAt = Math.min(now, now + expiresIn - 60);
  return new SignJWT({
    scope: (options.scopes ?? [...SDK_SCOPES]).join(' '),
    client_id: BROWSER_CLIENT_ID,
    [CLAIMS.authId]: options.authIds,
  })
    .setProtectedHeader({ alg: ALG, kid: KID, typ: 'at+jwt' })
    .setIssuer(options.issuer ?? TEST_ISSUER)
    .setSubject(options.subject ?? 'test-user')
    .setIssuedAt(issuedAt)
    .setExpirationTime(now + expiresIn)
    .sign(privateKey);
}

/** Verifies tokens from issueTestToken (issuer TEST_ISSUER). */
export function createTestTokenVerifier(): TokenVerifier {
  const jwks = (async () => createLocalJWKSet({ keys: [(await testKeys()).publicJwk] }))();
  const verify = (async () => createJwtVerifier({ keys: await jwks, issuer: TEST_ISSUER }))();
  return async (token) => (await verify)(token);
}
