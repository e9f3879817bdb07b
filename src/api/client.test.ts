import { describe, expect, it, vi } from 'vitest';
import { createApiClient, resolveBaseUrl } from './client';

function recordingFetch(statuses: number[]) {
  const requests: { url: string; method: string; authorization: string | null; body: string }[] = [];
  const fetchImpl = vi.fn<(input: RequestInfo | URL) => Promise<Response>>(async (input) => {
    const request = input as Request;
    requests.push({
      url: request.url,
      method: request.method,
      authorization: request.headers.get('Authorization'),
      body: request.body ? await request.text() : '',
    });
    const status = statuses[requests.length - 1] ?? 200;
    return new Response(JSON.stringify(status === 200 ? { data: [] } : { title: 'nope', status }), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return { fetchImpl: fetchImpl as unknown as typeof fetch, requests };
}

describe('createApiClient', () => {
  it('sends the access token as a bearer token to the resolved base URL', async () => {
    const { fetchImpl, requests } = recordingFetch([200]);
    const client = createApiClient({
      baseUrl: 'https://gw.example.se/api',
      getAccessToken: async () => 'token-1',
      fetch: fetchImpl,
    });
    const { response } = await client.GET('/sdk/messages/{messageId}', { params: { path: { messageId: 'm 1' } } });
    expect(response.status).toBe(200);
    expect(requests).toEqual([
      expect.objectContaining({ url: 'https://gw.example.se/api/sdk/messages/m%201', authorization: 'Bearer token-1' }),
    ]);
  });

  it('on 401 renews the session and retries once with the new token and the same body', async () => {
    const { fetchImpl, requests } = recordingFetch([401, 201]);
    let token = 'old';
    const onUnauthorized = vi.fn<() => Promise<boolean>>(async () => {
      token = 'new';
      return true;
    });
    const client = createApiClient({ baseUrl: 'https://gw.example.se/api', getAccessToken: async () => token, onUnauthorized, fetch: fetchImpl });
    const body = { data: { type: 'message', attributes: {} } } as never;
    const { response } = await client.POST('/sdk/messages', { body });

    expect(response.status).toBe(201);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requests.map((r) => r.authorization)).toEqual(['Bearer old', 'Bearer new']);
    expect(requests[1]?.body).toBe(requests[0]?.body);
    expect(requests[1]?.body).toContain('"type":"message"');
  });

  it('returns the second 401 to the caller instead of looping', async () => {
    const { fetchImpl, requests } = recordingFetch([401, 401, 200]);
    const onUnauthorized = vi.fn<() => Promise<boolean>>(async () => true);
    const client = createApiClient({ baseUrl: 'https://gw.example.se/api', getAccessToken: async () => 't', onUnauthorized, fetch: fetchImpl });
    const { response, error } = await client.GET('/sdk/messages/{messageId}', { params: { path: { messageId: 'x' } } });
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ status: 401 });
    expect(requests).toHaveLength(2);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('does not retry when renewal fails', async () => {
    const { fetchImpl, requests } = recordingFetch([401, 200]);
    const client = createApiClient({
      baseUrl: 'https://gw.example.se/api',
      getAccessToken: async () => 't',
      onUnauthorized: async () => false,
      fetch: fetchImpl,
    });
    const { response } = await client.GET('/sdk/messages/{messageId}', { params: { path: { messageId: 'x' } } });
    expect(response.status).toBe(401);
    expect(requests).toHaveLength(1);
  });

  it('sends no Authorization header when there is no token', async () => {
    const { fetchImpl, requests } = recordingFetch([200]);
    const client = createApiClient({ baseUrl: 'https://gw.example.se/api', getAccessToken: async () => null, fetch: fetchImpl });
    await client.GET('/sdk/messages/{messageId}', { params: { path: { messageId: 'x' } } });
    expect(requests[0]?.authorization).toBeNull();
  });

  it('uses globalThis.fetch at call time, not at creation (so MSW installed later still intercepts)', async () => {
    const client = createApiClient({ baseUrl: 'https://gw.example.se/api', getAccessToken: async () => 't' });
    const { fetchImpl, requests } = recordingFetch([200]);
    vi.stubGlobal('fetch', fetchImpl);
    try {
      await client.GET('/sdk/messages/{messageId}', { params: { path: { messageId: 'x' } } });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(requests).toHaveLength(1);
  });
});

describe('resolveBaseUrl', () => {
  it('resolves a relative base URL against the page origin', () => {
    expect(resolveBaseUrl('/api')).toBe(`${window.location.origin}/api`);
    expect(resolveBaseUrl('/api/')).toBe(`${window.location.origin}/api`);
  });
  it('keeps an absolute URL', () => {
    expect(resolveBaseUrl('https://gw.example.se/mk/api/')).toBe('https://gw.example.se/mk/api');
  });
});
