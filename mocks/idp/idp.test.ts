// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { BROWSER_CLIENT_ID, CLAIMS, FA, PERSONAS, SDK_SCOPES, SYSTEM_CLIENT } from '../personas';
import { API_AUDIENCE, startIdp, type RunningIdp } from './index';
import {
  Browser,
  authorizeUrl,
  autoSubmittedForm,
  createPkce,
  decodeJwtPayload,
  exchangeCode,
  signInAs,
} from './testing/browserFlow';

const APP = 'http://localhost:5999';
let idp: RunningIdp;

beforeAll(async () => {
  idp = await startIdp({ port: 0, appOrigin: APP });
});
afterAll(async () => {
  await idp?.close();
});

function basicAuth(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

async function verify(token: string) {
  const keys = createRemoteJWKSet(new URL(`${idp.issuer}/jwks`));
  return (await jwtVerify(token, keys, { issuer: idp.issuer, audience: API_AUDIENCE })).payload;
}

describe('discovery', () => {
  it('publishes the issuer, endpoints and SDK scopes, with CORS for the app', async () => {
    const res = await fetch(`${idp.issuer}/.well-known/openid-configuration`, { headers: { origin: APP } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    const doc = (await res.json()) as Record<string, unknown>;
    expect(doc.issuer).toBe(idp.issuer);
    expect(doc.token_endpoint).toBe(`${idp.issuer}/token`);
    expect(doc.end_session_endpoint).toBe(`${idp.issuer}/session/end`);
    expect(doc.scopes_supported).toEqual(expect.arrayContaining(['openid', 'profile', ...SDK_SCOPES]));
    expect(doc.code_challenge_methods_supported).toEqual(['S256']);
  });
});

describe('client credentials (system client)', () => {
  it('issues a signed JWT with the SDK scopes and the system client auth_id (basic and post)', async () => {
    const body = new URLSearchParams({ grant_type: 'client_credentials', scope: SDK_SCOPES.join(' ') });
    const viaBasic = await fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: { authorization: basicAuth(SYSTEM_CLIENT.clientId, SYSTEM_CLIENT.clientSecret) },
      body,
    });
    expect(viaBasic.status).toBe(200);
    const { access_token, expires_in } = (await viaBasic.json()) as { access_token: string; expires_in: number };
    expect(expires_in).toBeLessThanOrEqual(30 * 60);
    const payload = await verify(access_token);
    expect(payload.scope).toBe(SDK_SCOPES.join(' '));
    expect(payload[CLAIMS.authId]).toEqual(SYSTEM_CLIENT.functionAddresses);
    // Organisation-wide: a mailbox registered later in the console is covered too.
    expect(payload[CLAIMS.authId]).toEqual(expect.arrayContaining(['*:0203:malmo.se', '*:0203:lund.se', '*:0203:skane.se']));
    expect(payload.client_id).toBe(SYSTEM_CLIENT.clientId);

    body.set('client_id', SYSTEM_CLIENT.clientId);
    body.set('client_secret', SYSTEM_CLIENT.clientSecret);
    const viaPost = await fetch(`${idp.issuer}/token`, { method: 'POST', body });
    expect(viaPost.status).toBe(200);
  });

  it('refuses a wrong secret', async () => {
    const res = await fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: { authorization: basicAuth(SYSTEM_CLIENT.clientId, 'wrong') },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    expect(res.status).toBe(401);
  });
});

describe('authorization code + PKCE (browser client)', () => {
  it('signs in the login_hint persona directly and issues JWT, ID and refresh tokens', async () => {
    const { status, tokens } = await signInAs(idp.issuer, APP, 'erik');
    expect(status).toBe(200);

    const access = await verify(tokens.access_token);
    expect(access.sub).toBe('erik');
    expect(access[CLAIMS.authId]).toEqual([FA.lundSocialtjanst]);
    expect(access).toMatchObject({ name: 'Erik Johansson', [CLAIMS.roles]: ['caseworker'], [CLAIMS.organizationId]: '0203:lund.se' });
    expect(String(access.scope).split(' ').sort()).toEqual([...SDK_SCOPES].sort());

    const id = decodeJwtPayload(tokens.id_token ?? '');
    expect(id).toMatchObject({
      sub: 'erik',
      aud: BROWSER_CLIENT_ID,
      name: 'Erik Johansson',
      given_name: 'Erik',
      family_name: 'Johansson',
      email: 'erik.johansson@lund.se',
      [CLAIMS.roles]: ['caseworker'],
      [CLAIMS.organizationId]: '0203:lund.se',
      [CLAIMS.organizationName]: 'Lunds kommun',
      [CLAIMS.authId]: [FA.lundSocialtjanst],
    });

    expect(tokens.refresh_token).toBeTruthy();
    const refreshed = await fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: { origin: APP },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: BROWSER_CLIENT_ID,
        refresh_token: tokens.refresh_token ?? '',
      }),
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.headers.get('access-control-allow-origin')).toBe(APP);
    const renewed = (await refreshed.json()) as { access_token: string };
    expect((await verify(renewed.access_token))[CLAIMS.authId]).toEqual([FA.lundSocialtjanst]);
  });

  it('shows the Swedish chooser with every persona when there is no hint, and signs in the chosen one', async () => {
    const browser = new Browser();
    const pkce = createPkce();
    const { response, url } = await browser.follow(authorizeUrl({ issuer: idp.issuer, appOrigin: APP, pkce }), APP);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('Logga in – lokal testinloggning');
    for (const persona of PERSONAS) {
      expect(html).toContain(`value="${persona.id}"`);
      expect(html).toContain(persona.name);
    }

    const chosen = await browser.follow(`${url}/login`, APP, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'persona=sara',
    });
    const code = new URL(chosen.url).searchParams.get('code') ?? '';
    const { tokens } = await exchangeCode(idp.issuer, APP, code, pkce.verifier);
    expect(decodeJwtPayload(tokens.access_token)[CLAIMS.authId]).toEqual([FA.malmoRegistrator]);
    expect(decodeJwtPayload(tokens.access_token)).toMatchObject({ [CLAIMS.roles]: ['superuser', 'caseworker'], [CLAIMS.organizationId]: '0203:malmo.se' });
  });

  it('shows the chooser with a notice for an unknown hint, and for prompt=login', async () => {
    const unknown = await new Browser().follow(
      authorizeUrl({ issuer: idp.issuer, appOrigin: APP, pkce: createPkce(), loginHint: '<okänd>' }),
      APP,
    );
    const html = await unknown.response.text();
    expect(html).toContain('&lt;okänd&gt;');
    expect(html).not.toContain('<okänd>');

    const forced = await new Browser().follow(
      authorizeUrl({ issuer: idp.issuer, appOrigin: APP, pkce: createPkce(), loginHint: 'anna', prompt: 'login' }),
      APP,
    );
    expect(forced.response.status).toBe(200);
    expect(await forced.response.text()).toContain('value="nils"');
  });

  it('switches persona when a new hint names someone else than the signed-in persona', async () => {
    const browser = new Browser();
    await signInAs(idp.issuer, APP, 'anna', browser);
    const { tokens } = await signInAs(idp.issuer, APP, 'tove', browser);
    expect(decodeJwtPayload(tokens.access_token).sub).toBe('tove');
  });

  it('refuses a code exchange with the wrong code_verifier', async () => {
    const browser = new Browser();
    const pkce = createPkce();
    const { url } = await browser.follow(
      authorizeUrl({ issuer: idp.issuer, appOrigin: APP, pkce, loginHint: 'anna' }),
      APP,
    );
    const code = new URL(url).searchParams.get('code') ?? '';
    const { status } = await exchangeCode(idp.issuer, APP, code, createPkce().verifier);
    expect(status).toBe(400);
  });
});

