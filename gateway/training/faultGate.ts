/**
 * Faults the gateway plays for one practice account (ADR 0016): "the message service is
 * unavailable for N minutes" (503 on the message routes, as when the real service is down) and
 * "the session expires" (401 for every token issued before the fault, so the app renews or
 * signs in again). Only subjects that are practice accounts are looked up; the token is only
 * decoded here (the route itself verifies it), and a fault can only ever refuse.
 */
import { createMiddleware } from 'hono/factory';
import { decodeJwt } from 'jose';
import { problemInstance, unauthorizedResponse } from '../../src/api/problemResponses';
import { parsePracticeAccount } from '../../src/sdk/training/practice';
import type { GatewayDeps, GatewayEnv } from '../http/env';
import { unavailableResponse, withDatabase } from '../http/problems';

export function trainingFaultGate(deps: GatewayDeps) {
  return createMiddleware<GatewayEnv>(async (c, next) => {
    const token = /^Bearer[ ]+(\S+)$/i.exec(c.req.header('Authorization')?.trim() ?? '')?.[1];
    let sub: unknown;
    let issuedAt: number | undefined;
    try {
      const payload = token ? decodeJwt(token) : undefined;
      sub = payload?.sub;
      issuedAt = payload?.iat;
    } catch {
      sub = undefined;
    }
    if (typeof sub !== 'string' || !parsePracticeAccount(sub)) return next();
    const now = deps.clock();
    const faults = await withDatabase(() =>
      deps.db.db.selectFrom('training_faults').select(['kind', 'at', 'until']).where('account_id', '=', sub).where('kind', 'in', ['unavailable', 'session-expires']).execute(),
    );
    const instance = problemInstance(c.req.url);
    if (faults.some((f) => f.kind === 'session-expires' && issuedAt !== undefined && f.at.getTime() > issuedAt * 1000)) {
      return unauthorizedResponse('The session has expired (a practice fault); sign in again.', instance);
    }
    if (faults.some((f) => f.kind === 'unavailable' && f.until && f.until > now)) {
      return unavailableResponse('The message service is unavailable just now (a practice fault); try again in a few minutes.', instance);
    }
    return next();
  });
}
