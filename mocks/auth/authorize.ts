/**
 * Bearer-token check at the start of every mock API route: 401 for a missing or invalid
 * token, 403 when the operation's scope is missing (B1.4.2 §5.1).
 */
import { insufficientScopeResponse, problemInstance, unauthorizedResponse } from '../http/problemResponses';
import { InvalidTokenError, type AccessClaims, type TokenVerifier } from './verifyToken';

import { OPERATION_SCOPES } from '../personas';

export { OPERATION_SCOPES };

export type AuthorizeResult = { claims: AccessClaims; response?: never } | { claims?: never; response: Response };

const BEARER = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)$/i;

/** `requiredScope` undefined = any valid token (address book). */
export async function authorize(
  request: Request,
  verifyToken: TokenVerifier,
  requiredScope: string | undefined,
): Promise<AuthorizeResult> {
  const instance = problemInstance(request.url);
  const header = request.headers.get('Authorization');
  if (!header) return { response: unauthorizedResponse('No access token (Authorization: Bearer) in the request.', instance) };
  const token = BEARER.exec(header.trim())?.[1];
  if (!token) return { response: unauthorizedResponse('The Authorization header is not a Bearer token.', instance) };

  let claims: AccessClaims;
  try {
    claims = await verifyToken(token);
  } catch (error) {
    const detail = error instanceof InvalidTokenError ? error.detail : 'The access token could not be verified.';
    return { response: unauthorizedResponse(detail, instance) };
  }
  if (requiredScope !== undefined && !claims.scopes.includes(requiredScope)) {
    return { response: insufficientScopeResponse(requiredScope, instance) };
  }
  return { claims };
}
