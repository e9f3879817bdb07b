// @vitest-environment node
/**
 * The trainer's course server (issue 11, ADR 0016) through the gateway, on PGlite and (with
 * TEST_DATABASE_URL) on PostgreSQL: a course of three from the "rejected message" scenario,
 * participants who do it right, wrong or not at all, and the board showing exactly that; a
 * fault for one participant hitting only her; reset; the report; who may see a course.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testMessageRequest } from '../mocks/testing';
import { practiceAccountId, practiceMailbox } from '../src/sdk/training/practice';
import type { GatewayDb } from './db/database';
import { createMockMt, createTestGateway } from './testing/harness';
import { DATABASE_KINDS_FOR_TESTS } from './testing/testDatabases';
import { useSeededDatabase } from './testing/seededDatabase';
import { toveToken } from './testing/trainingTokens';
import { issueUserToken } from './testing/userTokens';

const mt = createMockMt();
beforeAll(() => mt.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mt.reset());
afterAll(() => mt.server.close());

const OLD = 'sdk:ifo-gammal:0203:ovning.sdk.se';
const RIGHT = 'sdk:ifo-mottagning:0203:ovning.sdk.se';
const inboxOf = (mailbox: string) => `/sdk/messages?filter[recipientAttention.subOrganization.extension]=${encodeURIComponent(mailbox)}`;
/** Virtual time passes in the simulated federation: statuses and receipts move on. */
const later = (seconds = 30) => {
  mt.world().clock.advance(seconds * 1000);
  mt.world().settle();
};

type Result = { exercise: string; done: boolean; why?: { code: string; to?: string; lastTo?: string } };
type BoardRow = { number: number; results: Result[]; faults: { kind: string }[]; hints: number };

