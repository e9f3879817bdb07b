// @vitest-environment node
/**
 * "Participants never see each other's messages unless the scenario says so" (issue 11, ADR
 * 0016) through the gateway, on PGlite and (with TEST_DATABASE_URL) on PostgreSQL: in an `own`
 * course a participant's reads of another's mailbox are refused; in a `shared` one she may read
 * the others' mailboxes but never send from them.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testMessageRequest } from '../mocks/testing';
import { shippedScenarios } from '../src/sdk/training/library';
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

const RIGHT = 'sdk:ifo-mottagning:0203:ovning.sdk.se';
const inboxOf = (mailbox: string) => `/sdk/messages?filter[recipientAttention.subOrganization.extension]=${encodeURIComponent(mailbox)}`;
const sharedScenario = () => ({ ...shippedScenarios().find((s) => s.id === 'avvisat-meddelande')!, id: 'jamfor-svar', title: 'Jämför era svar', visibility: 'shared' });

for (const { kind, skip, title } of DATABASE_KINDS_FOR_TESTS) {
  describe.skipIf(skip)(`who sees whose practice mailbox on ${title}`, () => {
    let db: GatewayDb;
    let gateway: ReturnType<typeof createTestGateway>;
    let tove: string;

    const database = useSeededDatabase(kind);
    beforeEach(async () => {
      db = database();
      gateway = createTestGateway(db);
      tove = await toveToken();
    });

    async function startedCourse(scenarioId: string) {
      const created = await gateway.call('/mk/training/courses', { method: 'POST', token: tove, body: { scenarioId, participants: 3 } });
      expect(created.status).toBe(201);
      const { course } = await created.json();
      await gateway.call(`/mk/training/courses/${course.code}/control`, { method: 'POST', token: tove, body: { action: 'start' } });
      mt.world().clock.advance(30_000);
      mt.world().settle();
      const numbers = [1, 2, 3];
      const tokens = await Promise.all(numbers.map((n) => issueUserToken({ subject: practiceAccountId(course.code, n), roles: ['practice', 'caseworker'] })));
      return { tokens, mailboxes: numbers.map((n) => practiceMailbox(course.code, n)) };
    }
    const mailboxesOf = async (token: string) => ((await (await gateway.call('/mk/me', { token })).json()).mailboxes as { id: string }[]).map((m) => m.id).sort();

    it('own (the default): each participant sees only her own mailbox', async () => {
      const { tokens, mailboxes } = await startedCourse('avvisat-meddelande');
      expect(await mailboxesOf(tokens[0]!)).toEqual([mailboxes[0]]);
      expect((await gateway.call(inboxOf(mailboxes[1]!), { token: tokens[0]! })).status).toBe(403);
      expect((await gateway.call(inboxOf(mailboxes[0]!), { token: tokens[0]! })).status).toBe(200);
    });

    it('shared: each participant reads the others\' mailboxes, and sends only from her own', async () => {
      const imported = await gateway.call('/mk/training/scenarios', { method: 'POST', token: tove, body: sharedScenario() });
      expect(imported.status).toBe(201);
      const { tokens, mailboxes } = await startedCourse('jamfor-svar');
      expect(await mailboxesOf(tokens[0]!)).toEqual([...mailboxes].sort());
      const other = await gateway.call(inboxOf(mailboxes[2]!), { token: tokens[0]! });
      expect(other.status).toBe(200);
      expect((await other.json()).data.map((m: { attributes: { label: string } }) => m.attributes.label)).toEqual(['Uppdrag: skicka en förfrågan']);
      const asOther = await gateway.call('/sdk/messages', { method: 'POST', token: tokens[0]!, body: testMessageRequest({ from: mailboxes[2]!, to: RIGHT }) });
      expect(asOther.status).toBe(403);
      const asHerself = await gateway.call('/sdk/messages', { method: 'POST', token: tokens[0]!, body: testMessageRequest({ from: mailboxes[0]!, to: RIGHT }) });
      expect(asHerself.status).toBe(201);
    });

    it('a scenario file with a wrong visibility is refused, naming the field', async () => {
      const response = await gateway.call('/mk/training/scenarios', { method: 'POST', token: tove, body: { ...sharedScenario(), visibility: 'everyone' } });
      expect(response.status).toBe(400);
      expect((await response.json()).eventIssues.map((i: { in: string }) => i.in)).toEqual(['visibility']);
    });
  });
}
