/**
 * The gateway's background jobs (ADR 0016, 0017, 0018), by the name their runs have in job_runs. One
 * list for the gateway's system status (which shows every one, also before its first run) and
 * the console (which names each: its text table is typed by `BackgroundJob`).
 */
export const BACKGROUND_JOBS = ['address-book-sync', 'retention', 'audit-log-pruning', 'training-timeline'] as const;
export type BackgroundJob = (typeof BACKGROUND_JOBS)[number];

export function isBackgroundJob(value: string): value is BackgroundJob {
  return (BACKGROUND_JOBS as readonly string[]).includes(value);
}
