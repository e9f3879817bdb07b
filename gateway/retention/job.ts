/**
 * The daily retention job (ADR 0017): over every mailbox of the registry whose retention is not
 * 0, deletes the due messages in the message service. Leased like the address-book sync, so it
 * runs once per interval however many gateway instances share the database, and recorded in
 * job_runs with its counts. Each mailbox it deleted from (or failed on) gets an audit entry.
 */
import type { Kysely } from 'kysely';
import { createPeriodicJob, type PeriodicJob } from '../addressBook/job';
import type { GatewayDatabase } from '../db/schema';
import type { GatewayDeps } from '../http/env';
import type { Logger } from '../http/logger';
import { JobFailedError, withJobRun, type JobCounts } from '../jobs/jobRuns';
import { JOB_INSTANCE, RETENTION_JOB, RETENTION_JOB_SUBJECT, runRetention, type RetentionResult } from './retention';
import { retentionOf } from './settings';

export const DAY_MS = 24 * 60 * 60 * 1000;

export type RetentionDeps = Pick<GatewayDeps, 'db' | 'mt' | 'clock' | 'messageServiceClock' | 'retentionDefaultDays'>;

/** Written for every mailbox a run touched (the audit log's entry). */
export type RetentionAuditor = (db: Kysely<GatewayDatabase>, entry: { result: RetentionResult; actor: string; jobRunId: number | null; at: Date }) => Promise<void>;

/** One pass over every mailbox with a retention; the counts of the whole pass. */
export async function retentionPass(deps: RetentionDeps, options: { requestId: string; audit?: RetentionAuditor }): Promise<JobCounts> {
  const db = deps.db.db;
  const mailboxes = await db.selectFrom('mailboxes').select('id').orderBy('id').execute();
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
    if (result.due > 0 && options.audit) await options.audit(db, { result, actor: RETENTION_JOB_SUBJECT, jobRunId: null, at: deps.clock() });
  }
  if (errors.length > 0) throw new JobFailedError(errors.join('; '), counts);
  return counts;
}

export interface RetentionJobOptions {
  deps: RetentionDeps;
  intervalMs: number;
  instanceId: string;
  logger: Logger;
  audit?: RetentionAuditor;
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
      withJobRun(deps.db.db, RETENTION_JOB, () => retentionPass(deps, { requestId: `job:${RETENTION_JOB}:${options.instanceId}`, ...(options.audit ? { audit: options.audit } : {}) }), {
        instance: options.instanceId,
        now: deps.clock,
      }),
  });
}
