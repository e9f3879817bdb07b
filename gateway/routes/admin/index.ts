/**
 * /mk/admin/…: the superuser console's API (issue 9, ADR 0013). Every route under it is behind
 * requireSuperuser (401 without a valid token, 403 without the superuser role or an
 * organisation), so a section's routes need only add themselves below (one line each) and
 * compare mailboxes with `c.var.admin.organizationId`.
 */
import { Hono } from 'hono';
import type { GatewayDeps, GatewayEnv } from '../../http/env';
import { requireSuperuser, type AdminEnv } from './requireSuperuser';

export const ADMIN_PREFIX = '/mk/admin';

export function adminRoutes(deps: GatewayDeps): Hono<GatewayEnv> {
  const admin = new Hono<AdminEnv>();
  admin.use('*', requireSuperuser(deps.verifyToken));
  admin.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'private, no-store');
  });
  // Sections' routes (one line each):
  admin.get('/whoami', (c) => c.json({ subject: c.var.admin.subject, name: c.var.admin.name ?? null, organizationId: c.var.admin.organizationId }));

  const routes = new Hono<GatewayEnv>();
  routes.route(ADMIN_PREFIX, admin as unknown as Hono<GatewayEnv>);
  return routes;
}
