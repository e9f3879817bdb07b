/**
 * Connection-test runs and their cases in the gateway database (migration 0004). The runner
 * writes each step as it happens; readers (any gateway instance) see the progress. A run whose
 * runner died (process stopped) is still unfinished after its deadline: readers report it as
 * interrupted rather than running forever.
 */
import type { Kysely, Selectable } from 'kysely';
import {
  EXPECTED_OUTCOMES,
  expectedStatuses,
  summarizeCases,
  type CaseReason,
  type CaseVerdict,
  type ConnectionTestCaseKind,
  type ConnectionTestSummary,
} from '../../src/sdk/connectionTest';
import type { MessageStatus } from '../../src/sdk/model';
import type { ConnectionTestCaseTable, ConnectionTestEnvironment, ConnectionTestRunTable, GatewayDatabase } from '../db/schema';
import { withDatabase } from '../http/problems';

type Db = Kysely<GatewayDatabase>;

export interface NewRun {
  id: string;
  organizationId: string;
  mailboxId: string;
  mailboxName: string;
  environment: ConnectionTestEnvironment;
  startedBy: { sub: string; name: string | null };
  startedAt: Date;
  deadlineAt: Date;
  cases: readonly { kind: ConnectionTestCaseKind; recipient: string }[];
}

export type RunState = 'running' | 'passed' | 'failed' | 'interrupted';

export interface CaseView {
  kind: ConnectionTestCaseKind;
  recipient: string;
  expectedStatuses: MessageStatus[];
  expectsReply: boolean;
  observedStatuses: MessageStatus[];
  receiptCodes: string[];
  resourceId: string | null;
  messageId: string | null;
  sentAt: string | null;
  finalAt: string | null;
  replyMessageId: string | null;
  replyAt: string | null;
  sendFailedStatus: number | null;
  verdict: CaseVerdict;
  reason: CaseReason;
  about: string | null;
}

export interface RunView {
  id: string;
  organizationId: string;
  mailboxId: string;
  mailboxName: string;
  environment: ConnectionTestEnvironment;
  startedBy: { sub: string; name: string | null };
  startedAt: string;
  deadlineAt: string;
  finishedAt: string | null;
  state: RunState;
  summary: ConnectionTestSummary;
  cases: CaseView[];
}

export type CasePatch = Partial<{
  observedStatuses: readonly string[];
  receiptCodes: readonly string[];
  resourceId: string;
  messageId: string;
  sentAt: Date;
  finalAt: Date;
  replyMessageId: string;
  replyAt: Date;
  sendFailedStatus: number;
  verdict: CaseVerdict;
  reason: CaseReason;
  about: string | null;
}>;

export async function createRun(db: Db, run: NewRun): Promise<void> {
  await withDatabase(() =>
    db.transaction().execute(async (trx) => {
      await trx
        .insertInto('connection_test_runs')
        .values({
          id: run.id,
          organization_id: run.organizationId,
          mailbox_id: run.mailboxId,
          mailbox_name: run.mailboxName,
          environment: run.environment,
          started_by_sub: run.startedBy.sub,
          started_by_name: run.startedBy.name,
          started_at: run.startedAt,
          deadline_at: run.deadlineAt,
        })
        .execute();
      await trx
        .insertInto('connection_test_cases')
        .values(
          run.cases.map((c, position) => ({
            run_id: run.id,
            position,
            kind: c.kind,
            recipient: c.recipient,
            expected_statuses: JSON.stringify(expectedStatuses(c.kind)),
          })),
        )
        .execute();
    }),
  );
}

export async function updateCase(db: Db, runId: string, kind: ConnectionTestCaseKind, patch: CasePatch): Promise<void> {
  const set: Partial<Record<keyof ConnectionTestCaseTable, unknown>> = {};
  if (patch.observedStatuses) set.observed_statuses = JSON.stringify(patch.observedStatuses);
  if (patch.receiptCodes) set.receipt_codes = JSON.stringify(patch.receiptCodes);
  if (patch.resourceId !== undefined) set.resource_id = patch.resourceId;
  if (patch.messageId !== undefined) set.message_id = patch.messageId;
  if (patch.sentAt !== undefined) set.sent_at = patch.sentAt;
  if (patch.finalAt !== undefined) set.final_at = patch.finalAt;
  if (patch.replyMessageId !== undefined) set.reply_message_id = patch.replyMessageId;
  if (patch.replyAt !== undefined) set.reply_at = patch.replyAt;
  if (patch.sendFailedStatus !== undefined) set.send_failed_status = patch.sendFailedStatus;
  if (patch.verdict !== undefined) set.verdict = patch.verdict;
  if (patch.reason !== undefined) set.reason = patch.reason;
  if (patch.about !== undefined) set.about = patch.about;
  if (Object.keys(set).length === 0) return;
  await withDatabase(() =>
    db
      .updateTable('connection_test_cases')
      .set(set as never)
      .where('run_id', '=', runId)
      .where('kind', '=', kind)
      .execute(),
  );
}

