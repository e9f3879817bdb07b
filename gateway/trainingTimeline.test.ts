// @vitest-environment node
/**
 * The course server's timing through the gateway (issue 11, ADR 0016), on PGlite and (with
 * TEST_DATABASE_URL) on PostgreSQL, with a gateway clock the test moves: the timeline job
 * delivers what is due while nobody looks at the board, once across two gateway instances; a
 * "session expires" or "receipt delayed" fault for one participant hits her and nobody else.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testMessageRequest } from '../mocks/testing';
import { practiceAccountId, practiceMailbox } from '../src/sdk/training/practice';
import type { GatewayDb } from './db/database';
import { createMemoryLogger } from './http/logger';
import { createMockMt, createTestGateway } from './testing/harness';
import { DATABASE_KINDS_FOR_TESTS } from './testing/testDatabases';
import { useSeededDatabase } from './testing/seededDatabase';
import { toveToken } from './testing/trainingTokens';
import { issueUserToken } from './testing/userTokens';
import { createTrainingTimelineJob, TRAINING_TIMELINE_JOB } from './training/timelineJob';

const mt = createMockMt();
beforeAll(() => mt.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mt.reset());
afterAll(() => mt.server.close());

const RIGHT = 'sdk:ifo-mottagning:0203:ovning.sdk.se';
const MINUTE = 60_000;
const inboxOf = (mailbox: string) => `/sdk/messages?filter[recipientAttention.subOrganization.extension]=${encodeURIComponent(mailbox)}`;
const sentOf = (mailbox: string) => `/sdk/messages?filter[senderAttention.subOrganization.extension]=${encodeURIComponent(mailbox)}`;
/** Virtual time passes in the simulated federation: statuses and receipts move on. */
const later = (seconds = 30) => {
  mt.world().clock.advance(seconds * 1000);
  mt.world().settle();
};

/** Two messages ten course minutes apart and a delayed receipt in between. */
const TIMED_SCENARIO = {
  format: 'sdk-mk-scenario',
  version: 1,
  id: 'tidslinje-test',
  title: 'Tidslinjen (test)',
  audience: 'caseworker',
  goals: ['Ta emot två meddelanden'],
  durationMinutes: 30,
  introduction: 'Två meddelanden kommer med tio minuters mellanrum.',
  counterparts: [{ key: 'mottagning', name: 'Socialtjänsten – mottagning', functionAddress: RIGHT }],
  timeline: [
    { kind: 'message', atMinute: 0, key: 'forsta', from: 'mottagning', label: 'Första meddelandet', text: 'Det första.' },
    { kind: 'fault', atMinute: 5, fault: { kind: 'delay-receipt', minutes: 3 } },
    { kind: 'message', atMinute: 10, key: 'andra', from: 'mottagning', label: 'Andra meddelandet', text: 'Det andra.' },
  ],
  exercises: [{ id: 'svara', title: 'Svara', instructions: 'Svara på det första.', check: { kind: 'reply', to: 'forsta' } }],
};

