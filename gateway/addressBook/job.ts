/**
 * A periodic job that runs once per interval however many gateway instances share the
 * database: each instance tries to take the job's lease with one conditional UPDATE
 * (only when the lease has run out); the one whose UPDATE changes the row runs the job, the
 * others skip this round. The lease lasts one interval, so a crashed holder only delays the
 * next run, and the row counts the runs (for tests and the console).
 */
import { sql, type Kysely } from 'kysely';
import type { GatewayDatabase } from '../db/schema';
import type { Logger } from '../http/logger';

/** The address-book sync's job name (its job_leases row). */
export const ADDRESS_BOOK_JOB = 'address-book-sync';

export interface PeriodicJob {
  /** One attempt now: true when this instance ran the job. */
  tick(): Promise<boolean>;
  start(): void;
  stop(): Promise<void>;
}

export interface PeriodicJobOptions {
  db: Kysely<GatewayDatabase>;
  name: string;
  intervalMs: number;
  instanceId: string;
  run: () => Promise<unknown>;
  logger: Logger;
  now: () => Date;
  /** How often an instance looks whether the lease is free (default: intervalMs / 4, ≥ 1 s). */
  checkEveryMs?: number;
  /** A run that found nothing to do (by its result) is not logged: for jobs that run every few seconds. */
  isIdle?: (result: unknown) => boolean;
}

export function createPeriodicJob(options: PeriodicJobOptions): PeriodicJob {
  const { db, name } = options;
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<boolean> | undefined;

  const takeLease = async (): Promise<boolean> => {
    const now = options.now();
    const until = new Date(now.getTime() + options.intervalMs);
    await db
      .insertInto('job_leases')
      .values({ job: name, holder: null, lease_until: new Date(0), runs: 0 })
      .onConflict((oc) => oc.column('job').doNothing())
      .execute();
    const taken = await db
      .updateTable('job_leases')
      .set({ holder: options.instanceId, lease_until: until, last_run_at: now, runs: sql<number>`runs + 1` })
      .where('job', '=', name)
      .where('lease_until', '<=', now)
      .executeTakeFirst();
    return Number(taken.numUpdatedRows) === 1;
  };

  const tick = async (): Promise<boolean> => {
    if (running) return running;
    running = (async () => {
      try {
        if (!(await takeLease())) return false;
        const started = Date.now();
        const result = await options.run();
        if (!options.isIdle?.(result)) options.logger.info('job done', { job: name, instance: options.instanceId, durationMs: Date.now() - started });
        return true;
      } catch (error) {
        options.logger.warn('job failed', { job: name, instance: options.instanceId, error: error instanceof Error ? error.message : String(error) });
        return false;
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  return {
    tick,
    start() {
      if (timer) return;
      void tick();
      timer = setInterval(() => void tick(), options.checkEveryMs ?? Math.max(1000, options.intervalMs / 4));
      timer.unref?.();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