export async function finishRun(db: Db, runId: string, outcome: 'passed' | 'failed', at: Date): Promise<void> {
  await withDatabase(() => db.updateTable('connection_test_runs').set({ finished_at: at, outcome }).where('id', '=', runId).execute());
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : []);

function caseView(row: Selectable<ConnectionTestCaseTable>): CaseView {
  return {
    kind: row.kind,
    recipient: row.recipient,
    expectedStatuses: list(row.expected_statuses) as MessageStatus[],
    expectsReply: EXPECTED_OUTCOMES[row.kind].reply === true,
    observedStatuses: list(row.observed_statuses) as MessageStatus[],
    receiptCodes: list(row.receipt_codes),
    resourceId: row.resource_id,
    messageId: row.message_id,
    sentAt: iso(row.sent_at),
    finalAt: iso(row.final_at),
    replyMessageId: row.reply_message_id,
    replyAt: iso(row.reply_at),
    sendFailedStatus: row.send_failed_status,
    verdict: row.verdict,
    reason: row.reason,
    about: row.about,
  };
}

/** How long past its deadline an unfinished run is taken for interrupted (its runner is gone). */
const INTERRUPTED_AFTER_MS = 60_000;

function runView(run: Selectable<ConnectionTestRunTable>, cases: Selectable<ConnectionTestCaseTable>[], now: Date): RunView {
  const views = cases.sort((a, b) => a.position - b.position).map(caseView);
  const state: RunState =
    run.outcome ?? (now.getTime() > run.deadline_at.getTime() + INTERRUPTED_AFTER_MS ? 'interrupted' : 'running');
  return {
    id: run.id,
    organizationId: run.organization_id,
    mailboxId: run.mailbox_id,
    mailboxName: run.mailbox_name,
    environment: run.environment,
    startedBy: { sub: run.started_by_sub, name: run.started_by_name },
    startedAt: run.started_at.toISOString(),
    deadlineAt: run.deadline_at.toISOString(),
    finishedAt: iso(run.finished_at),
    state,
    summary: summarizeCases(views.map((c) => c.verdict)),
    cases: views,
  };
}

/** One run of the organisation, or undefined (also when it is another organisation's). */
export async function readRun(db: Db, organizationId: string, runId: string, now: Date): Promise<RunView | undefined> {
  return withDatabase(async () => {
    const run = await db
      .selectFrom('connection_test_runs')
      .selectAll()
      .where('id', '=', runId)
      .where('organization_id', '=', organizationId)
      .executeTakeFirst();
    if (!run) return undefined;
    const cases = await db.selectFrom('connection_test_cases').selectAll().where('run_id', '=', runId).execute();
    return runView(run, cases, now);
  });
}

/** The organisation's runs, newest first (optionally of one mailbox). */
export async function listRuns(db: Db, organizationId: string, now: Date, options: { mailboxId?: string; limit?: number } = {}): Promise<RunView[]> {
  return withDatabase(async () => {
    let query = db.selectFrom('connection_test_runs').selectAll().where('organization_id', '=', organizationId);
    if (options.mailboxId) query = query.where('mailbox_id', '=', options.mailboxId);
    const runs = await query.orderBy('started_at', 'desc').limit(options.limit ?? 50).execute();
    if (runs.length === 0) return [];
    const cases = await db
      .selectFrom('connection_test_cases')
      .selectAll()
      .where(
        'run_id',
        'in',
        runs.map((r) => r.id),
      )
      .execute();
    return runs.map((run) => runView(run, cases.filter((c) => c.run_id === run.id), now));
  });
}

/** A mailbox's latest finished run: its outcome, when, in which environment, and the report's id. */
export interface LatestResult {
  runId: string;
  outcome: 'passed' | 'failed';
  finishedAt: string;
  environment: ConnectionTestEnvironment;
}

/**
 * The latest finished result per mailbox (the mailbox list's "last connection test"), optionally
 * of some mailboxes only. Running and interrupted runs have no outcome and are not results.
 */
export async function latestResults(db: Db, organizationId: string, mailboxIds?: readonly string[]): Promise<Map<string, LatestResult>> {
  return withDatabase(async () => {
    if (mailboxIds?.length === 0) return new Map();
    let query = db
      .selectFrom('connection_test_runs')
      .select(['id', 'mailbox_id', 'outcome', 'finished_at', 'environment'])
      .where('organization_id', '=', organizationId)
      .where('outcome', 'is not', null);
    if (mailboxIds) query = query.where('mailbox_id', 'in', mailboxIds);
    const rows = await query.orderBy('finished_at', 'asc').orderBy('id', 'asc').execute();
    const latest = new Map<string, LatestResult>();
    for (const row of rows) {
      if (row.outcome && row.finished_at) {
        latest.set(row.mailbox_id, { runId: row.id, outcome: row.outcome, finishedAt: row.finished_at.toISOString(), environment: row.environment });
      }
    }
    return latest;
  });
}
