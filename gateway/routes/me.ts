/**
 * GET /mk/me: who the gateway takes the caller for and the function mailboxes the registry
 * grants her now, with the level. The app shows exactly these mailboxes (and polls this, so a
 * revoked grant removes the mailbox on the next poll).
 */
import { Hono } from 'hono';
import { authenticate } from '../auth/authenticate';
import type { GatewayDeps, GatewayEnv } from '../http/env';
import { mailboxesFor } from '../registry/grants';
import { recordPersonSeen } from '../registry/people';

export function meRoutes(deps: GatewayDeps): Hono<GatewayEnv> {
  const routes = new Hono<GatewayEnv>();
  routes.get('/mk/me', authenticate(deps.verifyToken), async (c) => {
    const user = c.var.user;
    const now = deps.clock();
    const mailboxes = await mailboxesFor(deps.db.db, user, now);
    await recordPersonSeen(deps.db.db, user, now);
    c.header('Cache-Control', 'private, no-cache');
    return c.json({
      subject: user.subject,
      ...(user.name ? { name: user.name } : {}),
      mailboxes: mailboxes.map((m) => ({ id: m.id, name: m.name, organizationId: m.organizationId, level: m.level })),
    });
  });
  return routes;
}
