// @vitest-environment node
/**
 * Shared-mailbox handling through the gateway (issue 10, ADR 0011), on PGlite and (with
 * TEST_DATABASE_URL) on a real PostgreSQL: take, assign, release, handle and reopen with their
 * history and the counts; a race of two takes; who may be assigned; read-only and ungranted
 * callers; revocation; internal notes that never reach the message service; the access log.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileOpenApiSchemas, type OpenApiDocument } from '../src/testing/diggSchema';
import { FA } from '../mocks/personas';
import { testMessageRequest } from '../mocks/testing/messageRequests';
import type { GatewayDb } from './db/database';
import { recordReceived } from './handling/store';
import { seedRegistry } from './registry/seed';
import { createMockMt, createTestGateway, TEST_SEED } from './testing/harness';
import { DATABASE_KINDS_FOR_TESTS, emptyDatabase } from './testing/testDatabases';
import { useSeededDatabase } from './testing/seededDatabase';
import { issueUserToken } from './testing/userTokens';

const mt = createMockMt();
const mtBodies: string[] = [];
beforeAll(() => {
  mt.server.events.on('request:start', ({ request }) => {
    if (request.method !== 'GET') void request.clone().text().then((t) => mtBodies.push(t));
  });
  mt.server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  mt.reset();
  mtBodies.length = 0;
});
afterAll(() => mt.server.close());

const BOX = FA.malmoBarnUnga;
const INBOX = `/sdk/messages?filter[recipientAttention.subOrganization.extension]=${encodeURIComponent(BOX)}`;
const SENT = `/sdk/messages?filter[senderAttention.subOrganization.extension]=${encodeURIComponent(BOX)}`;
const handlingOf = (id: string) => `/mk/messages/${encodeURIComponent(id)}/handling`;
const notesOf = (id: string) => `/mk/messages/${encodeURIComponent(id)}/notes`;
const assignments = `/mk/mailboxes/${encodeURIComponent(BOX)}/assignments`;

/** The project's own contract, for the shapes of the answers. */
const contract = compileOpenApiSchemas(parse(readFileSync(new URL('../src/api/openapi.yaml', import.meta.url), 'utf8')) as OpenApiDocument);

type Counts = { unassigned: number; mine: number; handled: number };

