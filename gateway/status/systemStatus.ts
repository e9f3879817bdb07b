/**
 * The console's system status (Driftstatus, issue 9 part 7, ADR 0014): whether the message
 * service, the IdP and the address book answer, with response times; the database's kind and
 * health (with its response time); the last recorded run of each background job (job_runs via
 * latestJobRuns: outcome, when, how long, why it failed; every known job, also before its first
 * run) and the address-book copy's state.
 * Any HTTP answer below 500 counts as reachable: a 401 to a request without a token shows the
 * service is up.
 */
import { sql } from 'kysely';
import type { GatewayDb } from '../db/database';
import type { Upstream } from '../mt/upstream';
import { readSyncState } from '../addressBook/copy';
import { BACKGROUND_JOBS, isBackgroundJob } from '../../src/sdk/backgroundJobs';
import { latestJobRuns, type JobRunView } from '../jobs/jobRuns';

const PROBE_TIMEOUT_MS = 3000;

export interface ServiceProbe {
  reachable: boolean;
  /** Milliseconds to the answer (or to giving up). */
  responseMs: number;
  /** The HTTP status, when one came. */
  status: number | null;
}

export interface JobStatus {
  job: string;
  lastRun: {
    outcome: JobRunView['outcome'];
    instance: string;
    startedAt: string;
    finishedAt: string | null;
    durationMs: number | null;
    error: string | null;
    counts: Record<string, number>;
  } | null;
}

/** The known jobs first (in their order), then any other job that has runs, by name. */
export function jobStatuses(runs: readonly JobRunView[]): JobStatus[] {
  const byJob = new Map(runs.map((r) => [r.job, r]));
  const others = runs.map((r) => r.job).filter((job) => !isBackgroundJob(job)).sort();
  return [...BACKGROUND_JOBS, ...others].map((job) => {
    const run = byJob.get(job);
    return {
      job,
      lastRun: run
        ? {
            outcome: run.outcome,
            instance: run.instance,
            startedAt: run.startedAt.toISOString(),
            finishedAt: run.finishedAt?.toISOString() ?? null,
            durationMs: run.finishedAt ? Math.max(0, run.finishedAt.getTime() - run.startedAt.getTime()) : null,
            error: run.error,
            counts: run.counts,
          }
        : null,
    };
  });
}

export interface SystemStatus {
  checkedAt: string;
  messageService: ServiceProbe;
  idp: ServiceProbe | null;
  addressBook: ServiceProbe;
  database: { kind: 'postgres' | 'pglite'; healthy: boolean; responseMs: number };
  addressBookCopy: { syncedAt: string | null; lastError: string | null; addresses: number; organizations: number } | null;
  jobs: JobStatus[];
}

async function probe(url: string, fetcher: typeof fetch | undefined, timeoutMs: number): Promise<ServiceProbe> {
  const send = fetcher ?? ((input: string, init?: RequestInit) => globalThis.fetch(input, init));
  const started = performance.now();
  try {
    const response = await send(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer().catch(() => undefined);
    return { reachable: response.status < 500, responseMs: Math.round(performance.now() - started), status: response.status };
  } catch {
    return { reachable: false, responseMs: Math.round(performance.now() - started), status: null };
  }
}

export interface SystemStatusDeps {
  db: GatewayDb;
  mt: Upstream;
  addressBook: Upstream;
  /** The IdP's issuer URL (its discovery document is probed); absent = not shown. */
  idpUrl?: string;
  idpFetch?: typeof fetch;
  clock: () => Date;
}

export async function readSystemStatus(deps: SystemStatusDeps): Promise<SystemStatus> {
  const timeout = (u: Upstream) => Math.min(PROBE_TIMEOUT_MS, u.timeoutMs);
  const dbStarted = performance.now();
  const [messageService, addressBook, idp, healthy] = await Promise.all([
    probe(`${deps.mt.baseUrl}/sdk/messages`, deps.mt.fetch, timeout(deps.mt)),
    probe(`${deps.addressBook.baseUrl}/organizations?page[size]=1`, deps.addressBook.fetch, timeout(deps.addressBook)),
    deps.idpUrl ? probe(`${deps.idpUrl.replace(/\/+$/, '')}/.well-known/openid-configuration`, deps.idpFetch, PROBE_TIMEOUT_MS) : Promise.resolve(null),
    sql`select 1 as ok`.execute(deps.db.db).then(
      () => true,
      () => false,
    ),
  ]);
  const dbMs = Math.round(performance.now() - dbStarted);
  const [sync, jobs] = healthy
    ? await Promise.all([
        readSyncState(deps.db.db).catch(() => undefined),
        latestJobRuns(deps.db.db).catch(() => []),
      ])
    : [undefined, []];
  return {
    checkedAt: deps.clock().toISOString(),
    messageService,
    idp,
    addressBook,
    database: { kind: deps.db.kind, healthy, responseMs: dbMs },
    addressBookCopy: sync
      ? { syncedAt: sync.syncedAt?.toISOString() ?? null, lastError: sync.lastError, addresses: sync.addresses, organizations: sync.organizations }
      : null,
    jobs: jobStatuses(jobs),
  };
}
