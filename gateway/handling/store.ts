/**
 * The gateway's handling data of received messages (ADR 0011): state, history and internal
 * notes. Every change is one transaction with a conditional update on the version, so of two
 * people acting on the same version exactly one wins and nothing is silently overwritten.
 */
import type { Kysely, Selectable } from 'kysely';
import {
  applyHandlingAction,
  type HandlingAction,
  type HandlingEventKind,
  type HandlingPerson,
  type HandlingRefusal,
  type HandlingSnapshot,
} from '../../src/sdk/handling';
import type { GatewayDatabase, MessageHandlingTable } from '../db/schema';
import { withDatabase } from '../http/problems';

type Db = Kysely<GatewayDatabase>;
export type HandlingRow = Selectable<MessageHandlingTable>;

export interface HandlingView {
  messageId: string;
  mailbox: string;
  state: HandlingRow['state'];
  assignee: HandlingPerson | null;
  version: number;
  updatedBy: HandlingPerson | null;
  updatedAt: string | null;
}

export function viewOf(row: HandlingRow): HandlingView {
  return {
    messageId: row.message_id,
    mailbox: row.mailbox_id,
    state: row.state,
    assignee: row.assignee_sub ? { sub: row.assignee_sub, name: row.assignee_name } : null,
    version: row.version,
    updatedBy: row.updated_by_sub ? { sub: row.updated_by_sub, name: row.updated_by_name } : null,
    updatedAt: row.updated_at ? row.updated_at.toISOString() : null,
  };
}

export async function findHandling(db: Db, messageId: string): Promise<HandlingRow | undefined> {
  return withDatabase(() => db.selectFrom('message_handling').selectAll().where('message_id', '=', messageId).executeTakeFirst());
}

const RECORD_CHUNK = 5000;

/** Records received messages the gateway has seen in their mailbox (open, unassigned, version 0). */
export async function recordReceived(db: Db, messages: { messageId: string; mailbox: string }[]): Promise<void> {
  // In chunks: a first poll of a large mailbox must stay under PostgreSQL's 65 535 parameters.
  for (let start = 0; start < messages.length; start += RECORD_CHUNK) {
    const chunk = messages.slice(start, start + RECORD_CHUNK);
    await withDatabase(() =>
      db
        .insertInto('message_handling')
        .values(chunk.map((m) => ({ message_id: m.messageId, mailbox_id: m.mailbox })))
        .onConflict((oc) => oc.column('message_id').doNothing())
        .execute(),
    );
  }
}

/** Removes a message's handling, history and notes (the message is gone from the message service). */
export async function forgetMessage(db: Db, messageId: string): Promise<void> {
  await withDatabase(() => db.deleteFrom('message_handling').where('message_id', '=', messageId).execute());
}

export type ChangeResult =
  | { ok: true; row: HandlingRow }
  | { ok: false; conflict: 'version' | HandlingRefusal; row: HandlingRow };

/**
 * Applies `action` if the row is still at `expectedVersion`. The update's WHERE names the
 * version: under concurrency PostgreSQL re-checks it on the row the first writer left, so the
 * second writer updates nothing and gets the winner's row back as the conflict.
 */
export async function changeHandling(
  db: Db,
  input: { messageId: string; action: HandlingAction; actor: HandlingPerson; expectedVersion: number; now: Date },
): Promise<ChangeResult | undefined> {
  return withDatabase(() =>
    db.transaction().execute(async (trx): Promise<ChangeResult | undefined> => {
      const current = await trx.selectFrom('message_handling').selectAll().where('message_id', '=', input.messageId).executeTakeFirst();
      if (!current) return undefined;
      const outcome = applyHandlingAction(snapshotOf(current), input.action, input.actor);
      if (current.version !== input.expectedVersion) return staleConflict(current, input);
      if (!outcome.ok) return { ok: false, conflict: outcome.reason, row: current };
      const updated = await trx
        .updateTable('message_handling')
        .set({
          state: outcome.next.state,
          assignee_sub: outcome.next.assignee?.sub ?? null,
          assignee_name: outcome.next.assignee?.name ?? null,
          version: input.expectedVersion + 1,
          updated_by_sub: input.actor.sub,
          updated_by_name: input.actor.name,
          updated_at: input.now,
        })
        .where('message_id', '=', input.messageId)
        .where('version', '=', input.expectedVersion)
        .returningAll()
        .executeTakeFirst();
      if (!updated) {
        const winner = await trx.selectFrom('message_handling').selectAll().where('message_id', '=', input.messageId).executeTakeFirstOrThrow();
        return staleConflict(winner, input);
      }
      const namesAssignee = outcome.event === 'took' || outcome.event === 'assigned';
      await trx
        .insertInto('message_handling_events')
        .values({
          message_id: input.messageId,
          at: input.now,
          kind: outcome.event,
          actor_sub: input.actor.sub,
          actor_name: input.actor.name,
          assignee_sub: namesAssignee ? (outcome.next.assignee?.sub ?? null) : null,
          assignee_name: namesAssignee ? (outcome.next.assignee?.name ?? null) : null,
        })
        .execute();
      return { ok: true, row: updated };
    }),
  );
}

