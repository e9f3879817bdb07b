/**
 * The course timeline as a background job (ADR 0016, ADR 0017): every few seconds, for every
 * started course (running or paused: a jump moves a paused course's time too), delivers what is
 * due — arriving messages, faults such as "the session expires" or "the receipt is late" — so a
 * course keeps its schedule when no trainer has the board open. Leased like the other jobs
 * (once per interval across instances); deliverDue's claim keeps a board poll at the same moment
 * from delivering anything twice. A run is recorded in job_runs only when there is a started
 * course, so an idle gateway does not fill job_runs every few seconds.
 */
import { createPeriodicJob, type PeriodicJob } from '../addressBook/job';
import type { GatewayDeps } from '../http/env';
import type { Logger } from '../http/logger';
import { withDatabase } from '../http/problems';
import { JobFailedError, withJobRun, type JobCounts } from '../jobs/jobRuns';
import { deliverDue } from './engine';

export const TRAINING_TIMELINE_JOB = 'training-timeline';
/** The problem "instance" of what the job sends (no request of a user behind it). */
const JOB_INSTANCE = `job:${TRAINING_TIMELINE_JOB}`;

/** One pass over the started courses; the counts of the pass. */
export async function advanceCourses(deps: GatewayDeps, codes: readonly string[]): Promise<JobCounts> {
  const counts = { courses: 0, delivered: 0, failed: 0 };
  const errors: string[] = [];
  for (const code of codes) {
    // Read again: a control action may have changed it since the list was read.
    const course = await withDatabase(() => deps.db.db.selectFrom('training_courses').selectAll().where('code', '=', code).executeTakeFirst());
    if (!course || course.state === 'created') continue;
    counts.courses += 1;
    try {
      counts.delivered += await deliverDue(deps, course, JOB_INSTANCE);
    } catch (error) {
      counts.failed += 1;
      errors.push(`${code}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (errors.length > 0) throw new JobFailedError(errors.join('; '), counts);
  return counts;
}

export async function startedCourses(deps: Pick<GatewayDeps, 'db'>): Promise<string[]> {
  const rows = await deps.db.db.selectFrom('training_courses').select('code').where('state', 'in', ['running', 'paused']).orderBy('code').execute();
  return rows.map((r) => r.code);
}

export interface TrainingTimelineJobOptions {
  deps: GatewayDeps;
  intervalMs: number;
  instanceId: string;
  logger: Logger;
  checkEveryMs?: number;
}

export function createTrainingTimelineJob(options: TrainingTimelineJobOptions): PeriodicJob {
  const { deps } = options;
  return createPeriodicJob({
    db: deps.db.db,
    name: TRAINING_TIMELINE_JOB,
    intervalMs: options.intervalMs,
    instanceId: options.instanceId,
    logger: options.logger,
    now: deps.clock,
    ...(options.checkEveryMs ? { checkEveryMs: options.checkEveryMs } : {}),
    run: async () => {
      const codes = await startedCourses(deps);
      if (codes.length === 0) return;
      await withJobRun(deps.db.db, TRAINING_TIMELINE_JOB, () => advanceCourses(deps, codes), { instance: options.instanceId, now: deps.clock });
    },
  });
}
