/**
 * /mk/admin/…: the superuser console's API (issue 9, ADR 0013). Every route under it is behind
 * requireSuperuser (401 without a valid token, 403 without the superuser role or an
 * organisation), so a section's routes need only add themselves below (one line each) and
 * compare mailboxes with `c.var.admin.organizationId`.
 */
import { Hono } from 'hono';
import type { GatewayDeps, GatewayEnv } from '../../http/env';
import { adminAccessRoutes } from './access';
import { adminLogRoutes } from './log';
import { auditLogRetentionRoutes } from './logRetention';
import { adminMailboxRoutes } from './mailboxes';
import { connectionTestAdminRoutes } from './connectionTests';
import { requireSuperuser, type AdminEnv } from './requireSuperuser';
import { retentionRoutes } from './retention';
import { rolloutRoutes } from './rollout';

export const ADMIN_PREFIX = '/mk/admin';

export function adminRoutes(deps: GatewayDeps): Hono<GatewayEnv> {
  const admin = new Hono<AdminEnv>();
  admin.use('*', requireSuperuser(deps.verifyToken));
  admin.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'private, no-store');
  });
  // Sections' routes (one line each):
  admin.route('/', connectionTestAdminRoutes(deps));
  admin.route('/', retentionRoutes(deps));
  admin.route('/', rolloutRoutes(deps));
  admin.route('/', auditLogRetentionRoutes(deps));
  admin.get('/whoami', (c) => c.json({ subject: c.var.admin.subject, name: c.var.admin.name ?? null, organizationId: c.var.admin.organizationId }));
  admin.route('/', adminMailboxRoutes(deps));
  admin.route('/', adminAccessRoutes(deps));
  admin.route('/', adminLogRoutes(deps));

  const routes = new Hono<GatewayEnv>();
  routes.route(ADMIN_PREFIX, admin as unknown as Hono<GatewayEnv>);
  return routes;
}
