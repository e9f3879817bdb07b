// @vitest-environment node
/**
 * The console log's day filters are Swedish calendar days (src/sdk/calendarDay.ts): "from 3
 * December to 3 December" takes what happened between midnight and midnight in Stockholm, also
 * the half hour after midnight that UTC days would put on the day before, and nothing of the
 * next Swedish day.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FA } from '../mocks/personas';
import type { GatewayDb } from './db/database';
import { saraToken } from './testing/consoleTokens';
import { createMockMt, createTestGateway } from './testing/harness';
import { useSeededDatabase } from './testing/seededDatabase';
import { DATABASE_KINDS_FOR_TESTS } from './testing/testDatabases';

const mt = createMockMt();
beforeAll(() => mt.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mt.reset());
afterAll(() => mt.server.close());

for (const { kind, skip, title } of DATABASE_KINDS_FOR_TESTS) {
  describe.skipIf(skip)(`the log's day filters on ${title}`, () => {
    const database = useSeededDatabase(kind);
    let db: GatewayDb;
    let gateway: ReturnType<typeof createTestGateway>;
    beforeEach(() => {
      db = database();
      gateway = createTestGateway(db);
    });

    const readAt = (at: string, messageId: string) =>
      db.db.insertInto('access_log').values({ at: new Date(at), subject: 'anna', mailbox_id: FA.malmoBarnUnga, message_id: messageId, action: 'read', status: 200, request_id: `r-${messageId}` }).execute();
    const messageIds = async (query: string) =>
      ((await (await gateway.call(`/mk/admin/log?${query}`, { token: await saraToken() })).json()).data as { messageId?: string }[]).map((e) => e.messageId);

    it('takes a day from midnight to midnight in Stockholm, in winter and in summer', async () => {
      await readAt('2026-12-02T22:59:00.000Z', 'before'); // 2 December 23:59 in Malmö
      await readAt('2026-12-02T23:30:00.000Z', 'just-after-midnight'); // 3 December 00:30
      await readAt('2026-12-03T22:30:00.000Z', 'late-evening'); // 3 December 23:30
      await readAt('2026-12-03T23:30:00.000Z', 'next-day'); // 4 December 00:30
      await readAt('2026-07-01T22:30:00.000Z', 'summer-next-day'); // 2 July 00:30 (UTC+2)
      await readAt('2026-07-01T21:30:00.000Z', 'summer-late'); // 1 July 23:30

      expect(await messageIds('from=2026-12-03&to=2026-12-03')).toEqual(['late-evening', 'just-after-midnight']);
      expect(await messageIds('to=2026-12-02')).toEqual(['before', 'summer-next-day', 'summer-late']);
      expect(await messageIds('from=2026-07-01&to=2026-07-01')).toEqual(['summer-late']);
    });

    it('refuses a day that does not exist, naming the field', async () => {
      const answer = await gateway.call('/mk/admin/log?from=2026-02-30', { token: await saraToken() });
      expect(answer.status).toBe(400);
      expect(JSON.stringify(await answer.json())).toContain('"in":"from"');
    });
  });
}
