/**
 * How long each organisation keeps its audit log (ADR 0018; table audit_log_settings, migration
 * 0007), and the pruning of what is older. The setting is per organisation (the superuser's, on
 * the console's log page); without one the organisation has the configured default
 * (AUDIT_LOG_RETENTION_DAYS). 0 keeps everything. Pruning covers the audit log (changes,
 * connection tests, retention runs), not the message access log: that one also tells the
 * gateway which mailboxes have had messages (a mailbox with messages is deactivated, never
 * removed), so it is kept until it has a retention of its own.
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
  deleted: number;
}

/**
 * One pass over every organisation that has audit entries: deletes those older than its
 * retention and, in the same transaction, records how many went (audit_log.pruned), so the
 * log says itself that it was shortened. An organisation with nothing to delete gets no entry;
 * the run's row in job_runs has the counts either way.
 */
export async function pruneAuditLogs(db: Kysely<GatewayDatabase>, options: { defaultDays: number; now: Date }): Promise<PruneCounts> {
  const [organizations, settings] = await Promise.all([
    db.selectFrom('audit_log').select('organization_id').distinct().orderBy('organization_id').execute(),
    db.selectFrom('audit_log_settings').select(['organization_id', 'retention_days']).execute(),
  ]);
  const daysOf = new Map(settings.map((s) => [s.organization_id, s.retention_days]));
  const counts: PruneCounts = { organizations: 0, deleted: 0 };
  for (const { organization_id: organizationId } of organizations) {
    const days = daysOf.get(organizationId) ?? options.defaultDays;
    const cutoff = auditLogCutoff(days, options.now);
    if (!cutoff) continue;
    counts.organizations += 1;
    const deleted = await db.transaction().execute(async (trx) => {
      const result = await trx.deleteFrom('audit_log').where('organization_id', '=', organizationId).where('at', '<', cutoff).executeTakeFirst();
      const n = Number(result.numDeletedRows);
      if (n > 0) {
        await recordAudit(trx, {
          at: options.now,
          actor: { subject: AUDIT_LOG_PRUNE_SUBJECT, name: 'Loggallring (daglig)' },
          organizationId,
          kind: 'audit_log.pruned',
          summary: { days, before: cutoff.toISOString(), deleted: n },
        });
      }
      return n;
    });
    counts.deleted += deleted;
  }
  return counts;
}
