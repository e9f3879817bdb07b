/**
 * The daily retention job (ADR 0017): over every mailbox of the registry whose retention is not
 * 0, deletes the due messages in the message service. Leased like the address-book sync, so it
 * runs once per interval however many gateway instances share the database, and recorded in
 * job_runs with its counts. Each mailbox it had due messages in gets an audit entry (retention.run).
 */
import { createPeriodicJob, type PeriodicJob } from '../addressBook/job';
import type { GatewayDeps } from '../http/env';
import type { Logger } from '../http/logger';
import { JobFailedError, withJobRun, type JobCounts } from '../jobs/jobRuns';
import { recordAudit } from '../registry/auditLog';
import { JOB_INSTANCE, RETENTION_JOB, RETENTION_JOB_SUBJECT, runRetention, type RetentionResult } from './retention';
import { retentionOf } from './settings';

export const DAY_MS = 24 * 60 * 60 * 1000;

export type RetentionDeps = Pick<GatewayDeps, 'db' | 'mt' | 'clock' | 'messageServiceClock' | 'retentionDefaultDays'>;

/** One pass over every mailbox with a retention; the counts of the whole pass. */
export async function retentionPass(deps: RetentionDeps, options: { requestId: string }): Promise<JobCounts> {
  const db = deps.db.db;
  const mailboxes = await db.selectFrom('mailboxes').select(['id', 'organization_id']).orderBy('id').execute();
  const organizationOf = new Map(mailboxes.map((m) => [m.id, m.organization_id]));
  const settings = await retentionOf(db, mailboxes.map((m) => m.id), deps.retentionDefaultDays ?? 0);
  const counts = { mailboxes: 0, due: 0, deleted: 0, gone: 0, failed: 0 };
  const errors: string[] = [];
  for (const setting of settings.filter((s) => s.days > 0)) {
    counts.mailboxes += 1;
    let result: RetentionResult;
    try {
      result = await runRetention(deps, setting.mailboxId, { subject: RETENTION_JOB_SUBJECT, requestId: options.requestId }, JOB_INSTANCE);
    } catch (error) {
      errors.push(`${setting.mailboxId}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    counts.due += result.due;
    counts.deleted += result.deleted;
    counts.gone += result.gone;
    counts.failed += result.failed;
    if (result.due > 0) {
      await recordAudit(db, {
        at: deps.clock(),
        actor: { subject: RETENTION_JOB_SUBJECT, name: 'Gallring (daglig)' },
        organizationId: organizationOf.get(setting.mailboxId) ?? '',
        mailboxId: setting.mailboxId,
        kind: 'retention.run',
        summary: { trigger: 'job', days: result.days, due: result.due, deleted: result.deleted, gone: result.gone, failed: result.failed },
      });
    }
  }
  if (errors.length > 0) throw new JobFailedError(errors.join('; '), counts);
  return counts;
}

export interface RetentionJobOptions {
  deps: RetentionDeps;
  intervalMs: number;
  instanceId: string;
  logger: Logger;
  checkEveryMs?: number;
}

export function createRetentionJob(options: RetentionJobOptions): PeriodicJob {
  const { deps } = options;
  return createPeriodicJob({
    db: deps.db.db,
    name: RETENTION_JOB,
    intervalMs: options.intervalMs,
    instanceId: options.instanceId,
    logger: options.logger,
    now: deps.clock,
    ...(options.checkEveryMs ? { checkEveryMs: options.checkEveryMs } : {}),
    run: () =>
      withJobRun(deps.db.db, RETENTION_JOB, () => retentionPass(deps, { requestId: `job:${RETENTION_JOB}:${options.instanceId}` }), {
        instance: options.instanceId,
        now: deps.clock,
      }),
  });
}