for (const { kind, skip, title } of DATABASE_KINDS_FOR_TESTS) {
  describe.skipIf(skip)(`course server on ${title}`, () => {
    let db: GatewayDb;
    let gateway: ReturnType<typeof createTestGateway>;
    let tove: string;

    const database = useSeededDatabase(kind);
    beforeEach(async () => {
      db = database();
      gateway = createTestGateway(db);
      tove = await toveToken();
    });

    async function newCourse(participants = 3): Promise<{ code: string; tokens: string[]; mailboxes: string[] }> {
      const created = await gateway.call('/mk/training/courses', { method: 'POST', token: tove, body: { scenarioId: 'avvisat-meddelande', participants } });
      expect(created.status).toBe(201);
      const { course } = await created.json();
      const numbers = Array.from({ length: participants }, (_, i) => i + 1);
      const tokens = await Promise.all(numbers.map((n) => issueUserToken({ subject: practiceAccountId(course.code, n), roles: ['practice', 'caseworker'] })));
      return { code: course.code, tokens, mailboxes: numbers.map((n) => practiceMailbox(course.code, n)) };
    }
    const control = (code: string, body: Record<string, unknown>) => gateway.call(`/mk/training/courses/${code}/control`, { method: 'POST', token: tove, body });
    const board = async (code: string): Promise<BoardRow[]> => (await (await gateway.call(`/mk/training/courses/${code}/board`, { token: tove })).json()).participants;
    const send = async (token: string, from: string, to: string) => {
      const response = await gateway.call('/sdk/messages', { method: 'POST', token, body: testMessageRequest({ from, to }) });
      expect(response.status).toBe(201);
    };
    const inbox = async (token: string, mailbox: string) => (await (await gateway.call(inboxOf(mailbox), { token })).json()).data as { attributes: { label: string } }[];

    it('gives each participant her own practice mailbox with the scenario message, and nobody else\'s', async () => {
      const { code, tokens, mailboxes } = await newCourse();
      expect(await inbox(tokens[0]!, mailboxes[0]!)).toEqual([]);
      expect((await control(code, { action: 'start' })).status).toBe(200);
      later();
      expect((await inbox(tokens[0]!, mailboxes[0]!)).map((m) => m.attributes.label)).toEqual(['Uppdrag: skicka en förfrågan']);
      expect((await gateway.call(inboxOf(mailboxes[1]!), { token: tokens[0]! })).status).toBe(403);
      const me = await (await gateway.call('/mk/me', { token: tokens[1]! })).json();
      expect(me.mailboxes.map((m: { id: string }) => m.id)).toEqual([mailboxes[1]]);
    });

    it('the board shows exactly who did it right, who did it wrong and who has not started, with why', async () => {
      const { code, tokens, mailboxes } = await newCourse();
      await control(code, { action: 'start' });
      later();
      // 1 does it right: sends to the old address, reads the rejection, resends to the right one.
      await send(tokens[0]!, mailboxes[0]!, OLD);
      // 2 does it wrong: sends to the old address twice.
      await send(tokens[1]!, mailboxes[1]!, OLD);
      later();
      await send(tokens[0]!, mailboxes[0]!, RIGHT);
      await send(tokens[1]!, mailboxes[1]!, OLD);
      later();
      const rows = await board(code);
      expect(rows.map((r) => r.results.map((x) => (x.done ? 'done' : x.why?.code)))).toEqual([
        ['done', 'done'],
        ['done', 'not-resent'],
        ['not-sent', 'no-failure-yet'],
      ]);
      expect(rows[1]?.results[1]?.why).toEqual({ code: 'not-resent', to: RIGHT, lastTo: OLD });

      const report = await gateway.call(`/mk/training/courses/${code}/report?format=csv`, { token: tove });
      expect(report.headers.get('Content-Type')).toContain('text/csv');
      const lines = (await report.text()).trim().split('\r\n');
      expect(lines[0]).toBe('deltagare,konto,Skicka förfrågan,Skicka om till rätt adress');
      expect(lines[2]).toMatch(new RegExp(`^2,${practiceAccountId(code, 2)},\\d{4}-.+Z,$`));
    });

    it('a fault for one participant hits only her; reset restores her starting state', async () => {
      const { code, tokens, mailboxes } = await newCourse();
      await control(code, { action: 'start' });
      const injected = await gateway.call(`/mk/training/courses/${code}/faults`, { method: 'POST', token: tove, body: { participant: 3, fault: { kind: 'reject', code: 'SIG' } } });
      expect(await injected.json()).toEqual({ participants: [3] });
      await send(tokens[2]!, mailboxes[2]!, RIGHT);
      await send(tokens[0]!, mailboxes[0]!, RIGHT);
      later();
      const sentStatus = async (i: number) =>
        (await (await gateway.call(`/sdk/messages?filter[senderAttention.subOrganization.extension]=${encodeURIComponent(mailboxes[i]!)}`, { token: tokens[i]! })).json()).data.map(
          (m: { attributes: { messageStatus: string } }) => m.attributes.messageStatus,
        );
      expect(await sentStatus(2)).toEqual(['MESSAGE_EXCHANGE_ERROR']);
      expect(await sentStatus(0)).toEqual(['ACCEPTED']);

      await gateway.call(`/mk/training/courses/${code}/faults`, { method: 'POST', token: tove, body: { participant: 2, fault: { kind: 'unavailable', minutes: 5 } } });
      expect((await gateway.call(inboxOf(mailboxes[1]!), { token: tokens[1]! })).status).toBe(503);
      expect((await gateway.call(inboxOf(mailboxes[0]!), { token: tokens[0]! })).status).toBe(200);
      expect((await board(code)).map((r) => r.faults.map((f) => f.kind))).toEqual([[], ['unavailable'], ['reject']]);

      const reset = await gateway.call(`/mk/training/courses/${code}/reset`, { method: 'POST', token: tove, body: { participant: 3 } });
      expect(reset.status).toBe(200);
      later();
      expect(await sentStatus(2)).toEqual([]);
      expect((await inbox(tokens[2]!, mailboxes[2]!)).map((m) => m.attributes.label)).toEqual(['Uppdrag: skicka en förfrågan']);
      const rows = await board(code);
      expect(rows[2]).toMatchObject({ faults: [], results: [{ done: false }, { done: false }] });
      expect(await sentStatus(0)).toEqual(['ACCEPTED']);
    });

    it('hints reach one participant or all; the participant reads them from /mk/training/me', async () => {
      const { code, tokens } = await newCourse(2);
      await gateway.call(`/mk/training/courses/${code}/hints`, { method: 'POST', token: tove, body: { text: 'Titta i statushistoriken.', participant: 1 } });
      await gateway.call(`/mk/training/courses/${code}/hints`, { method: 'POST', token: tove, body: { text: 'Fem minuter kvar.' } });
      const me = async (token: string) => (await (await gateway.call('/mk/training/me', { token })).json()).hints.map((h: { text: string }) => h.text);
      expect(await me(tokens[0]!)).toEqual(['Fem minuter kvar.', 'Titta i statushistoriken.']);
      expect(await me(tokens[1]!)).toEqual(['Fem minuter kvar.']);
      expect((await gateway.call('/mk/training/me', { token: tove })).status).toBe(404);
    });

    it('only trainers, and each only her own courses; bad input names the field', async () => {
      const { code } = await newCourse(1);
      const anna = await issueUserToken({ subject: 'anna', roles: ['caseworker'] });
      expect((await gateway.call('/mk/training/courses', { token: anna })).status).toBe(403);
      const other = await issueUserToken({ subject: 'olle', roles: ['trainer'] });
      expect((await gateway.call(`/mk/training/courses/${code}/board`, { token: other })).status).toBe(404);
      expect((await (await gateway.call('/mk/training/courses', { token: other })).json()).data).toEqual([]);
      const bad = await gateway.call('/mk/training/courses', { method: 'POST', token: tove, body: { scenarioId: 'avvisat-meddelande', participants: 41 } });
      expect(bad.status).toBe(400);
      expect((await bad.json()).eventIssues.map((i: { in: string }) => i.in)).toEqual(['participants']);
      const badScenario = await gateway.call('/mk/training/scenarios', { method: 'POST', token: tove, body: { format: 'sdk-mk-scenario', version: 1, id: 'x' } });
      expect((await badScenario.json()).eventIssues.map((i: { in: string }) => i.in)).toEqual(expect.arrayContaining(['title', 'timeline', 'exercises']));
      expect((await control(code, { action: 'pause' })).status).toBe(409);
    });
  });
}
