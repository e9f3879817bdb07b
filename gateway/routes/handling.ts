/**
 * /mk/…/handling, notes and assignments of received messages in shared function mailboxes
 * (issue 10, ADR 0011). Every request reads the caller's grants from the registry: level read
 * sees assignments, history and notes; send is needed to change them or write a note. A message
 * of a mailbox the caller has no grant for is a 404, as in /sdk/messages/{id}: its existence is
 * not revealed. Every change is written to the access log (never a note's text).
 */
import { Hono, type Context } from 'hono';
import { badRequestResponse, notFoundResponse, problemInstance, problemResponse } from '../../src/api/problemResponses';
import { HANDLING_ACTIONS, MAX_NOTE_LENGTH, type HandlingAction, type HandlingActionKind, type HandlingPerson } from '../../src/sdk/handling';
import type { components } from '../../src/api/schema.gen';
import type { Problem } from '../../src/sdk/model';
import { readRecord, readString } from '../../src/sdk/readValue';
import { authenticate } from '../auth/authenticate';
import type { AccessAction } from '../db/schema';
import { locateReceivedMessage } from '../handling/messageMailbox';
import { addNote, assignmentsOf, changeHandling, countsFor, historyOf, viewOf, type ChangeResult, type HandlingRow } from '../handling/store';
import type { GatewayDeps, GatewayEnv } from '../http/env';
import { logAccess } from '../registry/accessLog';
import { levelAllows, mailboxesFor, type MailboxAccess } from '../registry/grants';
import { requireGrant } from './messages';

type Ctx = Context<GatewayEnv>;
/** The contract's shapes (src/api/openapi.yaml): the answers below are checked against them. */
type Schemas = components['schemas'];

export const HANDLING_CONFLICT_TYPE = 'urn:problem-type:sdk-mk:handlingConflict';