const snapshotOf = (row: HandlingRow): HandlingSnapshot => ({
  state: row.state,
  assignee: row.assignee_sub ? { sub: row.assignee_sub, name: row.assignee_name } : null,
});

/**
 * The caller acted on an older version. Name the most useful reason: when the action would be
 * refused on the current state too (the other person took it first), that refusal; otherwise
 * only that it changed.
 */
function staleConflict(current: HandlingRow, input: { action: HandlingAction; actor: HandlingPerson }): ChangeResult {
  const outcome = applyHandlingAction(snapshotOf(current), input.action, input.actor);
  return { ok: false, conflict: outcome.ok ? 'version' : outcome.reason, row: current };
}

export interface HandlingEventView {
  kind: HandlingEventKind;
  at: string;
  by: HandlingPerson;
  assignee?: HandlingPerson;
}

export interface NoteView {
  id: string;
  at: string;
  author: HandlingPerson;
  text: string;
}

export async function historyOf(db: Db, messageId: string): Promise<{ events: HandlingEventView[]; notes: NoteView[] }> {
  const [events, notes] = await withDatabase(() =>
    Promise.all([
      db.selectFrom('message_handling_events').selectAll().where('message_id', '=', messageId).orderBy('id').execute(),
      db.selectFrom('message_notes').selectAll().where('message_id', '=', messageId).orderBy('id').execute(),
    ]),
  );
  return {
    events: events.map((e) => ({
      kind: e.kind,
      at: e.at.toISOString(),
      by: { sub: e.actor_sub, name: e.actor_name },
      ...(e.assignee_sub ? { assignee: { sub: e.assignee_sub, name: e.assignee_name } } : {}),
    })),
    notes: notes.map(noteView),
  };
}

function noteView(n: { id: number; at: Date; author_sub: string; author_name: string | null; text: string }): NoteView {
  return { id: String(n.id), at: n.at.toISOString(), author: { sub: n.author_sub, name: n.author_name }, text: n.text };
}

export async function addNote(db: Db, input: { messageId: string; author: HandlingPerson; text: string; now: Date }): Promise<NoteView> {
  const row = await withDatabase(() =>
    db
      .insertInto('message_notes')
      .values({ message_id: input.messageId, at: input.now, author_sub: input.author.sub, author_name: input.author.name, text: input.text })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return noteView(row);
}

/** Messages of the mailbox whose handling has changed at least once (the rest are open, unassigned). */
export async function assignmentsOf(db: Db, mailbox: string): Promise<HandlingView[]> {
  const rows = await withDatabase(() =>
    db.selectFrom('message_handling').selectAll().where('mailbox_id', '=', mailbox).where('version', '>', 0).orderBy('message_id').execute(),
  );
  return rows.map(viewOf);
}

export interface HandlingCounts {
  unassigned: number;
  mine: number;
  handled: number;
}

/** Counts per mailbox over the received messages the gateway knows, for `me`. */
export async function countsFor(db: Db, mailboxes: string[], me: string): Promise<Map<string, HandlingCounts>> {
  const counts = new Map<string, HandlingCounts>(mailboxes.map((m) => [m, { unassigned: 0, mine: 0, handled: 0 }]));
  if (mailboxes.length === 0) return counts;
  const rows = await withDatabase(() =>
    db
      .selectFrom('message_handling')
      .select((eb) => ['mailbox_id', 'state', eb.fn.countAll<string>().as('n'), eb('assignee_sub', 'is', null).as('unassigned'), eb('assignee_sub', '=', me).as('mine')])
      .where('mailbox_id', 'in', mailboxes)
      .groupBy(['mailbox_id', 'state', 'unassigned', 'mine'])
      .execute(),
  );
  for (const row of rows) {
    const entry = counts.get(row.mailbox_id);
    if (!entry) continue;
    const n = Number(row.n);
    if (row.state === 'handled') entry.handled += n;
    else if (row.unassigned) entry.unassigned += n;
    else if (row.mine) entry.mine += n;
  }
  return counts;
}
