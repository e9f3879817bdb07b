/**
 * In front of every /mk/admin route (the superuser console, issue 9, ADR 0013): a valid access
 * token (401 otherwise, as everywhere), the role `superuser` in the token's roles claim and an
 * organisation in its organisation claim (403 otherwise). The route then finds the admin on the
 * context (`c.var.admin`): her sub, name and organisation. A superuser administers only her own
 * organisation's mailboxes: routes compare a mailbox's organisation with `c.var.admin.organizationId`
 * (see `ownMailbox`) and answer 404 for another organisation's, so its existence is not revealed.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { forbiddenResponse, problemInstance } from '../../../src/api/problemResponses';
import type { AccessTokenVerifier } from '../../auth/accessToken';
import { authenticate } from '../../auth/authenticate';
import type { Mailbox } from '../../db/schema';
import type { GatewayDeps, GatewayEnv } from '../../http/env';
import { withDatabase } from '../../http/problems';

export const SUPERUSER_ROLE = 'superuser';

export interface Admin {
  subject: string;
  name: string | undefined;
  organizationId: string;
}

export interface AdminEnv extends GatewayEnv {
  Variables: GatewayEnv['Variables'] & { admin: Admin };
}

export type AdminContext = Context<AdminEnv>;

export function requireSuperuser(verify: AccessTokenVerifier): MiddlewareHandler<AdminEnv> {
  const signedIn = authenticate(verify) as unknown as MiddlewareHandler<AdminEnv>;
  return createMiddleware<AdminEnv>(async (c, next) => {
    let refused: Response | undefined;
    const answered = await signedIn(c, async () => {
      const user = c.var.user;
      const instance = problemInstance(c.req.url);
      if (!user.roles.includes(SUPERUSER_ROLE)) {
        refused = forbiddenResponse('The superuser console is only for users with the superuser role.', instance);
        return;
      }
      if (!user.organizationId) {
        refused = forbiddenResponse('The access token names no organisation; the console administers one organisation only.', instance);
        return;
      }
      c.set('admin', { subject: user.subject, name: user.name, organizationId: user.organizationId });
      await next();
    });
    return refused ?? answered ?? undefined;
  });
}

/** The mailbox when it exists and belongs to the admin's organisation; otherwise undefined. */
export async function ownMailbox(deps: GatewayDeps, c: AdminContext, mailboxId: string): Promise<Mailbox | undefined> {
  const row = await withDatabase(() => deps.db.db.selectFrom('mailboxes').selectAll().where('id', '=', mailboxId).executeTakeFirst());
  return row && row.organization_id === c.var.admin.organizationId ? row : undefined;
}
