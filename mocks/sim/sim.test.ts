// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, generateKeyPair } from 'jose';
import { validCreateRequest } from '../../src/sdk/rules/testing/validRequest';
import type { MessageResource } from '../../src/sdk/model';
import { CLAIMS, FA, SDK_SCOPES, SYSTEM_CLIENT } from '../personas';
import { API_AUDIENCE, startIdp, type RunningIdp } from '../idp/index';
import { signInAs } from '../idp/testing/browserFlow';
import { mayActFor } from '../store/visibility';
import { startMtSim, type RunningMtSim } from './index';

const APP = 'http://localhost:5998';
let idp: RunningIdp;
let sim: RunningMtSim;
let systemToken: string;

async function clientCredentialsToken(): Promise<string> {
  const basic = Buffer.from(`${SYSTEM_CLIENT.clientId}:${SYSTEM_CLIENT.clientSecret}`).toString('base64');
  const res = await fetch(`${idp.issuer}/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}` },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: SDK_SCOPES.join(' ') }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

beforeAll(async () => {
  idp = await startIdp({ port: 0, appOrigin: APP });
  sim = await startMtSim({ port: 0, issuer: idp.issuer, appOrigin: APP, clockSpeed: 0 });
  systemToken = await clientCredentialsToken();
});
afterAll(async () => {
  await sim?.close();
  await idp?.close();
});

function api(path: string, init: RequestInit = {}, token: string | null = systemToken): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(`${sim.url}/api${path}`, { ...init, headers });
}

function mailboxesOf(message: MessageResource): (string | undefined)[] {
  const { senderAttention, recipientAttention } = message.attributes;
  return [senderAttention?.subOrganization?.extension, recipientAttention?.subOrganization?.extension];
}

describe('message-service simulator with tokens from the local IdP', () => {
  it('lists only the messages of the system client\'s function addresses', async () => {
    const res = await api('/sdk/messages');
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: MessageResource[] };
    expect(data.length).toBeGreaterThan(0);
    for (const message of data) {
      expect(mailboxesOf(message).some((fa) => fa !== undefined && mayActFor(SYSTEM_CLIENT.functionAddresses, fa))).toBe(true);
    }
  });

  it('lets the system client send from a function address of its organisations that no persona has (registered later in the console)', async () => {
    const registered = 'sdk:familjeratt-simtest:0203:malmo.se';
    const published = await fetch(`${sim.url}/api/__sim/address-book/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: registered, name: 'Familjerätt' }),
    });
    expect(published.status).toBe(200);
    const request = validCreateRequest();
    const sender = request.data.attributes.senderAttention;
    if (sender) sender.subOrganization.extension = registered;
    const res = await api('/sdk/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
    expect(res.status).toBe(201);

    // Not for another organisation's address, even one in the address book.
    const other = validCreateRequest();
    other.data.attributes.sender = '0203:helsingborg.se';
    if (other.data.attributes.senderAttention) other.data.attributes.senderAttention.subOrganization.extension = 'sdk:overformyndare:0203:helsingborg.se';
    expect((await api('/sdk/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(other) })).status).toBe(403);
  });

  it('accepts a valid message (201 + Location) and then serves it', async () => {
    const res = await api('/sdk/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(validCreateRequest()),
    });
    expect(res.status).toBe(201);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/\/sdk\/messages\/[^/]+$/);
    const id = location.split('/').pop() ?? '';
    const single = await api(`/sdk/messages/${id}`);
    expect(single.status).toBe(200);
  });

  it('takes a large message body (well over body-parser defaults) through to the handlers', async () => {
    const request = validCreateRequest();
    const content = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3 * 1024 * 1024, 'x')]).toString('base64');
    const doc = request.data.attributes.digitalDocument?.[0];
    doc?.contentFiles?.push({ fileName: 'stor.pdf', contentType: 'application/pdf', content });
    const res = await api('/sdk/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    expect(res.status).toBe(201);
  });

  it('answers 401 without a token and with a token signed by another key', async () => {
    expect((await api('/sdk/messages', {}, null)).status).toBe(401);

    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ scope: SDK_SCOPES.join(' '), [CLAIMS.authId]: [FA.malmoBarnUnga] })
      .setProtectedHeader({ alg: 'RS256', kid: 'forged' })
      .setIssuer(idp.issuer)
      .setAudience(API_AUDIENCE)
      .setSubject('anna')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    expect((await api('/sdk/messages', {}, forged)).status).toBe(401);
  });

  it('accepts a signed-in persona\'s token and limits it to her function addresses', async () => {
    const { tokens } = await signInAs(idp.issuer, APP, 'erik');
    const res = await api('/sdk/messages', {}, tokens.access_token);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: MessageResource[] };
    for (const message of data) expect(mailboxesOf(message)).toContain(FA.lundSocialtjanst);
  });

  it('lets the app origin call it across origins (preflight, Location exposed)', async () => {
    const preflight = await fetch(`${sim.url}/api/sdk/messages`, {
      method: 'OPTIONS',
      headers: {
        origin: APP,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/i);

    const res = await api('/sdk/messages', { headers: { origin: APP } });
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Location/);

    const other = await api('/sdk/messages', { headers: { origin: 'http://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
