/**
 * How long each organisation keeps its audit log (ADR 0018; table audit_log_settings, migration
 * 0007), and the pruning of what is older. The setting is per organisation (the superuser's, on
 * the console's log page); without one the organisation has the configured default
 * (AUDIT_LOG_RETENTION_DAYS). 0 keeps everything. Pruning covers both the audit log (changes,
 * connection tests, retention runs) and the message access log of the organisation's mailboxes
 * (who opened, sent or deleted which message): whether a mailbox has messages is asked of the
 * message service, so nothing depends on the access log being complete (ADR 0018, addendum).
 */
import type { Kysely, Transaction } from 'kysely';
import { auditLogCutoff } from '../../src/sdk/auditLog';
import type { GatewayDatabase } from '../db/schema';
import { recordAudit } from '../registry/auditLog';

type Db = Kysely<GatewayDatabase> | Transaction<GatewayDatabase>;

export const AUDIT_LOG_PRUNE_JOB = 'audit-log-pruning';
/** The actor of the daily pruning's audit entries. */
export const AUDIT_LOG_PRUNE_SUBJECT = 'mk-audit-log-pruning';

export interface AuditLogRetention {
  days: number;
  source: 'organization' | 'default';
  updatedBy: { sub: string; name: string | null } | null;
  updatedAt: Date | null;
}

export async function auditLogRetentionOf(db: Db, organizationId: string, defaultDays: number): Promise<AuditLogRetention> {
  const row = await db.selectFrom('audit_log_settings').selectAll().where('organization_id', '=', organizationId).executeTakeFirst();
  return row
    ? { days: row.retention_days, source: 'organization', updatedBy: { sub: row.updated_by_sub, name: row.updated_by_name }, updatedAt: row.updated_at }
    : { days: defaultDays, source: 'default', updatedBy: null, updatedAt: null };
}

/** Sets the organisation's retention (in the caller's transaction, with its audit entry). */
export async function setAuditLogRetention(db: Db, input: { organizationId: string; days: number; by: { sub: string; name: string | null }; now: Date }): Promise<void> {
  const row = { retention_days: input.days, updated_by_sub: input.by.sub, updated_by_name: input.by.name, updated_at: input.now };
  await db
    .insertInto('audit_log_settings')
    .values({ organization_id: input.organizationId, ...row })
    .onConflict((oc) => oc.column('organization_id').doUpdateSet(row))
    .execute();
}

export interface PruneCounts {
  organizations: number;
  /** Audit-log entries deleted. */
  auditDeleted: number;
  /** Access-log rows deleted. */
  accessDeleted: number;
}

/**
 * One pass over every organisation that has audit entries or access-log rows: deletes those
 * older than its retention (access-log rows belong to the organisation of their mailbox, as on
 * the log page) and, in the same transaction, records how many of each went (audit_log.pruned),
 * so the log says itself that it was shortened. An organisation with nothing to delete gets no
 * entry; the run's row in job_runs has the counts either way.
 */
export async function pruneAuditLogs(db: Kysely<GatewayDatabase>, options: { defaultDays: number; now: Date }): Promise<PruneCounts> {
  const [audited, accessed, settings] = await Promise.all([
    db.selectFrom('audit_log').select('organization_id').distinct().execute(),
    db.selectFrom('access_log').innerJoin('mailboxes', 'mailboxes.id', 'access_log.mailbox_id').select('mailboxes.organization_id').distinct().execute(),
    db.selectFrom('audit_log_settings').select(['organization_id', 'retention_days']).execute(),
  ]);
  const organizations = [...new Set([...audited, ...accessed].map((r) => r.organization_id))].sort();
  const daysOf = new Map(settings.map((s) => [s.organization_id, s.retention_days]));
  const counts: PruneCounts = { organizations: 0, auditDeleted: 0, accessDeleted: 0 };
  for (const organizationId of organizations) {
    const days = daysOf.get(organizationId) ?? options.defaultDays;
    const cutoff = auditLogCutoff(days, options.now);
    if (!cutoff) continue;
    counts.organizations += 1;
    const deleted = await db.transaction().execute(async (trx) => {
      const audit = await trx.deleteFrom('audit_log').where('organization_id', '=', organizationId).where('at', '<', cutoff).executeTakeFirst();
      const access = await trx
        .deleteFrom('access_log')
        .where('mailbox_id', 'in', (eb) => eb.selectFrom('mailboxes').select('mailboxes.id').where('mailboxes.organization_id', '=', organizationId))
        .where('at', '<', cutoff)
        .executeTakeFirst();
      const n = { audit: Number(audit.numDeletedRows), access: Number(access.numDeletedRows) };
      if (n.audit + n.access > 0) {
        await recordAudit(trx, {
          at: options.now,
          actor: { subject: AUDIT_LOG_PRUNE_SUBJECT, name: 'Loggallring (daglig)' },
          organizationId,
          kind: 'audit_log.pruned',
          summary: { days, before: cutoff.toISOString(), auditDeleted: n.audit, accessDeleted: n.access },
        });
      }
      return n;
    });
    counts.auditDeleted += deleted.audit;
    counts.accessDeleted += deleted.access;
  }
  return counts;
}
