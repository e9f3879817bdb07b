// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FA } from '../personas';
import { callApi, issueTestToken, testMessageRequest, useMockService } from '../testing';

useMockService();

const anna = () => issueTestToken({ authIds: [FA.malmoBarnUnga, FA.malmoAldreomsorg] });

/** Tamper with the signature part so the token no longer verifies. */
function breakSignature(token: string): string {
  const [header, payload, signature = ''] = token.split('.');
  const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
  return `${header}.${payload}.${flipped}`;
}

async function expectUnauthorized(response: Response) {
  expect(response.status).toBe(401);
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer error="invalid_token"/);
  const problem = await response.json();
  expect(problem).toMatchObject({ status: 401, title: 'Unauthorized' });
  expect(problem.detail).toEqual(expect.any(String));
  return problem;
}

describe('authentication on every route', () => {
  const routes: Array<[string, string]> = [
    ['GET', '/sdk/messages'],
    ['POST', '/sdk/messages'],
    ['GET', '/sdk/messages/00000000-0000-4000-8000-000000000000'],
    ['DELETE', '/sdk/messages/00000000-0000-4000-8000-000000000000'],
    ['GET', '/addressbook/organizations'],
    ['GET', '/addressbook/addresses'],
  ];

  it.each(routes)('%s %s without a token → 401', async (method, path) => {
    const problem = await expectUnauthorized(await callApi(path, { method, ...(method === 'POST' ? { body: testMessageRequest() } : {}) }));
    expect(problem.detail).toMatch(/No access token/);
  });

  it.each(routes)('%s %s with a bad signature → 401', async (method, path) => {
    const token = breakSignature(await anna());
    const problem = await expectUnauthorized(await callApi(path, { method, token }));
    expect(problem.detail).toMatch(/signature/);
  });

  it('refuses an expired token and says so', async () => {
    const token = await issueTestToken({ authIds: [FA.malmoBarnUnga], expiresInSeconds: -60 });
    const problem = await expectUnauthorized(await callApi('/sdk/messages', { token }));
    expect(problem.detail).toMatch(/expired/);
  });

  it('refuses a token from another issuer', async () => {
    const token = await issueTestToken({ authIds: [FA.malmoBarnUnga], issuer: 'http://evil.test' });
    const problem = await expectUnauthorized(await callApi('/addressbook/organizations', { token }));
    expect(problem.detail).toMatch(/iss/);
  });

  it('refuses a non-Bearer Authorization header and garbage tokens', async () => {
    const basic = await expectUnauthorized(await callApi('/sdk/messages', { headers: { Authorization: 'Basic dXNlcjpwYXNz' } }));
    expect(basic.detail).toMatch(/not a Bearer token/);
    const garbage = await expectUnauthorized(await callApi('/sdk/messages', { token: 'not-a-jwt' }));
    expect(garbage.detail).toMatch(/could not be verified/);
  });
});

describe('scopes per operation (B1.4.2 §5.1)', () => {
  const operations: Array<[string, string, string, unknown?]> = [
    ['urn:sdk.api:sendMessages', 'POST', '/sdk/messages', testMessageRequest()],
    ['urn:sdk.api:getMessageByFilter', 'GET', '/sdk/messages'],
    ['urn:sdk.api:getMessage', 'GET', '/sdk/messages/00000000-0000-4000-8000-000000000000'],
    ['urn:sdk.api:deleteMessage', 'DELETE', '/sdk/messages/00000000-0000-4000-8000-000000000000'],
  ];

  it.each(operations)('without %s: %s %s → 403 insufficient_scope', async (scope, method, path, body) => {
    const allButOne = ['urn:sdk.api:sendMessages', 'urn:sdk.api:getMessage', 'urn:sdk.api:getMessageByFilter', 'urn:sdk.api:deleteMessage'].filter(
      (s) => s !== scope,
    );
    const token = await issueTestToken({ authIds: [FA.malmoBarnUnga], scopes: allButOne });
    const response = await callApi(path, { method, token, ...(body ? { body } : {}) });
    expect(response.status).toBe(403);
    expect(response.headers.get('WWW-Authenticate')).toContain('error="insufficient_scope"');
    const problem = await response.json();
    expect(problem.status).toBe(403);
    expect(problem.detail).toContain(scope);
    expect(problem.detail).toContain('insufficient_scope');
  });

  it('with only its own scope an operation works', async () => {
    const token = await issueTestToken({ authIds: [FA.malmoBarnUnga], scopes: ['urn:sdk.api:getMessageByFilter'] });
    expect((await callApi('/sdk/messages', { token })).status).toBe(200);
  });

  it('the address book accepts any valid token, even one without SDK scopes', async () => {
    const token = await issueTestToken({ authIds: [], scopes: [] });
    expect((await callApi('/addressbook/organizations', { token })).status).toBe(200);
    expect((await callApi('/addressbook/addresses', { token })).status).toBe(200);
  });
});