describe('userinfo', () => {
  it('answers the persona\'s claims for her API access token (oidc-client-ts loadUserInfo), with CORS', async () => {
    const { tokens } = await signInAs(idp.issuer, APP, 'sara');
    const res = await fetch(`${idp.issuer}/me`, {
      headers: { authorization: `Bearer ${tokens.access_token}`, origin: APP },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(await res.json()).toMatchObject({
      sub: 'sara',
      name: 'Sara Nilsson',
      [CLAIMS.roles]: ['superuser', 'caseworker'],
      [CLAIMS.authId]: [FA.malmoRegistrator],
    });
  });

  it('refuses a missing or invalid token', async () => {
    expect((await fetch(`${idp.issuer}/me`)).status).toBe(401);
    const res = await fetch(`${idp.issuer}/me`, { headers: { authorization: 'Bearer not.a.jwt' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('invalid_token');
  });
});

describe('end session', () => {
  it('signs out without a question and redirects to the post-logout URI', async () => {
    const browser = new Browser();
    const { tokens } = await signInAs(idp.issuer, APP, 'anna', browser);
    const params = new URLSearchParams({
      id_token_hint: tokens.id_token ?? '',
      post_logout_redirect_uri: `${APP}/utloggad`,
      state: 'bye',
    });
    const page = await browser.request(`${idp.issuer}/session/end?${params}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('.submit();');
    expect(html).not.toMatch(/stay signed in|vill du logga ut/i);

    // What the self-submitting form posts.
    const form = autoSubmittedForm(html);
    expect(form?.fields.get('logout')).toBe('yes');
    const done = await browser.request(new URL(form?.action ?? '', idp.issuer).href, {
      method: 'POST',
      body: form?.fields,
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${APP}/utloggad?state=bye`);

    // The IdP session is gone: without a hint the chooser shows again.
    const again = await browser.follow(authorizeUrl({ issuer: idp.issuer, appOrigin: APP, pkce: createPkce() }), APP);
    expect(await again.response.text()).toContain('Logga in – lokal testinloggning');
  });
});

describe('errors', () => {
  it('renders an escaped Swedish error page for a bad authorization request', async () => {
    const res = await fetch(`${idp.issuer}/auth?client_id=${BROWSER_CLIENT_ID}&redirect_uri=${encodeURIComponent('https://evil.example/<x>')}&response_type=code&scope=openid`);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('Inloggningen kunde inte genomföras');
    expect(html).not.toContain('<x>');
  });
});
