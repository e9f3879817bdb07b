/**
 * /mk/admin/log/retention: how long the organisation's audit log is kept (ADR 0018). Behind
 * requireSuperuser, always the caller's own organisation. A change is one transaction with its
 * audit entry (audit_log.retention_updated, from and to); a value the rule refuses
 * (src/sdk/auditLog.ts: 0 or 365–3650) is a field-level 400 naming the reason.
 */
import { Hono } from 'hono';
import type { components } from '../../../src/api/schema.gen';
import { AUDIT_LOG_MAX_RETENTION_DAYS, AUDIT_LOG_MIN_RETENTION_DAYS, checkAuditLogRetentionDays } from '../../../src/sdk/auditLog';
import { auditLogRetentionOf, setAuditLogRetention, type AuditLogRetention } from '../../auditLog/retention';
import type { GatewayDeps } from '../../http/env';
import { withDatabase } from '../../http/problems';
import { recordAudit } from '../../registry/auditLog';
import { fieldIssuesResponse, jsonBody, notJsonResponse } from './adminHttp';
import type { AdminEnv } from './requireSuperuser';

type Schemas = components['schemas'];

export function auditLogRetentionRoutes(deps: GatewayDeps): Hono<AdminEnv> {
  const routes = new Hono<AdminEnv>();
  const db = deps.db.db;
  const defaultDays = deps.auditLogRetentionDays ?? 0;
  const view = (r: AuditLogRetention): Schemas['AuditLogRetention'] => ({
    days: r.days,
    source: r.source,
    defaultDays,
    minDays: AUDIT_LOG_MIN_RETENTION_DAYS,
    maxDays: AUDIT_LOG_MAX_RETENTION_DAYS,
    updatedBy: r.updatedBy,
    updatedAt: r.updatedAt?.toISOString() ?? null,
  });

  routes.get('/log/retention', async (c) => c.json(view(await withDatabase(() => auditLogRetentionOf(db, c.var.admin.organizationId, defaultDays)))));

  routes.put('/log/retention', async (c) => {
    const body = await jsonBody(c);
    if (!body) return notJsonResponse(c);
    const days = body['days'];
    const problem = checkAuditLogRetentionDays(days);
    if (problem || typeof days !== 'number') return fieldIssuesResponse(c, [{ field: 'days', code: problem ?? 'not-a-whole-number' }]);
    const organizationId = c.var.admin.organizationId;
    const now = deps.clock();
    const stored = await withDatabase(() =>
      db.transaction().execute(async (trx) => {
        const before = await auditLogRetentionOf(trx, organizationId, defaultDays);
        const by = { sub: c.var.admin.subject, name: c.var.admin.name ?? null };
        await setAuditLogRetention(trx, { organizationId, days, by, now });
        await recordAudit(trx, {
          at: now,
          actor: { subject: c.var.admin.subject, name: c.var.admin.name },
          organizationId,
          kind: 'audit_log.retention_updated',
          summary: { from: before.days, fromSource: before.source, to: days },
        });
        return auditLogRetentionOf(trx, organizationId, defaultDays);
      }),
    );
    return c.json(view(stored));
  });

  return routes;
}
