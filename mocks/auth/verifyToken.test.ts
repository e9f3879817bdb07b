// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../personas';
import { createTestTokenVerifier, issueTestToken } from '../testing';
import { claimsFromPayload, InvalidTokenError } from './verifyToken';

describe('access token claims', () => {
  it('reads scopes from the space-separated scope claim and auth_id as array or string', () => {
    expect(claimsFromPayload({ sub: 'anna', scope: 'urn:sdk.api:getMessage  openid', [CLAIMS.authId]: ['a', 'b'] })).toEqual({
      subject: 'anna',
      scopes: ['urn:sdk.api:getMessage', 'openid'],
      authIds: ['a', 'b'],
    });
    expect(claimsFromPayload({ sub: 'x', client_id: 'mk-backend', [CLAIMS.authId]: 'sdk:a:0203:malmo.se' })).toEqual({
      subject: 'x',
      clientId: 'mk-backend',
      scopes: [],
      authIds: ['sdk:a:0203:malmo.se'],
    });
  });

  it('treats a client-credentials token without sub as the client', () => {
    expect(claimsFromPayload({ client_id: 'mk-backend' }).subject).toBe('mk-backend');
  });

  it('verifies a signed token and rejects an expired one with InvalidTokenError', async () => {
    const verify = createTestTokenVerifier();
    const claims = await verify(await issueTestToken({ authIds: ['sdk:a:0203:lund.se'], scopes: ['urn:sdk.api:getMessage'], subject: 'erik' }));
    expect(claims).toMatchObject({ subject: 'erik', scopes: ['urn:sdk.api:getMessage'], authIds: ['sdk:a:0203:lund.se'] });
    await expect(verify(await issueTestToken({ authIds: [], expiresInSeconds: -10 }))).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
