/**
 * Bearer-token check in front of every API route: 401 for a missing, expired, forged or
 * foreign-issuer token; 403 when the operation's scope is missing (the same problems as the
 * message service's, so the app's renewal and error handling work unchanged).
 */
import { createMiddleware } from 'hono/factory';
import { insufficientScopeResponse, problemInstance, unauthorizedResponse } from '../../src/api/problemResponses';
import type { GatewayEnv } from '../http/env';
import { InvalidTokenError, type AccessTokenVerifier } from './accessToken';

const BEARER = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)$/i;

/** `scope` undefined = any valid token (address book, /mk/me). */
export function authenticate(verify: AccessTokenVerifier, scope?: string) {
  return createMiddleware<GatewayEnv>(async (c, next) => {
    const instance = problemInstance(c.req.url);
    const header = c.req.header('Authorization');
    if (!header) return unauthorizedResponse('No access token (Authorization: Bearer) in the request.', instance);
    const token = BEARER.exec(header.trim())?.[1];
    if (!token) return unauthorizedResponse('The Authorization header is not a Bearer token.', instance);
    try {
      c.set('user', await verify(token));
    } catch (error) {
      const detail = error instanceof InvalidTokenError ? error.detail : 'The access token could not be verified.';
      return unauthorizedResponse(detail, instance);
    }
    if (scope !== undefined && !c.var.user.scopes.includes(scope)) return insufficientScopeResponse(scope, instance);
    await next();
  });
}
