/**
 * The userinfo endpoint (GET/POST /me), answered here instead of by oidc-provider: its own
 * userinfo refuses access tokens with an audience, and every token of this IdP is a JWT for the
 * SDK API (aud urn:sdk-mk:api). So an app that loads userinfo (oidc-client-ts loadUserInfo) still
 * gets the persona's claims, verified from the same token the API accepts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { jwtVerify } from 'jose';
import { findPersona } from '../personas';
import { personaClaims } from './accounts';
import { API_AUDIENCE } from './configuration';

export const USERINFO_PATH = '/me';

export interface UserinfoOptions {
  issuer: string;
  appOrigin: string;
  /** Public half of the IdP's signing key. */
  publicKey: CryptoKey;
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (body === undefined) {
    res.end();
    return;
  }
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, error: string, description: string): void {
  send(res, 401, { error, error_description: description }, {
    'WWW-Authenticate': `Bearer error="${error}", error_description="${description}"`,
  });
}

/** Returns a handler that answers /me and resolves false for any other path. */
export function createUserinfoHandler({ issuer, appOrigin, publicKey }: UserinfoOptions) {
  return async function handleUserinfo(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (new URL(req.url ?? '/', 'http://idp.invalid').pathname !== USERINFO_PATH) return false;

    if (req.headers.origin === appOrigin) {
      res.setHeader('Access-Control-Allow-Origin', appOrigin);
      res.setHeader('Access-Control-Expose-Headers', 'WWW-Authenticate');
    }
    res.setHeader('Vary', 'Origin');
    if (req.method === 'OPTIONS') {
      send(res, 204, undefined, {
        'Access-Control-Allow-Methods': 'GET, POST',
        'Access-Control-Allow-Headers': 'Authorization',
      });
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'POST') {
      send(res, 405, undefined, { Allow: 'GET, POST' });
      return true;
    }

    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      refuse(res, 'invalid_request', 'no access token provided');
      return true;
    }
    try {
      const { payload } = await jwtVerify(token, publicKey, { issuer, audience: API_AUDIENCE });
      const persona = typeof payload.sub === 'string' ? findPersona(payload.sub) : undefined;
      if (!persona) {
        refuse(res, 'invalid_token', 'the access token does not belong to a person');
        return true;
      }
      send(res, 200, personaClaims(persona));
    } catch {
      refuse(res, 'invalid_token', 'invalid or expired access token');
    }
    return true;
  };
}
