/**
 * The MK gateway's handling routes (/mk/handling-counts, /mk/mailboxes/{mailbox}/assignments and
 * …/assignees, /mk/messages/{id}/handling and …/notes) in the mock service, for Vitest and the
 * in-browser demo where no gateway runs. In memory, per world, with the domain core's rules
 * (src/sdk/handling.ts) and the gateway's answers: a version per message, 409 naming who has it.
 * Access is the token's auth_id (every mailbox at level send), as in /mk/me; assignees are the
 * demo personas acting for the mailbox. Never persisted: a reload starts with nothing handled.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { components } from '../../src/api/schema.gen';
import { applyHandlingAction, HANDLING_ACTIONS, MAX_NOTE_LENGTH, type HandlingAction, type HandlingActionKind, type HandlingPerson } from '../../src/sdk/handling';
import { readRecord, readString } from '../../src/sdk/readValue';
import type { Problem } from '../../src/sdk/model';
import { authorize } from '../auth/authorize';
import type { TokenVerifier } from '../auth/verifyToken';
import { badRequestResponse, forbiddenResponse, notFoundResponse, problemInstance, problemResponse } from '../http/problemResponses';
import { PERSONAS, findPersona } from '../personas';
import type { MessageRecord } from '../store/messageRecord';
import { isVisibleTo, ownMailboxOf } from '../store/visibility';
import type { MockWorld } from '../world';

type Schemas = components['schemas'];
type Row = Schemas['MessageHandlingWithMailbox'] & { events: Schemas['HandlingEvent'][]; notes: Schemas['InternalNote'][] };

const rowsOfWorld = new WeakMap<MockWorld, Map<string, Row>>();

function rowsOf(world: MockWorld): Map<string, Row> {
  let rows = rowsOfWorld.get(world);
  if (!rows) rowsOfWorld.set(world, (rows = new Map()));
  return rows;
}

const person = (sub: string): HandlingPerson => ({ sub, name: findPersona(sub)?.name ?? null });
const view = ({ events: _e, notes: _n, ...handling }: Row) => handling;
const received = (record: MessageRecord) => record.direction !== 'outgoing';

export function handlingRoutes(baseUrl: string, world: MockWorld, verifyToken: TokenVerifier): HttpHandler[] {
  const rows = rowsOf(world);
  const rowFor = (record: MessageRecord): Row =>
    rows.get(record.id) ?? {
      messageId: record.id,
      mailbox: ownMailboxOf(record) ?? '',
      state: 'open',
      assignee: null,
      version: 0,
      updatedBy: null,
      updatedAt: null,
      events: [],
      notes: [],
    };
  const receivedIn = (mailbox: string) => {
    world.settle();
    return world.store.all().filter((r) => received(r) && ownMailboxOf(r) === mailbox);
  };
  const countsOf = (mailbox: string, me: string): Schemas['HandlingCounts'] => {
    const counts = { unassigned: 0, mine: 0, handled: 0 };
    for (const record of receivedIn(mailbox)) {
      const row = rowFor(record);
      if (row.state === 'handled') counts.handled += 1;
      else if (!row.assignee) counts.unassigned += 1;
      else if (row.assignee.sub === me) counts.mine += 1;
    }
    return counts;
  };
  const findReceived = (id: string, authIds: readonly string[]) => {
    world.settle();
    return world.store.all().find((r) => r.id === id && received(r) && isVisibleTo(r, authIds));
  };
  const detail = (row: Row): Schemas['MessageHandlingDetail'] => ({ handling: view(row), events: row.events, notes: row.notes });

  return [
    http.get(`${baseUrl}/mk/handling-counts`, async ({ request }) => {
      const auth = await authorize(request, verifyToken, undefined);
      if (auth.response) return auth.response;
      const data = auth.claims.authIds.map((mailbox) => ({ mailbox, ...countsOf(mailbox, auth.claims.subject) }));
      return HttpResponse.json({ data } satisfies Schemas['HandlingCountsList']);
    }),
    http.get(`${baseUrl}/mk/mailboxes/:mailbox/assignments`, async ({ request, params }) => {
      const auth = await authorize(request, verifyToken, undefined);
      if (auth.response) return auth.response;
      const mailbox = String(params['mailbox']);
      if (!auth.claims.authIds.includes(mailbox)) return forbiddenResponse(`No grant for the function mailbox ${mailbox}.`, problemInstance(request.url));
      const data = receivedIn(mailbox).flatMap((record) => {
        const row = rows.get(record.id);
        if (!row) return [];
        const { mailbox: _m, ...handling } = view(row);
        return [handling];
      });
      return HttpResponse.json({ data, counts: countsOf(mailbox, auth.claims.subject) } satisfies Schemas['MailboxAssignments']);
    }),
    http.get(`${baseUrl}/mk/mailboxes/:mailbox/assignees`, async ({ request, params }) => {
      const auth = await authorize(request, verifyToken, undefined);
      if (auth.response) return auth.response;
      const mailbox = String(params['mailbox']);
      if (!auth.claims.authIds.includes(mailbox)) return forbiddenResponse(`No grant for the function mailbox ${mailbox}.`, problemInstance(request.url));
      const data = PERSONAS.filter((p) => p.functionAddresses.includes(mailbox)).map((p) => ({ sub: p.id, name: p.name }));
      return HttpResponse.json({ data } satisfies Schemas['AssigneeList']);
    }),
    http.get(`${baseUrl}/mk/messages/:messageId/handling`, async ({ request, params }) => {
      const auth = await authorize(request, verifyToken, undefined);
      if (auth.response) return auth.response;
      const record = findReceived(String(params['messageId']), auth.claims.authIds);
      if (!record) return notFoundResponse(problemInstance(request.url));
      return HttpResponse.json(detail(rowFor(record)));
    }),
    http.post(`${baseUrl}/mk/messages/:messageId/handling`, async ({ request, params }) => {
      const auth = await authorize(request, verifyToken, undefined);
      if (auth.response) return auth.response;
      const instance = problemInstance(request.url);
      const record = findReceived(String(params['messageId']), auth.claims.authIds);
      if (!record) return notFoundResponse(instance);
      const body = readRecord(await request.json().catch(() => undefined));
      const kind = readString(body?.['action']) as HandlingActionKind | undefined;
      const expectedVersion = body?.['expectedVersion'];
      if (!kind || !HANDLING_ACTIONS.includes(kind) || typeof expectedVersion !== 'number') {
        return badRequestResponse('Give an action and the expectedVersion it is based on.', instance);
      }
      const to = readString(body?.['to']);
      const mailbox = ownMailboxOf(record) ?? '';
      if (kind === 'assign' && !PERSONAS.some((p) => p.id === to && p.functionAddresses.includes(mailbox))) {
        return badRequestResponse(`${to ?? '(nobody)'} has no grant to handle messages in the function mailbox ${mailbox}.`, instance);
      }
      const actor = person(auth.claims.subject);
      const action: HandlingAction = kind === 'assign' ? { kind, to: person(to ?? '') } : { kind };
      const row = rowFor(record);
      const outcome = applyHandlingAction(row, action, actor);
      if (row.version !== expectedVersion || !outcome.ok) {
        const reason = !outcome.ok ? outcome.reason : 'version';
        const who = reason === 'taken-by-other' || reason === 'already-yours' ? row.assignee : row.updatedBy;
        const named = who ? (who.sub === actor.sub ? 'you' : (who.name ?? who.sub)) : 'someone';
        const problem = { type: 'urn:problem-type:sdk-mk:handlingConflict', title: 'Conflict', status: 409, detail: `Conflict (${reason}): ${named}.`, instance, reason, handling: view(row) };
        return problemResponse(problem as Problem, { status: 409 });
      }
      const at = world.clock.now().toISOString();
      const next: Row = {
        ...row,
        ...outcome.next,
        version: row.version + 1,
        updatedBy: actor,
        updatedAt: at,
        events: [...row.events, { kind: outcome.event, at, by: actor, ...(outcome.next.assignee && (kind === 'take' || kind === 'assign') ? { assignee: outcome.next.assignee } : {}) }],
      };
      rows.set(record.id, next);
      return HttpResponse.json(detail(next));
    }),
    http.post(`${baseUrl}/mk/messages/:messageId/notes`, async ({ request, params }) => {
      const auth = await authorize(request, verifyToken, undefined);
      if (auth.response) return auth.response;
      const instance = problemInstance(request.url);
      const record = findReceived(String(params['messageId']), auth.claims.authIds);
      if (!record) return notFoundResponse(instance);
      const text = readString(readRecord(await request.json().catch(() => undefined))?.['text'])?.trim() ?? '';
      if (text === '' || text.length > MAX_NOTE_LENGTH) return badRequestResponse(`A note needs text, at most ${MAX_NOTE_LENGTH} characters.`, instance);
      const row = rowFor(record);
      const note = { id: `note-${row.notes.length + 1}-${record.id}`, at: world.clock.now().toISOString(), author: person(auth.claims.subject), text };
      rows.set(record.id, { ...row, notes: [...row.notes, note] });
      return HttpResponse.json({ note }, { status: 201 });
    }),
  ];
}