for (const { kind, skip, title } of DATABASE_KINDS_FOR_TESTS) {
  describe.skipIf(skip)(`course timing on ${title}`, () => {
    let db: GatewayDb;
    let gateway: ReturnType<typeof createTestGateway>;
    let tove: string;
    /** How far the gateway's clock is ahead of the real one (tokens keep real time). */
    let ahead = 0;
    const clock = () => new Date(Date.now() + ahead);

    const database = useSeededDatabase(kind);
    beforeEach(async () => {
      db = database();
      ahead = 0;
      gateway = createTestGateway(db, { clock });
      tove = await toveToken();
    });

    async function newCourse(scenarioId: string, participants: number) {
      const created = await gateway.call('/mk/training/courses', { method: 'POST', token: tove, body: { scenarioId, participants } });
      expect(created.status).toBe(201);
      const { course } = await created.json();
      const numbers = Array.from({ length: participants }, (_, i) => i + 1);
      const tokens = await Promise.all(numbers.map((n) => issueUserToken({ subject: practiceAccountId(course.code, n), roles: ['practice', 'caseworker'] })));
      return { code: course.code as string, tokens, mailboxes: numbers.map((n) => practiceMailbox(course.code, n)) };
    }
    const control = (code: string, body: Record<string, unknown>) => gateway.call(`/mk/training/courses/${code}/control`, { method: 'POST', token: tove, body });
    const labels = async (token: string, mailbox: string) =>
      ((await (await gateway.call(inboxOf(mailbox), { token })).json()).data as { attributes: { label: string } }[]).map((m) => m.attributes.label).sort();
    const sentStatus = async (token: string, mailbox: string) =>
      ((await (await gateway.call(sentOf(mailbox), { token })).json()).data as { attributes: { messageStatus: string } }[]).map((m) => m.attributes.messageStatus);
    const send = async (token: string, from: string, to: string) => {
      const response = await gateway.call('/sdk/messages', { method: 'POST', token, body: testMessageRequest({ from, to }) });
      expect(response.status).toBe(201);
    };
    const jobLog = createMemoryLogger();
    const jobOf = (instanceId: string) => createTrainingTimelineJob({ deps: gateway.deps, intervalMs: 5000, instanceId, logger: jobLog });

    it('the timeline job delivers each event when it is due, with nobody looking at the board, once across two instances', async () => {
      expect((await gateway.call('/mk/training/scenarios', { method: 'POST', token: tove, body: TIMED_SCENARIO })).status).toBe(201);
      const { code, tokens, mailboxes } = await newCourse('tidslinje-test', 2);
      const [first, second] = [jobOf('gw-a'), jobOf('gw-b')];
      // Not started: nothing to do, nothing recorded.
      expect(await first.tick()).toBe(true);
      expect(await db.db.selectFrom('job_runs').select('id').where('job', '=', TRAINING_TIMELINE_JOB).execute()).toEqual([]);

      // The start itself delivers minute 0 (a control action looks at the course).
      expect((await control(code, { action: 'start' })).status).toBe(200);
      later();
      expect(await labels(tokens[1]!, mailboxes[1]!)).toEqual(['Första meddelandet']);

      ahead += 9 * MINUTE;
      expect([await first.tick(), await second.tick()]).toEqual([true, false]);
      later();
      expect(await labels(tokens[0]!, mailboxes[0]!)).toEqual(['Första meddelandet']);
      // Half a minute on, nothing new is due: the job looks, and records no run.
      ahead += MINUTE / 2;
      expect(await first.tick()).toBe(true);
      ahead += MINUTE / 2;

      // Both instances try at the same moment; one of them delivers.
      const ran = await Promise.all([first.tick(), second.tick()]);
      expect(ran.filter(Boolean)).toHaveLength(1);
      later();
      for (const i of [0, 1]) expect(await labels(tokens[i]!, mailboxes[i]!)).toEqual(['Andra meddelandet', 'Första meddelandet']);

      const runs = await db.db.selectFrom('job_runs').select(['outcome', 'counts']).where('job', '=', TRAINING_TIMELINE_JOB).orderBy('id').execute();
      // Minute 9: the delayed-receipt fault (minute 5) for both; minute 10: the second message for both.
      expect(runs).toEqual([
        { outcome: 'succeeded', counts: { courses: 1, delivered: 2, failed: 0 } },
        { outcome: 'succeeded', counts: { courses: 1, delivered: 2, failed: 0 } },
      ]);
      const faults = await db.db.selectFrom('training_faults').select(['number', 'kind']).where('course_code', '=', code).orderBy('number').execute();
      expect(faults).toEqual([
        { number: 1, kind: 'delay-receipt' },
        { number: 2, kind: 'delay-receipt' },
      ]);

      // Past the last event, and paused: nothing more is due however long it runs or pauses.
      ahead += 30 * MINUTE;
      await first.tick();
      await control(code, { action: 'pause' });
      ahead += 60 * MINUTE;
      await first.tick();
      expect(await labels(tokens[0]!, mailboxes[0]!)).toEqual(['Andra meddelandet', 'Första meddelandet']);
      expect(await db.db.selectFrom('job_runs').select('id').where('job', '=', TRAINING_TIMELINE_JOB).execute()).toHaveLength(2);
      // Only the two runs that delivered something are logged, not the idle looks every few seconds.
      expect(jobLog.entries.filter((e) => e.msg === 'job done' && e['job'] === TRAINING_TIMELINE_JOB)).toHaveLength(2);
    });

    it('"the session expires" for one participant: her next request is a 401 the app renews on; the others go on', async () => {
      const { code, tokens, mailboxes } = await newCourse('avvisat-meddelande', 2);
      await control(code, { action: 'start' });
      const injected = await gateway.call(`/mk/training/courses/${code}/faults`, { method: 'POST', token: tove, body: { participant: 1, fault: { kind: 'session-expires' } } });
      expect(await injected.json()).toEqual({ participants: [1] });

      const expired = await gateway.call(inboxOf(mailboxes[0]!), { token: tokens[0]! });
      expect(expired.status).toBe(401);
      // What src/api/client.ts renews the token on (RFC 6750 invalid_token).
      expect(expired.headers.get('WWW-Authenticate')).toMatch(/^Bearer error="invalid_token"/);
      expect((await gateway.call(inboxOf(mailboxes[1]!), { token: tokens[1]! })).status).toBe(200);

      // Signed in again (a token issued after the fault; iat has whole seconds): she goes on.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const renewed = await issueUserToken({ subject: practiceAccountId(code, 1), roles: ['practice', 'caseworker'] });
      expect((await gateway.call(inboxOf(mailboxes[0]!), { token: renewed })).status).toBe(200);
      expect((await gateway.call(inboxOf(mailboxes[0]!), { token: tokens[0]! })).status).toBe(401);
    });

    it('"the receipt is delayed" for one participant: her receipt comes only after the delay; the others\' at once', async () => {
      const { code, tokens, mailboxes } = await newCourse('avvisat-meddelande', 2);
      await control(code, { action: 'start' });
      await gateway.call(`/mk/training/courses/${code}/faults`, { method: 'POST', token: tove, body: { participant: 1, fault: { kind: 'delay-receipt', minutes: 10 } } });
      await send(tokens[0]!, mailboxes[0]!, RIGHT);
      await send(tokens[1]!, mailboxes[1]!, RIGHT);
      later(60);
      expect(await sentStatus(tokens[1]!, mailboxes[1]!)).toEqual(['ACCEPTED']);
      expect(await sentStatus(tokens[0]!, mailboxes[0]!)).not.toEqual(['ACCEPTED']);
      later(8 * 60);
      expect(await sentStatus(tokens[0]!, mailboxes[0]!)).not.toEqual(['ACCEPTED']);
      later(2 * 60);
      expect(await sentStatus(tokens[0]!, mailboxes[0]!)).toEqual(['ACCEPTED']);
      // Used once: her next message gets its receipt at once.
      await send(tokens[0]!, mailboxes[0]!, RIGHT);
      later(60);
      expect(await sentStatus(tokens[0]!, mailboxes[0]!)).toEqual(['ACCEPTED', 'ACCEPTED']);
    });
  });
}
