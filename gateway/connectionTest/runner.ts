/**
 * Runs a connection test (ADR 0014): sends one test message per case from the mailbox to the
 * case's test function through the message service with the gateway's service token, then
 * follows each message by polling until it is judged (src/sdk/connectionTest.ts) or the run's
 * deadline passes; the reception case also looks for the test function's answer in the
 * mailbox. Every change is written to the database as it happens, so a client polling the run
 * (on any gateway instance) sees live progress.
 */
import type { Kysely } from 'kysely';
import {
  CONNECTION_TEST_CASE_KINDS,
  connectionTestMessage,
  EXPECTED_OUTCOMES,
  judgeCase,
  lastStatus,
  observeMessage,
  summarizeCases,
  TEST_FUNCTIONS,
  type CaseJudgement,
  type CaseObservation,
  type ConnectionTestCaseKind,
} from '../../src/sdk/connectionTest';
import type { EventIssue, MessageStatus } from '../../src/sdk/model';
import { readRecord, readString } from '../../src/sdk/readValue';
import { isFinalStatus, isMessageStatus } from '../../src/sdk/status';
import type { ConnectionTestEnvironment, GatewayDatabase } from '../db/schema';
import type { Logger } from '../http/logger';
import { callUpstream, readUpstreamText, type Upstream } from '../mt/upstream';
import { createRun, finishRun, updateCase, type CasePatch } from './store';

export interface ConnectionTestSettings {
  environment: ConnectionTestEnvironment;
  /** How long a run may take before unfinished cases fail as timed out. */
  deadlineMs: number;
  /** Pause between two rounds of polling. */
  pollIntervalMs: number;
}

export const DEFAULT_CONNECTION_TEST_SETTINGS: ConnectionTestSettings = { environment: 'DEMO', deadlineMs: 300_000, pollIntervalMs: 2_000 };

export interface RunnerDeps {
  db: Kysely<GatewayDatabase>;
  mt: Upstream;
  clock: () => Date;
  logger: Logger;
  /** The pause between polls (tests replace it, e.g. to move a simulated clock). */
  wait?: (ms: number) => Promise<void>;
}

export interface StartRequest {
  organizationId: string;
  mailbox: { id: string; name: string };
  startedBy: { sub: string; name: string | null };
}

