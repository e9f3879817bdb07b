/**
 * The daily pruning of the audit log (ADR 0018): leased like the other jobs, so it runs once a
 * day however many gateway instances share the database, and recorded in job_runs with its
 * counts (organisations pruned, audit entries and access-log rows deleted).
 */
import { createPeriodicJob, type PeriodicJob } from '../addressBook/job';
import type { GatewayDb } from '../db/database';
import type { Logger } from '../http/logger';
import { withJobRun } from '../jobs/jobRuns';
import { AUDIT_LOG_PRUNE_JOB, pruneAuditLogs } from './retention';

export const AUDIT_LOG_PRUNE_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface AuditLogPruneJobOptions {
  db: GatewayDb;
  clock: () => Date;
  defaultDays: number;
  instanceId: string;
  logger: Logger;
  intervalMs?: number;
  checkEveryMs?: number;
}

export function createAuditLogPruneJob(options: AuditLogPruneJobOptions): PeriodicJob {
  const db = options.db.db;
  return createPeriodicJob({
    db,
    name: AUDIT_LOG_PRUNE_JOB,
    intervalMs: options.intervalMs ?? AUDIT_LOG_PRUNE_INTERVAL_MS,
    instanceId: options.instanceId,
    logger: options.logger,
    now: options.clock,
    ...(options.checkEveryMs ? { checkEveryMs: options.checkEveryMs } : {}),
    run: () =>
      withJobRun(db, AUDIT_LOG_PRUNE_JOB, () => pruneAuditLogs(db, { defaultDays: options.defaultDays, now: options.clock() }), {
        instance: options.instanceId,
        now: options.clock,
      }),
  });
}