export function handlingRoutes(deps: GatewayDeps): Hono<GatewayEnv> {
  const routes = new Hono<GatewayEnv>();
  const db = deps.db.db;
  const auth = authenticate(deps.verifyToken);
  const granted = (c: Ctx) => mailboxesFor(db, c.var.user, deps.clock());
  const me = (c: Ctx): HandlingPerson => ({ sub: c.var.user.subject, name: c.var.user.name ?? null });
  const log = (c: Ctx, action: AccessAction, mailboxId: string | null, messageId: string, status: number, detail?: string) =>
    logAccess(
      db,
      { subject: c.var.user.subject, mailboxId, messageId, action, status, requestId: c.var.requestId, ...(detail ? { detail } : {}) },
      deps.clock(),
    );

  /** The message's handling row when the caller may see it; otherwise the answer to give. */
  async function visibleMessage(c: Ctx, mailboxes: MailboxAccess[]): Promise<{ row: HandlingRow } | { response: Response }> {
    const instance = problemInstance(c.req.url);
    if (mailboxes.length === 0) return { response: notReceivedResponse(instance) };
    const located = await locateReceivedMessage(deps, c.req.param('messageId') ?? '', instance, c.req.raw.signal);
    if (located.response === 'not-received') return { response: notReceivedResponse(instance) };
    if (located.response) return { response: located.response };
    if (!mailboxes.some((m) => m.id === located.row.mailbox_id)) return { response: notReceivedResponse(instance) };
    return { row: located.row };
  }

  const fullHandling = async (row: HandlingRow): Promise<Schemas['MessageHandlingDetail']> => ({ handling: viewOf(row), ...(await historyOf(db, row.message_id)) });

  routes.get('/mk/handling-counts', auth, async (c) => {
    const mailboxes = await granted(c);
    const counts = await countsFor(db, mailboxes.map((m) => m.id), c.var.user.subject);
    c.header('Cache-Control', 'private, no-cache');
    const body: Schemas['HandlingCountsList'] = { data: mailboxes.map((m) => ({ mailbox: m.id, unassigned: 0, mine: 0, handled: 0, ...counts.get(m.id) })) };
    return c.json(body);
  });

  routes.get('/mk/mailboxes/:mailbox/assignments', auth, async (c) => {
    const mailbox = c.req.param('mailbox');
    const mailboxes = await granted(c);
    const refused = requireGrant(mailboxes, mailbox, 'read', problemInstance(c.req.url));
    if (refused) return refused;
    const [data, counts] = await Promise.all([assignmentsOf(db, mailbox), countsFor(db, [mailbox], c.var.user.subject)]);
    c.header('Cache-Control', 'private, no-cache');
    const body: Schemas['MailboxAssignments'] = {
      data: data.map(({ mailbox: _m, ...rest }) => rest),
      counts: counts.get(mailbox) ?? { unassigned: 0, mine: 0, handled: 0 },
    };
    return c.json(body);
  });

  routes.get('/mk/mailboxes/:mailbox/assignees', auth, async (c) => {
    const mailbox = c.req.param('mailbox');
    const refused = requireGrant(await granted(c), mailbox, 'read', problemInstance(c.req.url));
    if (refused) return refused;
    const people = await db.selectFrom('people').select(['sub', 'name', 'groups']).orderBy('name').orderBy('sub').execute();
    const now = deps.clock();
    const data: HandlingPerson[] = [];
    for (const person of people) {
      const access = (await mailboxesFor(db, { subject: person.sub, groups: groupsOf(person.groups) }, now)).find((m) => m.id === mailbox);
      if (access && levelAllows(access.level, 'send')) data.push({ sub: person.sub, name: person.name });
    }
    c.header('Cache-Control', 'private, no-cache');
    return c.json({ data } satisfies Schemas['AssigneeList']);
  });

  routes.get('/mk/messages/:messageId/handling', auth, async (c) => {
    const found = await visibleMessage(c, await granted(c));
    if ('response' in found) return found.response;
    c.header('Cache-Control', 'private, no-store');
    return c.json(await fullHandling(found.row));
  });

  routes.post('/mk/messages/:messageId/handling', auth, async (c) => {
    const instance = problemInstance(c.req.url);
    const mailboxes = await granted(c);
    const found = await visibleMessage(c, mailboxes);
    if ('response' in found) return found.response;
    const { row } = found;
    const messageId = row.message_id;
    const body = readRecord(await c.req.json().catch(() => undefined));
    const kind = readString(body?.['action']) as HandlingActionKind | undefined;
    const expectedVersion = body?.['expectedVersion'];
    if (!kind || !HANDLING_ACTIONS.includes(kind) || typeof expectedVersion !== 'number' || !Number.isInteger(expectedVersion)) {
      return badRequestResponse(`Give an action (${HANDLING_ACTIONS.join(', ')}) and the expectedVersion (an integer) it is based on.`, instance, [
        { typeCode: 'MESSAGE_EXCHANGE_ERROR', title: 'Invalid handling action', detail: 'action and expectedVersion are required.', in: 'action' },
      ]);
    }
    const detail = kind === 'assign' ? `assign:${readString(body?.['to']) ?? ''}` : kind;
    const refused = requireGrant(mailboxes, row.mailbox_id, 'send', instance);
    if (refused) {
      await log(c, 'handle', row.mailbox_id, messageId, 403, detail);
      return refused;
    }
    let action: HandlingAction;
    if (kind === 'assign') {
      const to = await assignablePerson(readString(body?.['to']), row.mailbox_id);
      if ('problem' in to) {
        await log(c, 'handle', row.mailbox_id, messageId, 400, detail);
        return badRequestResponse(to.problem, instance, [
          { typeCode: 'MESSAGE_EXCHANGE_ERROR', title: 'Assignee without access', detail: to.problem, in: 'to' },
        ]);
      }
      action = { kind, to: to.person };
    } else {
      action = { kind };
    }
    const result = await changeHandling(db, { messageId, action, actor: me(c), expectedVersion, now: deps.clock() });
    if (!result) return notReceivedResponse(instance);
    await log(c, 'handle', row.mailbox_id, messageId, result.ok ? 200 : 409, detail);
    if (!result.ok) return conflictResponse(result, c.var.user.subject, instance);
    c.header('Cache-Control', 'private, no-store');
    return c.json(await fullHandling(result.row));
  });

  routes.post('/mk/messages/:messageId/notes', auth, async (c) => {
    const instance = problemInstance(c.req.url);
    const mailboxes = await granted(c);
    const found = await visibleMessage(c, mailboxes);
    if ('response' in found) return found.response;
    const { row } = found;
    const refused = requireGrant(mailboxes, row.mailbox_id, 'send', instance);
    if (refused) {
      await log(c, 'note', row.mailbox_id, row.message_id, 403);
      return refused;
    }
    const text = readString(readRecord(await c.req.json().catch(() => undefined))?.['text'])?.trim() ?? '';
    if (text === '' || text.length > MAX_NOTE_LENGTH) {
      return badRequestResponse(`A note needs text, at most ${MAX_NOTE_LENGTH} characters.`, instance, [
        { typeCode: 'MESSAGE_EXCHANGE_ERROR', title: 'Invalid note', detail: `1–${MAX_NOTE_LENGTH} characters.`, in: 'text' },
      ]);
    }
    const note = await addNote(db, { messageId: row.message_id, author: me(c), text, now: deps.clock() });
    await log(c, 'note', row.mailbox_id, row.message_id, 201);
    c.header('Cache-Control', 'private, no-store');
    return c.json({ note } satisfies { note: Schemas['InternalNote'] }, 201);
  });

  /**
   * A colleague may be assigned a message when the registry gives her at least send in its
   * mailbox, resolved exactly as for her own requests: grants to her and to the IdP groups of
   * her last sign-in (a person never seen has only her personal grants).
   */
  async function assignablePerson(sub: string | undefined, mailbox: string): Promise<{ person: HandlingPerson } | { problem: string }> {
    if (!sub) return { problem: 'Name the person to assign (to: her subject).' };
    const person = await db.selectFrom('people').select(['name', 'groups']).where('sub', '=', sub).executeTakeFirst();
    const access = (await mailboxesFor(db, { subject: sub, groups: groupsOf(person?.groups) }, deps.clock())).find((m) => m.id === mailbox);
    if (!access || !levelAllows(access.level, 'send')) {
      return { problem: `${person?.name ?? sub} has no grant to handle messages in the function mailbox ${mailbox}.` };
    }
    return { person: { sub, name: person?.name ?? null } };
  }

  return routes;
}

function groupsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string') : [];
}

/** Not a received message of one of the caller's mailboxes: as if it did not exist. */
const notReceivedResponse = notFoundResponse;

const CONFLICT_DETAIL: Record<Exclude<ChangeResult, { ok: true }>['conflict'], (who: string) => string> = {
  version: (who) => `The handling was changed by ${who} since the version you saw; see the current state.`,
  'taken-by-other': (who) => `${who} has already taken this message.`,
  'already-yours': (who) => `The message is already assigned to ${who}.`,
  'not-assigned': () => 'The message is not assigned to anyone.',
  'already-handled': (who) => `${who} has marked the message as handled; reopen it first.`,
  'not-handled': () => 'The message is not handled.',
};

/** 409 naming who has the message (or changed it), with the current handling in the body. */
function conflictResponse(result: Exclude<ChangeResult, { ok: true }>, caller: string, instance: string): Response {
  const handling = viewOf(result.row);
  const named = (p: HandlingPerson | null) => (p ? (p.sub === caller ? 'you' : (p.name ?? p.sub)) : 'someone');
  const who = result.conflict === 'taken-by-other' || result.conflict === 'already-yours' ? named(handling.assignee) : named(handling.updatedBy);
  const problem: Schemas['HandlingConflictProblem'] = {
    type: HANDLING_CONFLICT_TYPE,
    title: 'Conflict',
    status: 409,
    detail: CONFLICT_DETAIL[result.conflict](who),
    instance,
    reason: result.conflict,
    handling,
  };
  return problemResponse(problem as Problem, { status: 409 });
}