interface CaseRun {
  kind: ConnectionTestCaseKind;
  observation: CaseObservation;
  resourceId?: string;
  messageId?: string;
  /** The sent message's creationDateTime (the message service's clock): replies come after it. */
  createdAt?: string;
  judgement: CaseJudgement;
  finalSeen: boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Creates the run and starts it; `done` settles when the run is finished (never rejects). */
export async function startConnectionTest(
  deps: RunnerDeps,
  settings: ConnectionTestSettings,
  request: StartRequest,
): Promise<{ runId: string; done: Promise<void> }> {
  // Web Crypto, not node:crypto: the same gateway also runs in the browser demo (ADR 0010).
  const runId = globalThis.crypto.randomUUID();
  const startedAt = deps.clock();
  await createRun(deps.db, {
    id: runId,
    organizationId: request.organizationId,
    mailboxId: request.mailbox.id,
    mailboxName: request.mailbox.name,
    environment: settings.environment,
    startedBy: request.startedBy,
    startedAt,
    deadlineAt: new Date(startedAt.getTime() + settings.deadlineMs),
    cases: CONNECTION_TEST_CASE_KINDS.map((kind) => ({ kind, recipient: TEST_FUNCTIONS[kind] })),
  });
  const done = runCases(deps, settings, runId, request, startedAt).catch((error: unknown) => {
    deps.logger.error('connection test failed to run', { runId, error: error instanceof Error ? error.message : String(error) });
  });
  return { runId, done };
}

/** A short, readable run reference for the test messages' labels. */
export const runReference = (runId: string) => `AT-${runId.slice(0, 8)}`;

async function runCases(deps: RunnerDeps, settings: ConnectionTestSettings, runId: string, request: StartRequest, startedAt: Date): Promise<void> {
  const wait = deps.wait ?? sleep;
  const deadline = startedAt.getTime() + settings.deadlineMs;
  const save = (kind: ConnectionTestCaseKind, patch: CasePatch) => updateCase(deps.db, runId, kind, patch);
  const cases: CaseRun[] = CONNECTION_TEST_CASE_KINDS.map((kind) => ({
    kind,
    observation: { statuses: [], receiptCodes: [] },
    judgement: { verdict: 'pending', reason: 'waiting' },
    finalSeen: false,
  }));

  const judge = async (run: CaseRun, patch: CasePatch = {}) => {
    const next = judgeCase(run.kind, run.observation);
    const changed = next.verdict !== run.judgement.verdict || next.reason !== run.judgement.reason || next.about !== run.judgement.about;
    run.judgement = next;
    const last = lastStatus(run.observation);
    const finalNow = !run.finalSeen && last !== undefined && isFinalStatus(last);
    if (finalNow) run.finalSeen = true;
    await save(run.kind, {
      ...patch,
      ...(finalNow ? { finalAt: deps.clock() } : {}),
      ...(changed ? { verdict: next.verdict, reason: next.reason, about: next.about ?? null } : {}),
    });
  };

  for (const run of cases) {
    const body = JSON.stringify(connectionTestMessage(run.kind, { ...request.mailbox, organizationId: request.organizationId }, runReference(runId)));
    const sent = await callUpstream(deps.mt, '/sdk/messages', { method: 'POST', body, instance: `/mk/admin/connection-tests/${runId}` });
    const read = sent.response ? await readUpstreamText(sent.response, deps.mt, '/sdk/messages') : undefined;
    const status = sent.problem?.status ?? (read?.problem ? read.problem.status : sent.response?.status ?? 0);
    if (!sent.response || read?.text === undefined || !sent.response.ok) {
      run.observation = { ...run.observation, sendFailedStatus: status };
      deps.logger.warn('connection test message refused', { runId, case: run.kind, status });
      await judge(run, { sendFailedStatus: status, sentAt: deps.clock() });
      continue;
    }
    const data = readRecord(readRecord(safeJson(read.text))?.['data']);
    const attributes = readRecord(data?.['attributes']);
    const resourceId = readString(data?.['id']);
    const messageId = readString(attributes?.['messageId']);
    run.createdAt = readString(attributes?.['creationDateTime']);
    if (resourceId) run.resourceId = resourceId;
    if (messageId) run.messageId = messageId;
    applyRead(run, attributes);
    await judge(run, { sentAt: deps.clock(), observedStatuses: run.observation.statuses, ...(resourceId ? { resourceId } : {}), ...(messageId ? { messageId } : {}) });
  }

  while (cases.some((c) => c.judgement.verdict === 'pending')) {
    if (deps.clock().getTime() >= deadline) {
      for (const run of cases.filter((c) => c.judgement.verdict === 'pending')) {
        run.observation = { ...run.observation, timedOut: true };
        await judge(run);
      }
      break;
    }
    await wait(settings.pollIntervalMs);
    for (const run of cases.filter((c) => c.judgement.verdict === 'pending')) await pollCase(deps, request, run, judge);
  }

  const summary = summarizeCases(cases.map((c) => c.judgement.verdict));
  await finishRun(deps.db, runId, summary.allPassed ? 'passed' : 'failed', deps.clock());
  deps.logger.info('connection test finished', { runId, mailbox: request.mailbox.id, passed: summary.passed, total: summary.total });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function applyRead(run: CaseRun, attributes: Record<string, unknown> | undefined): boolean {
  const status = readString(attributes?.['messageStatus']);
  const issues = readRecord(attributes?.['events'])?.['eventIssues'];
  const before = run.observation;
  const next = observeMessage(before, {
    ...(status !== undefined ? { messageStatus: status } : {}),
    eventIssues: Array.isArray(issues) ? (issues as EventIssue[]) : [],
  });
  run.observation = { ...before, ...next };
  return next.statuses.length !== before.statuses.length || next.receiptCodes.length !== before.receiptCodes.length;
}

async function pollCase(deps: RunnerDeps, request: StartRequest, run: CaseRun, judge: (run: CaseRun, patch?: CasePatch) => Promise<void>): Promise<void> {
  if (!run.resourceId) return;
  const instance = `/sdk/messages/${run.resourceId}`;
  const got = await callUpstream(deps.mt, `/sdk/messages/${encodeURIComponent(run.resourceId)}`, { instance });
  if (!got.response?.ok) return; // a passing fault: try again next round, until the deadline
  const read = await readUpstreamText(got.response, deps.mt, instance);
  if (read.text === undefined) return;
  const attributes = readRecord(readRecord(readRecord(safeJson(read.text))?.['data'])?.['attributes']);
  const changed = applyRead(run, attributes);
  const patch: CasePatch = changed ? { observedStatuses: run.observation.statuses, receiptCodes: run.observation.receiptCodes } : {};

  if (EXPECTED_OUTCOMES[run.kind].reply && !run.observation.reply && lastStatus(run.observation) === 'ACCEPTED') {
    const reply = await findReply(deps, request.mailbox.id, run);
    if (reply) {
      run.observation = { ...run.observation, reply };
      patch.replyMessageId = reply.messageId;
      patch.replyAt = deps.clock();
    }
  }
  await judge(run, patch);
}

/** The test function's answer in the mailbox: a received message that refers to ours. */
async function findReply(deps: RunnerDeps, mailboxId: string, run: CaseRun): Promise<{ messageId: string; status: MessageStatus } | undefined> {
  const params = new URLSearchParams({ 'filter[recipientAttention.subOrganization.extension]': mailboxId });
  if (run.createdAt) params.set('filter[creationDateTimeStart]', run.createdAt);
  const got = await callUpstream(deps.mt, `/sdk/messages?${params.toString()}`, { instance: '/sdk/messages' });
  if (!got.response?.ok) return undefined;
  const read = await readUpstreamText(got.response, deps.mt, '/sdk/messages');
  const data = readRecord(safeJson(read.text ?? ''))?.['data'];
  if (!Array.isArray(data)) return undefined;
  for (const resource of data) {
    const attributes = readRecord(readRecord(resource)?.['attributes']);
    if (readString(attributes?.['refToMessageId']) !== run.messageId) continue;
    const messageId = readString(attributes?.['messageId']);
    const status = readString(attributes?.['messageStatus']);
    if (messageId && status && isMessageStatus(status)) return { messageId, status };
  }
  return undefined;
}
