/**
 * Test helper: drives the IdP like a browser with fetch — manual redirects, a tiny cookie jar —
 * through Authorization Code + PKCE for the browser client. Node only.
 */
import { createHash, randomBytes } from 'node:crypto';
import { BROWSER_CLIENT_ID, SDK_SCOPES } from '../../personas';

export const BROWSER_SCOPE = ['openid', 'profile', 'email', 'offline_access', ...SDK_SCOPES].join(' ');

/** Cookies by name; paths are ignored, which is enough for one IdP origin. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [key = '', val = ''] = a.trim().split('=');
        const k = key.toLowerCase();
        return (k === 'max-age' && Number(val) <= 0) || (k === 'expires' && Date.parse(val) < Date.now());
      });
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export class Browser {
  readonly jar = new CookieJar();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.jar.header();
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.jar.store(response);
    return response;
  }

  /**
   * Follows redirects — and forms that submit themselves with JavaScript, as a browser would — until
   * a page or a URL starting with `stopAt`; returns the last response and URL.
   */
  async follow(url: string, stopAt: string, init: RequestInit = {}): Promise<{ response: Response; url: string }> {
    let current = url;
    let response = await this.request(current, init);
    for (let hops = 0; hops < 10; hops += 1) {
      const location = response.headers.get('location');
      if (response.status === 200 && !location) {
        const html = await response.clone().text();
        const form = autoSubmittedForm(html);
        if (!form) break;
        current = new URL(form.action, current).href;
        response = await this.request(current, { method: 'POST', body: form.fields });
        continue;
      }
      if (response.status < 300 || response.status >= 400 || !location) break;
      current = new URL(location, current).href;
      if (current.startsWith(stopAt)) break;
      response = await this.request(current);
    }
    return { response, url: current };
  }
}

/** The form of a page whose script submits it on load (oidc-provider's form_post, the IdP's sign-out page). */
export function autoSubmittedForm(html: string): { action: string; fields: URLSearchParams } | undefined {
  if (!/<script>[^<]*\.submit\(\)/.test(html)) return undefined;
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) return undefined;
  const fields = new URLSearchParams();
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    fields.append(m[1] ?? '', m[2] ?? '');
  }
  return { action: action.replaceAll('&amp;', '&'), fields };
}

export interface Pkce {
  verifier: string;
  challenge: string;
}

export function createPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

export interface AuthorizeOptions {
  issuer: string;
  appOrigin: string;
  pkce: Pkce;
  loginHint?: string;
  prompt?: string;
  state?: string;
}

export function authorizeUrl({ issuer, appOrigin, pkce, loginHint, prompt, state = 'st' }: AuthorizeOptions): string {
  const params = new URLSearchParams({
    client_id: BROWSER_CLIENT_ID,
    redirect_uri: `${appOrigin}/auth/callback`,
    response_type: 'code',
    scope: BROWSER_SCOPE,
    state,
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
  });
  if (loginHint) params.set('login_hint', loginHint);
  if (prompt) params.set('prompt', prompt);
  return `${issuer}/auth?${params}`;
}

export interface TokenResponse {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  expires_in: number;
  scope?: string;
  token_type: string;
}

export async function exchangeCode(
  issuer: string,
  appOrigin: string,
  code: string,
  verifier: string,
): Promise<{ status: number; tokens: TokenResponse }> {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: appOrigin },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: BROWSER_CLIENT_ID,
      code,
      code_verifier: verifier,
      redirect_uri: `${appOrigin}/auth/callback`,
    }),
  });
  return { status: response.status, tokens: (await response.json()) as TokenResponse };
}

/** Signs in as a persona through login_hint and returns the token response. */
export async function signInAs(issuer: string, appOrigin: string, personaId: string, browser = new Browser()) {
  const pkce = createPkce();
  const { url } = await browser.follow(authorizeUrl({ issuer, appOrigin, pkce, loginHint: personaId }), appOrigin);
  const code = new URL(url).searchParams.get('code');
  if (!code) throw new Error(`no code in ${url}`);
  return exchangeCode(issuer, appOrigin, code, pkce.verifier);
}

export function decodeJwtPayload(jwt: string): Record<string, unknown> {
  const part = jwt.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}