for (const { kind, skip, title } of DATABASE_KINDS_FOR_TESTS) {
  describe.skipIf(skip)(`message handling on ${title}`, () => {
    let db: GatewayDb;
    let gateway: ReturnType<typeof createTestGateway>;
    let anna: string;
    let maja: string;
    let received: string[];

    const act = (token: string, id: string, body: Record<string, unknown>) => gateway.call(handlingOf(id), { method: 'POST', token, body });
    const countsOf = async (token: string): Promise<Counts> => {
      const body = await (await gateway.call('/mk/handling-counts', { token })).json();
      const entry = body.data.find((d: { mailbox: string }) => d.mailbox === BOX);
      return { unassigned: entry.unassigned, mine: entry.mine, handled: entry.handled };
    };

    const database = useSeededDatabase(kind);
    beforeEach(async () => {
      db = database();
      // Maja: Anna's colleague in Socialtjänsten barn och unga, through a group grant.
      await db.db.insertInto('grants').values({ mailbox_id: BOX, subject_kind: 'group', subject: 'malmo-barn-unga', level: 'send', valid_from: null, valid_to: null, granted_by: 'test' }).execute();
      gateway = createTestGateway(db);
      anna = await issueUserToken({ subject: 'anna', name: 'Anna Lindqvist' });
      maja = await issueUserToken({ subject: 'maja', name: 'Maja Holm', groups: ['malmo-barn-unga'] });
      // Both sign in (the app's first call) and poll the mailbox: the gateway learns its messages.
      for (const token of [anna, maja]) await gateway.call('/mk/me', { token });
      const list = await (await gateway.call(INBOX, { token: anna })).json();
      received = list.data.map((m: { id: string }) => m.id);
      if (received.length === 0) throw new Error('the seed has no received message in the mailbox');
    });

    it('takes, assigns, releases, handles and reopens, with the history and counts after each step', async () => {
      const [id] = received as [string];
      const total = received.length;
      expect(await countsOf(anna)).toEqual({ unassigned: total, mine: 0, handled: 0 });
      const initial = await (await gateway.call(handlingOf(id), { token: maja })).json();
      expect(initial.handling).toMatchObject({ messageId: id, state: 'open', assignee: null, version: 0 });

      const took = await act(anna, id, { action: 'take', expectedVersion: 0 });
      expect(took.status).toBe(200);
      expect((await took.json()).handling).toMatchObject({ assignee: { sub: 'anna', name: 'Anna Lindqvist' }, version: 1, updatedBy: { sub: 'anna' } });
      expect(await countsOf(anna)).toEqual({ unassigned: total - 1, mine: 1, handled: 0 });
      expect(await countsOf(maja)).toEqual({ unassigned: total - 1, mine: 0, handled: 0 });

      expect((await act(anna, id, { action: 'assign', to: 'maja', expectedVersion: 1 })).status).toBe(200);
      expect(await countsOf(maja)).toEqual({ unassigned: total - 1, mine: 1, handled: 0 });
      expect(await countsOf(anna)).toEqual({ unassigned: total - 1, mine: 0, handled: 0 });

      expect((await act(maja, id, { action: 'release', expectedVersion: 2 })).status).toBe(200);
      expect(await countsOf(maja)).toEqual({ unassigned: total, mine: 0, handled: 0 });

      expect((await act(maja, id, { action: 'take', expectedVersion: 3 })).status).toBe(200);
      const handled = await act(maja, id, { action: 'handle', expectedVersion: 4 });
      expect((await handled.json()).handling).toMatchObject({ state: 'handled', assignee: { sub: 'maja' }, version: 5 });
      expect(await countsOf(anna)).toEqual({ unassigned: total - 1, mine: 0, handled: 1 });
      // A handled message is reopened before anything else happens to it.
      const refused = await act(anna, id, { action: 'take', expectedVersion: 5 });
      expect(refused.status).toBe(409);
      expect((await refused.json()).reason).toBe('already-handled');

      const reopened = await act(anna, id, { action: 'reopen', expectedVersion: 5 });
      const body = await reopened.json();
      expect(body.handling).toMatchObject({ state: 'open', assignee: { sub: 'maja' }, version: 6 });
      expect(await countsOf(maja)).toEqual({ unassigned: total - 1, mine: 1, handled: 0 });
      expect(body.events.map((e: { kind: string; by: { sub: string }; assignee?: { sub: string } }) => [e.kind, e.by.sub, e.assignee?.sub])).toEqual([
        ['took', 'anna', 'anna'],
        ['assigned', 'anna', 'maja'],
        ['released', 'maja', undefined],
        ['took', 'maja', 'maja'],
        ['handled', 'maja', undefined],
        ['reopened', 'anna', undefined],
      ]);
      expect(body.events.every((e: { at: string }) => !Number.isNaN(Date.parse(e.at)))).toBe(true);

      // The mailbox's assignment list: only messages whose handling ever changed.
      const list = await (await gateway.call(assignments, { token: anna })).json();
      expect(list.data).toEqual([expect.objectContaining({ messageId: id, state: 'open', assignee: { sub: 'maja', name: 'Maja Holm' }, version: 6 })]);
      expect(list.counts).toEqual({ unassigned: total - 1, mine: 0, handled: 0 });
    });

    it('lets exactly one of two simultaneous takes win; the other gets 409 naming who has it', async () => {
      const [id] = received as [string];
      const answers = await Promise.all([act(anna, id, { action: 'take', expectedVersion: 0 }), act(maja, id, { action: 'take', expectedVersion: 0 })]);
      const statuses = answers.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 409]);
      const loser = answers.find((r) => r.status === 409);
      const problem = await loser?.json();
      const winner = problem.handling.assignee;
      expect(loser?.headers.get('Content-Type')).toBe('application/problem+json');
      expect(problem).toMatchObject({ status: 409, reason: 'taken-by-other', handling: { messageId: id, version: 1 } });
      expect(['anna', 'maja']).toContain(winner.sub);
      expect(problem.detail).toContain(winner.name);
      const events = (await (await gateway.call(handlingOf(id), { token: anna })).json()).events;
      expect(events).toHaveLength(1);
      // A stale version is refused too, even for an action that would apply.
      expect((await act(winner.sub === 'anna' ? maja : anna, id, { action: 'release', expectedVersion: 0 })).status).toBe(409);
    });

    it('assigns only to a person with send access to the mailbox (directly or through a group)', async () => {
      const [id] = received as [string];
      const erik = await issueUserToken({ subject: 'erik', name: 'Erik Johansson' });
      await gateway.call('/mk/me', { token: erik });
      const toErik = await act(anna, id, { action: 'assign', to: 'erik', expectedVersion: 0 });
      expect(toErik.status).toBe(400);
      expect((await toErik.json()).detail).toContain('Erik Johansson');
      expect((await act(anna, id, { action: 'assign', to: 'nobody', expectedVersion: 0 })).status).toBe(400);
      expect((await act(anna, id, { action: 'assign', to: 'maja', expectedVersion: 0 })).status).toBe(200);
      const assignees = await (await gateway.call(`/mk/mailboxes/${encodeURIComponent(BOX)}/assignees`, { token: anna })).json();
      expect(assignees.data.map((p: { sub: string }) => p.sub)).toEqual(['anna', 'maja']);
    });

    it('lets a read-only grant see handling and notes but not change them', async () => {
      const [id] = received as [string];
      await db.db.insertInto('grants').values({ mailbox_id: BOX, subject_kind: 'person', subject: 'tove', level: 'read', valid_from: null, valid_to: null, granted_by: 'test' }).execute();
      const tove = await issueUserToken({ subject: 'tove', name: 'Tove Persson' });
      expect((await gateway.call(handlingOf(id), { token: tove })).status).toBe(200);
      const take = await act(tove, id, { action: 'take', expectedVersion: 0 });
      expect(take.status).toBe(403);
      expect((await take.json()).detail).toContain(BOX);
      expect((await gateway.call(notesOf(id), { method: 'POST', token: tove, body: { text: 'Hej' } })).status).toBe(403);
      expect((await (await gateway.call(handlingOf(id), { token: anna })).json()).handling.version).toBe(0);
    });

    it('shows nothing to a person without a grant, and applies a revoked grant on the next request', async () => {
      const [id] = received as [string];
      await act(anna, id, { action: 'take', expectedVersion: 0 });
      await gateway.call(notesOf(id), { method: 'POST', token: anna, body: { text: 'Ring skolan' } });
      const erik = await issueUserToken({ subject: 'erik' });
      const hidden = await gateway.call(handlingOf(id), { token: erik });
      expect(hidden.status).toBe(404);
      expect(await hidden.text()).not.toContain('Ring skolan');
      expect((await act(erik, id, { action: 'take', expectedVersion: 1 })).status).toBe(404);
      expect((await gateway.call(notesOf(id), { method: 'POST', token: erik, body: { text: 'x' } })).status).toBe(404);
      const list = await gateway.call(assignments, { token: erik });
      expect(list.status).toBe(403);
      expect((await list.json()).detail).toContain(BOX);
      const counts = await (await gateway.call('/mk/handling-counts', { token: erik })).json();
      expect(counts.data.map((d: { mailbox: string }) => d.mailbox)).toEqual([FA.lundSocialtjanst]);

      expect((await gateway.call(handlingOf(id), { token: maja })).status).toBe(200);
      await db.db.deleteFrom('grants').where('subject', '=', 'malmo-barn-unga').execute();
      expect((await gateway.call(handlingOf(id), { token: maja })).status).toBe(404);
      expect((await gateway.call(assignments, { token: maja })).status).toBe(403);
    });

    it('keeps internal notes for colleagues and never sends them to the message service', async () => {
      const [id] = received as [string];
      const text = 'Internt: pappan har ringt, vänta med svar till måndag.';
      const written = await gateway.call(notesOf(id), { method: 'POST', token: anna, body: { text } });
      expect(written.status).toBe(201);
      expect((await written.json()).note).toMatchObject({ author: { sub: 'anna', name: 'Anna Lindqvist' }, text });
      const seen = await (await gateway.call(handlingOf(id), { token: maja })).json();
      expect(seen.notes).toEqual([expect.objectContaining({ text, author: { sub: 'anna', name: 'Anna Lindqvist' } })]);
      expect((await gateway.call(notesOf(id), { method: 'POST', token: anna, body: { text: '   ' } })).status).toBe(400);
      expect((await gateway.call(notesOf(id), { method: 'POST', token: anna, body: { text: 'x'.repeat(4001) } })).status).toBe(400);

      // Not in what the message service holds or was ever sent, not in the message it serves.
      expect(JSON.stringify(mt.world().store.all())).not.toContain('pappan har ringt');
      expect(mtBodies.join('\n')).not.toContain('pappan har ringt');
      const message = await (await gateway.call(`/sdk/messages/${encodeURIComponent(id)}`, { token: maja })).text();
      expect(message).not.toContain('pappan har ringt');
      const logged = await db.db.selectFrom('access_log').selectAll().where('action', '=', 'note').execute();
      expect(logged).toHaveLength(1);
      expect(JSON.stringify(logged)).not.toContain('pappan');
    });

    it('keeps the assignment when the one who has the message sends a reply', async () => {
      const [id] = received as [string];
      expect((await act(maja, id, { action: 'take', expectedVersion: 0 })).status).toBe(200);
      const before = (await (await gateway.call(handlingOf(id), { token: anna })).json()).handling;
      const reply = testMessageRequest({ from: BOX, to: FA.lundSocialtjanst });
      reply.data.attributes.label = 'SV: Begäran om yttrande';
      expect((await gateway.call('/sdk/messages', { method: 'POST', token: maja, body: reply })).status).toBe(201);
      // The list poll that follows the send changes nothing either.
      await gateway.call(INBOX, { token: maja });
      const after = (await (await gateway.call(handlingOf(id), { token: anna })).json()).handling;
      expect(after).toEqual(before);
      expect(after).toMatchObject({ state: 'open', assignee: { sub: 'maja', name: 'Maja Holm' }, version: 1 });
      expect(await countsOf(maja)).toMatchObject({ mine: 1 });
    });

    it('writes every change to the access log, refused ones too', async () => {
      const [id] = received as [string];
      await act(anna, id, { action: 'take', expectedVersion: 0 });
      await act(maja, id, { action: 'take', expectedVersion: 0 });
      await act(anna, id, { action: 'assign', to: 'maja', expectedVersion: 1 });
      const rows = await db.db.selectFrom('access_log').select(['subject', 'mailbox_id', 'message_id', 'action', 'status', 'detail']).where('action', '=', 'handle').orderBy('id').execute();
      expect(rows).toEqual([
        { subject: 'anna', mailbox_id: BOX, message_id: id, action: 'handle', status: 200, detail: 'take' },
        { subject: 'maja', mailbox_id: BOX, message_id: id, action: 'handle', status: 409, detail: 'take' },
        { subject: 'anna', mailbox_id: BOX, message_id: id, action: 'handle', status: 200, detail: 'assign:maja' },
      ]);
    });

    it('learns a message it has not listed from the message service, and refuses sent ones', async () => {
      await emptyDatabase(db);
      await seedRegistry(db.db, TEST_SEED);
      const [id] = received as [string];
      const fresh = createTestGateway(db);
      const answer = await fresh.call(handlingOf(id), { token: anna });
      expect(answer.status).toBe(200);
      expect((await answer.json()).handling.mailbox).toBe(BOX);
      const sent = await (await fresh.call(SENT, { token: anna })).json();
      const sentId = sent.data[0]?.id as string;
      expect(sentId).toBeTruthy();
      expect((await fresh.call(handlingOf(sentId), { token: anna })).status).toBe(404);
      expect((await fresh.call(handlingOf('no-such-message'), { token: anna })).status).toBe(404);
    });

    it('removes the handling and notes of a message deleted through the gateway', async () => {
      const [id] = received as [string];
      await act(anna, id, { action: 'take', expectedVersion: 0 });
      await gateway.call(notesOf(id), { method: 'POST', token: anna, body: { text: 'Klart snart' } });
      const deleted = await gateway.call(`/sdk/messages/${encodeURIComponent(id)}`, { method: 'DELETE', token: anna });
      expect(deleted.ok).toBe(true);
      expect(await db.db.selectFrom('message_notes').selectAll().execute()).toEqual([]);
      expect(await db.db.selectFrom('message_handling_events').selectAll().execute()).toEqual([]);
      expect((await gateway.call(handlingOf(id), { token: anna })).status).toBe(404);
    });

    it('removes the handling of a message the message service no longer has, when it is next opened', async () => {
      const [id] = received as [string];
      await act(anna, id, { action: 'take', expectedVersion: 0 });
      await gateway.call(notesOf(id), { method: 'POST', token: anna, body: { text: 'Kvar?' } });
      expect(mt.world().store.remove(id)).toBe(true);
      expect((await gateway.call(`/sdk/messages/${encodeURIComponent(id)}`, { token: maja })).status).toBe(404);
      expect(await db.db.selectFrom('message_handling').select('message_id').where('message_id', '=', id).execute()).toEqual([]);
      expect(await db.db.selectFrom('message_notes').selectAll().execute()).toEqual([]);
    });

    it('keeps another mailbox’s handling when an ungranted person opens its message', async () => {
      const [id] = received as [string];
      await act(anna, id, { action: 'take', expectedVersion: 0 });
      const erik = await issueUserToken({ subject: 'erik' });
      expect((await gateway.call(`/sdk/messages/${encodeURIComponent(id)}`, { token: erik })).status).toBe(404);
      expect((await (await gateway.call(handlingOf(id), { token: anna })).json()).handling.version).toBe(1);
    });

    it('records the first poll of a large mailbox (more rows than one statement may carry)', async () => {
      const many = Array.from({ length: 40_000 }, (_, i) => ({ messageId: `bulk-${i}`, mailbox: BOX }));
      await recordReceived(db.db, many);
      expect(await countsOf(anna)).toEqual({ unassigned: received.length + 40_000, mine: 0, handled: 0 });
    });

    it('answers in the shapes of the contract', async () => {
      const [id] = received as [string];
      const conforms = async (schema: string, response: Response | Promise<Response>) => {
        const body = await (await response).json();
        expect({ schema, errors: contract.errors(schema, body) }).toEqual({ schema, errors: [] });
        return body;
      };
      await conforms('MessageHandlingDetail', gateway.call(handlingOf(id), { token: anna }));
      await conforms('MessageHandlingDetail', act(anna, id, { action: 'take', expectedVersion: 0 }));
      await conforms('HandlingConflictProblem', act(maja, id, { action: 'take', expectedVersion: 0 }));
      await gateway.call(notesOf(id), { method: 'POST', token: maja, body: { text: 'Anteckning' } });
      const detail = await conforms('MessageHandlingDetail', act(anna, id, { action: 'assign', to: 'maja', expectedVersion: 1 }));
      expect(detail.notes).toHaveLength(1);
      expect(detail.events).toHaveLength(2);
      await conforms('MailboxAssignments', gateway.call(assignments, { token: anna }));
      await conforms('HandlingCountsList', gateway.call('/mk/handling-counts', { token: anna }));
      await conforms('AssigneeList', gateway.call(`/mk/mailboxes/${encodeURIComponent(BOX)}/assignees`, { token: anna }));
      await conforms('Problem', gateway.call(handlingOf(id), { method: 'POST', token: anna, body: { action: 'steal' } }));
    });

    it('answers an unchanged assignment list and unchanged counts with 304', async () => {
      const first = await gateway.call(assignments, { token: anna });
      const tag = first.headers.get('ETag') ?? '';
      expect(tag).not.toBe('');
      expect((await gateway.call(assignments, { token: anna, headers: { 'If-None-Match': tag } })).status).toBe(304);
      const counts = await gateway.call('/mk/handling-counts', { token: maja });
      const countsTag = counts.headers.get('ETag') ?? '';
      expect((await gateway.call('/mk/handling-counts', { token: maja, headers: { 'If-None-Match': countsTag } })).status).toBe(304);
      await act(anna, received[0] as string, { action: 'take', expectedVersion: 0 });
      expect((await gateway.call(assignments, { token: anna, headers: { 'If-None-Match': tag } })).status).toBe(200);
      // A colleague's take changes her unassigned count: her next poll gets a body.
      expect((await gateway.call('/mk/handling-counts', { token: maja, headers: { 'If-None-Match': countsTag } })).status).toBe(200);
    });
  });
}
