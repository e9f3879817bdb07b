/**
 * The course timeline as a background job (ADR 0016, ADR 0017): every few seconds, for every
 * running course with something due that has not been delivered, delivers it — arriving
 * messages, faults such as "the session expires" or "the receipt is late" — so a course keeps
 * its schedule when no trainer has the board open. Leased like the other jobs (once per interval
 * across instances); deliverDue's claim keeps a board poll at the same moment from delivering
 * anything twice. Paused courses are not looked at: their time stands still, and a jump (a
 * control action) delivers at once. A run is recorded in job_runs only when there is something
 * to deliver, so an idle gateway, or a course past its last event, does not fill job_runs.
 */
import { createPeriodicJob, type PeriodicJob } from '../addressBook/job';
import type { GatewayDeps } from '../http/env';
import type { Logger } from '../http/logger';
import { withDatabase } from '../http/problems';
import { JobFailedError, withJobRun, type JobCounts } from '../jobs/jobRuns';
import { participantsOf } from './courses';
import { deliverDue, hasPendingDue } from './engine';

export const TRAINING_TIMELINE_JOB = 'training-timeline';
/** The problem "instance" of what the job sends (no request of a user behind it). */
const JOB_INSTANCE = `job:${TRAINING_TIMELINE_JOB}`;
const IDLE = Symbol('nothing due');

/** One pass over the given courses (those still running); the counts of the pass. */
export async function advanceCourses(deps: GatewayDeps, codes: readonly string[]): Promise<JobCounts> {
  const counts = { courses: 0, delivered: 0, failed: 0 };
  const errors: string[] = [];
  for (const code of codes) {
    // Read again: a control action may have changed it since the list was read.
    const course = await withDatabase(() => deps.db.db.selectFrom('training_courses').selectAll().where('code', '=', code).executeTakeFirst());
    if (!course || course.state !== 'running') continue;
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

/** Running courses with a due event some participant has not had yet. */
export async function coursesWithPendingDue(deps: Pick<GatewayDeps, 'db' | 'clock'>): Promise<string[]> {
  const running = await deps.db.db.selectFrom('training_courses').selectAll().where('state', '=', 'running').orderBy('code').execute();
  const now = deps.clock();
  const pending: string[] = [];
  for (const course of running) {
    if (hasPendingDue(course, await participantsOf(deps.db.db, course.code), now)) pending.push(course.code);
  }
  return pending;
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
      const codes = await coursesWithPendingDue(deps);
      if (codes.length === 0) return IDLE;
      return withJobRun(deps.db.db, TRAINING_TIMELINE_JOB, () => advanceCourses(deps, codes), { instance: options.instanceId, now: deps.clock });
    },
    // Every few seconds: only the runs that delivered something go to the log.
    isIdle: (result) => result === IDLE,
  });
}
