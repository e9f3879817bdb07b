import { describe, expect, it } from 'vitest';
import publicConfig from '../../public/config.json';
import { DEFAULT_CLAIMS, demoConfig, loadConfig, parseConfig } from './config';

function withChanges(change: (json: Record<string, unknown>) => void): unknown {
  const json = structuredClone(publicConfig) as unknown as Record<string, unknown>;
  change(json);
  return json;
}

function errorsOf(json: unknown) {
  const result = parseConfig(json);
  if (result.ok) throw new Error('expected the configuration to be rejected');
  return result.errors;
}

describe('parseConfig', () => {
  it('accepts public/config.json, which equals demoConfig', () => {
    expect(parseConfig(publicConfig)).toEqual({ ok: true, config: demoConfig });
  });

  it('fills in defaults for optional fields and always allows PDF', () => {
    const result = parseConfig({
      environment: 'QA',
      apiBaseUrl: 'https://gw.example.se/api',
      oidc: { authority: 'https://idp.example.se', clientId: 'mk', scopes: 'openid' },
      allowedAttachmentTypes: ['IMAGE/PNG'],
    });
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({
        claims: DEFAULT_CLAIMS,
        pollIntervalSeconds: 15,
        maxMessageBytes: 30 * 1024 * 1024,
        allowedAttachmentTypes: ['application/pdf', 'image/png'],
        mock: { enabled: false },
      }),
    });
  });

  it.each([
    ['environment', (j: Record<string, unknown>) => (j.environment = 'PRODUCTION'), 'måste vara ett av: DEMO, QA, PROD'],
    ['apiBaseUrl', (j: Record<string, unknown>) => (j.apiBaseUrl = 'api'), 'måste vara en sökväg som börjar med /'],
    ['oidc.authority', (j: Record<string, unknown>) => ((j.oidc as Record<string, unknown>).authority = 'idp.example.se'), 'måste vara en URL'],
    ['oidc.clientId', (j: Record<string, unknown>) => ((j.oidc as Record<string, unknown>).clientId = ''), 'får inte vara tomt'],
    ['oidc.scopes', (j: Record<string, unknown>) => ((j.oidc as Record<string, unknown>).scopes = 'profile'), 'måste innehålla openid'],
    ['claims.roles', (j: Record<string, unknown>) => ((j.claims as Record<string, unknown>).roles = 42), 'måste vara en text'],
    ['pollIntervalSeconds', (j: Record<string, unknown>) => (j.pollIntervalSeconds = 2), 'måste vara minst 5'],
    ['maxMessageBytes', (j: Record<string, unknown>) => (j.maxMessageBytes = '30 MB'), 'måste vara ett tal'],
    ['allowedAttachmentTypes.1', (j: Record<string, unknown>) => (j.allowedAttachmentTypes = ['application/pdf', 'pdf']), 'måste vara en MIME-typ'],
    ['mock.enabled', (j: Record<string, unknown>) => (j.mock = { enabled: 'yes' }), 'måste vara true eller false'],
  ])('names a bad %s with a Swedish explanation', (field, change, message) => {
    expect(errorsOf(withChanges(change))).toEqual([{ field, message: expect.stringContaining(message) }]);
  });

  it('names every missing required field', () => {
    const errors = errorsOf({ oidc: {} });
    expect(errors.map((e) => e.field)).toEqual(['environment', 'apiBaseUrl', 'oidc.authority', 'oidc.clientId', 'oidc.scopes']);
    expect(errors.every((e) => e.message === 'saknas (obligatoriskt fält)')).toBe(true);
  });

  it('names unknown (misspelt) keys instead of silently ignoring them', () => {
    const errors = errorsOf(
      withChanges((j) => {
        j.pollIntervalSecs = 30;
        (j.oidc as Record<string, unknown>).client_id = 'x';
      }),
    );
    expect(errors.map((e) => e.field).sort()).toEqual(['oidc.client_id', 'pollIntervalSecs']);
    expect(errors[0]?.message).toMatch(/okänt fält/);
  });

  it('names every unknown key of one object, not only the first', () => {
    const errors = errorsOf(
      withChanges((j) => {
        j.pollIntervalSecs = 30;
        j.maxMessageSize = 10;
      }),
    );
    expect(errors).toEqual([
      { field: 'pollIntervalSecs', message: expect.stringMatching(/^okänt fält/) },
      { field: 'maxMessageSize', message: expect.stringMatching(/^okänt fält/) },
    ]);
  });

  it('does not take a list for an object section', () => {
    expect(errorsOf(withChanges((j) => (j.oidc = ['https://idp.example.se'])))).toEqual([{ field: 'oidc', message: 'måste vara ett objekt' }]);
  });

  it('gives one line per bad field, the first problem found', () => {
    expect(errorsOf(withChanges((j) => ((j.oidc as Record<string, unknown>).scopes = ' ')))).toEqual([
      { field: 'oidc.scopes', message: 'får inte vara tomt' },
    ]);
  });

  it('rejects a file that is not an object', () => {
    expect(errorsOf([1, 2])).toEqual([{ field: '(hela filen)', message: 'måste vara ett objekt' }]);
  });
});

function respond(body: string, init: ResponseInit = {}): typeof fetch {
  return async () => new Response(body, init);
}

describe('loadConfig', () => {
  it('fetches config.json next to index.html without using the cache', async () => {
    const calls: [RequestInfo | URL, RequestInit | undefined][] = [];
    const result = await loadConfig(async (input, init) => {
      calls.push([input, init]);
      return new Response(JSON.stringify(publicConfig), { headers: { 'Content-Type': 'application/json' } });
    });
    expect(result).toEqual({ ok: true, config: demoConfig });
    expect(calls[0]?.[0]).toBe('/config.json');
    expect(calls[0]?.[1]).toMatchObject({ cache: 'no-store' });
  });

  it('reports a missing file (404)', async () => {
    expect(await loadConfig(respond('Not found', { status: 404 }))).toEqual({
      ok: false,
      problem: 'missing',
      errors: [{ field: 'config.json', message: 'saknas på servern (HTTP 404)' }],
    });
  });

  it('reports a missing file when the server answers with the app page instead', async () => {
    const result = await loadConfig(respond('<!doctype html><html></html>', { headers: { 'Content-Type': 'text/html' } }));
    expect(result).toMatchObject({ ok: false, problem: 'missing' });
  });

  it('reports a file that is not JSON', async () => {
    const result = await loadConfig(respond('{ "environment": "DEMO", }'));
    expect(result).toMatchObject({ ok: false, problem: 'not-json', errors: [{ field: 'config.json', message: expect.stringMatching(/^är inte giltig JSON/) }] });
  });

  it('reports a file that cannot be read (network error, server error)', async () => {
    const offline = await loadConfig(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(offline).toMatchObject({ ok: false, problem: 'unreadable', errors: [{ message: expect.stringContaining('Failed to fetch') }] });
    expect(await loadConfig(respond('oops', { status: 500 }))).toMatchObject({ ok: false, problem: 'unreadable' });
  });

  it('reports invalid fields and keeps the environment for the badge', async () => {
    const body = JSON.stringify(withChanges((j) => ((j.oidc as Record<string, unknown>).authority = 'nope')));
    expect(await loadConfig(respond(body))).toEqual({
      ok: false,
      problem: 'invalid',
      environment: 'DEMO',
      errors: [{ field: 'oidc.authority', message: 'måste vara en URL (http eller https)' }],
    });
  });
});
