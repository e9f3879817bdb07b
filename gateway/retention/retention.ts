/**
 * Retention against the message service (ADR 0017): which messages of a mailbox are due
 * (src/sdk/retention), read with the gateway's own service token from both sides of the mailbox
 * (received and sent), and their deletion. A deleted message's MK data (handling, notes) goes
 * with it, and each deletion is written to the access log (who: the superuser who ran it, or the
 * retention job; never content). Messages are judged by the message service's clock.
 */
import type { Kysely } from 'kysely';
import { readRecord, readString } from '../../src/sdk/readValue';
import { dueForRetention } from '../../src/sdk/retention';
import type { GatewayDatabase } from '../db/schema';
import { forgetMessage } from '../handling/store';
import type { GatewayDeps } from '../http/env';
import { callUpstream, readUpstreamText } from '../mt/upstream';
import { logAccess } from '../registry/accessLog';
import { RECIPIENT_FILTER, SENDER_FILTER } from '../routes/messages';
import { ownMailboxOf } from '../routes/ownMailbox';
import { retentionOf } from './settings';

export const RETENTION_JOB = 'retention';
/** The access log's subject of deletions made by the daily job. */
export const RETENTION_JOB_SUBJECT = 'mk-retention';

/** The message service could not be read or answered with an error: the problem to pass on. */
export class RetentionUpstreamError extends Error {
  constructor(readonly problem: Response) {
    super(`The message service answered HTTP ${problem.status}`);
    this.name = 'RetentionUpstreamError';
  }
}

type RetentionDeps = Pick<GatewayDeps, 'db' | 'mt' | 'clock' | 'messageServiceClock' | 'retentionDefaultDays'>;

export const retentionNow = (deps: Pick<GatewayDeps, 'clock' | 'messageServiceClock'>): Date => (deps.messageServiceClock ?? deps.clock)();

/** Every message of the mailbox's own side (received and sent), once each. */
export async function listMailboxMessages(deps: Pick<GatewayDeps, 'mt'>, mailbox: string, instance: string): Promise<unknown[]> {
  const seen = new Map<string, unknown>();
  for (const filter of [RECIPIENT_FILTER, SENDER_FILTER]) {
    const result = await callUpstream(deps.mt, `/sdk/messages?${filter}=${encodeURIComponent(mailbox)}`, { instance });
    if (result.problem) throw new RetentionUpstreamError(result.problem);
    const read = await readUpstreamText(result.response, deps.mt, instance);
    if (read.problem) throw new RetentionUpstreamError(read.problem);
    if (!result.response.ok) throw new RetentionUpstreamError(new Response(read.text, { status: result.response.status, headers: result.response.headers }));
    const data = readRecord(JSON.parse(read.text))?.['data'];
    for (const resource of Array.isArray(data) ? data : []) {
      const id = readString(readRecord(resource)?.['id']);
      if (id && ownMailboxOf(resource) === mailbox) seen.set(id, resource);
    }
  }
  return [...seen.values()];
}

export interface RetentionPreview {
  mailboxId: string;
  days: number;
  source: 'mailbox' | 'default';
  /** Messages of the mailbox in the message service now. */
  total: number;
  /** Of those, due for deletion. */
  due: number;
  /** The message service's time the preview was judged at. */
  judgedAt: Date;
  dueIds: string[];
}

export async function previewRetention(deps: RetentionDeps, mailboxId: string, instance: string): Promise<RetentionPreview> {
  const [setting] = await retentionOf(deps.db.db, [mailboxId], deps.retentionDefaultDays ?? 0);
  const days = setting?.days ?? 0;
  const source = setting?.source ?? 'default';
  const judgedAt = retentionNow(deps);
  if (days === 0) return { mailboxId, days, source, total: 0, due: 0, judgedAt, dueIds: [] };
  const messages = await listMailboxMessages(deps, mailboxId, instance);
  const dueIds = dueForRetention(messages, days, judgedAt);
  return { mailboxId, days, source, total: messages.length, due: dueIds.length, judgedAt, dueIds };
}

export interface RetentionResult {
  mailboxId: string;
  days: number;
  due: number;
  deleted: number;
  /** Already gone when deleted (another client, the service's own retention). */
  gone: number;
  failed: number;
}

export interface RetentionActor {
  subject: string;
  /** Request id (run now) or job run reference (the daily job), for the access log. */
  requestId: string;
}

/** Deletes the mailbox's due messages in the message service, one by one. */
export async function runRetention(deps: RetentionDeps, mailboxId: string, actor: RetentionActor, instance: string): Promise<RetentionResult> {
  const db: Kysely<GatewayDatabase> = deps.db.db;
  const preview = await previewRetention(deps, mailboxId, instance);
  const result: RetentionResult = { mailboxId, days: preview.days, due: preview.due, deleted: 0, gone: 0, failed: 0 };
  for (const id of preview.dueIds) {
    const called = await callUpstream(deps.mt, `/sdk/messages/${encodeURIComponent(id)}`, { method: 'DELETE', instance });
    const status = called.problem ? called.problem.status : called.response.status;
    if (called.response) await called.response.arrayBuffer().catch(() => undefined);
    if (status === 404) result.gone += 1;
    else if (status >= 200 && status < 300) result.deleted += 1;
    else result.failed += 1;
    if (status === 404 || (status >= 200 && status < 300)) await forgetMessage(db, id);
    await logAccess(db, { subject: actor.subject, mailboxId, messageId: id, action: 'delete', status, requestId: actor.requestId, detail: 'retention' }, deps.clock());
  }
  return result;
}

/** The instance (problem `instance`) of calls made by the job, which has no request. */
export const JOB_INSTANCE = 'urn:mk:job:retention';
