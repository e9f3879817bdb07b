/**
 * Bookkeeping of background jobs (ADR 0017): every run of a job is a row in job_runs, written
 * as `running` when it starts and completed with its outcome, what it counted and, when it
 * failed, the error's message (never content: jobs put numbers into counts and a short reason
 * into the error). The console's system status reads the last run of each job.
 */
import { sql, type Kysely } from 'kysely';
import type { GatewayDatabase, JobRunOutcome } from '../db/schema';

export type JobCounts = Record<string, number>;

export interface JobRunView {
  id: number;
  job: string;
  instance: string;
  startedAt: Date;
  finishedAt: Date | null;
  outcome: JobRunOutcome;
  counts: JobCounts;
  error: string | null;
}

export interface WithJobRunOptions {
  /** The gateway instance running it (default: 'local'). */
  instance?: string;
  now?: () => Date;
}

const MAX_ERROR_LENGTH = 500;

/** Numbers only: anything else a job returns is not kept. */
function countsOf(value: unknown): JobCounts {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1])));
}

/**
 * Runs `fn` as a recorded run of `job`: a row before it starts, completed after. Its result is
 * returned, and its number fields are the run's counts; an error is recorded and thrown on, so callers still see it.
 */
export async function withJobRun<T extends object | void>(
  db: Kysely<GatewayDatabase>,
  job: string,
  fn: () => Promise<T>,
  options: WithJobRunOptions = {},
): Promise<T> {
  const now = options.now ?? (() => new Date());
  const started = await db
    .insertInto('job_runs')
    .values({ job, instance: options.instance ?? 'local', started_at: now(), outcome: 'running', counts: '{}', error: null, finished_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const finish = (outcome: JobRunOutcome, counts: JobCounts, error: string | null) =>
    db.updateTable('job_runs').set({ outcome, counts: JSON.stringify(counts), error, finished_at: now() }).where('id', '=', started.id).execute();
  let result: T;
  try {
    result = await fn();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await finish('failed', countsOf((error as { counts?: unknown } | null)?.counts), message.slice(0, MAX_ERROR_LENGTH)).catch(() => undefined);
    throw error;
  }
  await finish('succeeded', countsOf(result), null);
  return result;
}

/** A failure that still reports what it counted before it failed. */
export class JobFailedError extends Error {
  constructor(
    message: string,
    readonly counts: JobCounts,
  ) {
    super(message);
    this.name = 'JobFailedError';
  }
}

const viewOf = (row: {
  id: number;
  job: string;
  instance: string;
  started_at: Date;
  finished_at: Date | null;
  outcome: JobRunOutcome;
  counts: Record<string, number>;
  error: string | null;
}): JobRunView => ({
  id: row.id,
  job: row.job,
  instance: row.instance,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  outcome: row.outcome,
  counts: countsOf(row.counts),
  error: row.error,
});

/** The newest run of every job that has run, by job name. */
export async function latestJobRuns(db: Kysely<GatewayDatabase>): Promise<JobRunView[]> {
  const rows = await db
    .selectFrom('job_runs')
    .selectAll()
    .where(({ eb, selectFrom }) =>
      eb('id', '=', selectFrom('job_runs as newer').select(sql<number>`max(newer.id)`.as('id')).whereRef('newer.job', '=', 'job_runs.job')),
    )
    .orderBy('job')
    .execute();
  return rows.map(viewOf);
}

/** The newest runs of one job, newest first. */
export async function jobRunsOf(db: Kysely<GatewayDatabase>, job: string, limit = 20): Promise<JobRunView[]> {
  const rows = await db.selectFrom('job_runs').selectAll().where('job', '=', job).orderBy('id', 'desc').limit(limit).execute();
  return rows.map(viewOf);
}
