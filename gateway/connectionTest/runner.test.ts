// @vitest-environment node
/**
 * The connection-test runner against the mock message service (the simulator's test
 * functions), on PGlite and (with TEST_DATABASE_URL) on PostgreSQL: every case is judged as
 * expected, progress is stored while the run goes on, a deadline fails what has not finished,
 * and a refused test message fails its case with the service's status.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FA } from '../../mocks/personas';
import { TEST_CLOCK_START, createMockMt, testUpstreams } from '../testing/harness';
import { DATABASE_KINDS_FOR_TESTS, emptyDatabase } from '../testing/testDatabases';
import type { GatewayDb } from '../db/database';
import { createMemoryLogger } from '../http/logger';
import { startConnectionTest, type ConnectionTestSettings } from './runner';
import { createRun, listRuns, readRun } from './store';

const mt = createMockMt();
beforeAll(() => mt.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mt.reset());
afterAll(() => mt.server.close());

const ORG = '0203:malmo.se';
const SARA = { sub: 'sara', name: 'Sara Nilsson' };
const SETTINGS: ConnectionTestSettings = { environment: 'DEMO', deadlineMs: 300_000, pollIntervalMs: 5_000 };

for (const { kind, skip, title } of DATABASE_KINDS_FOR_TESTS) {
  describe.skipIf(skip)(`connection-test runner on ${title}`, () => {
    let db: GatewayDb;
    beforeAll(async () => {
      db = await kind.open();
    }, 60_000);
    afterEach(() => emptyDatabase(db));
    afterAll(() => db.close());

    /** Real time stands still; each pause moves it and the simulator's clock on by the interval. */
    function runnerDeps(onWait: () => Promise<void> | void = () => undefined) {
      let now = TEST_CLOCK_START.getTime();
      return {
        db: db.db,
        mt: testUpstreams().mt,
        clock: () => new Date(now),
        logger: createMemoryLogger(),
        wait: async (ms: number) => {
          now += ms;
          mt.world().clock.advance(ms);
          await onWait();
        },
      };
    }

    it('judges every case of Registrator as expected, with statuses, ids and a reply', async () => {
      const deps = runnerDeps();
      const { runId, done } = await startConnectionTest(deps, SETTINGS, {
        organizationId: ORG,
        mailbox: { id: FA.malmoRegistrator, name: 'Registrator' },
        startedBy: SARA,
      });
      await done;
      const run = await readRun(db.db, ORG, runId, deps.clock());
      expect(run).toMatchObject({ state: 'passed', environment: 'DEMO', mailboxId: FA.malmoRegistrator, startedBy: SARA, summary: { passed: 5, total: 5, allPassed: true } });
      const byKind = Object.fromEntries((run?.cases ?? []).map((c) => [c.kind, c]));
      expect(byKind['accepted']).toMatchObject({ verdict: 'pass', expectedStatuses: ['ACCEPTED'], recipient: 'sdk:test-tar-emot:0203:digg.se' });
      expect(byKind['accepted']?.observedStatuses.at(-1)).toBe('ACCEPTED');
      expect(byKind['rejectedBv']).toMatchObject({ verdict: 'pass', receiptCodes: ['BV'] });
      expect(byKind['rejectedBv']?.observedStatuses).toEqual(expect.arrayContaining(['REJECTED', 'MESSAGE_EXCHANGE_ERROR']));
      expect(byKind['signatureError']).toMatchObject({ verdict: 'pass', receiptCodes: ['SIG'] });
      expect(byKind['missingReceipt']).toMatchObject({ verdict: 'pass', reason: 'asExpected' });
      expect(byKind['reception']?.verdict).toBe('pass');
      expect(byKind['reception']?.replyMessageId).toMatch(/^[0-9a-f-]{36}$/);
      for (const c of run?.cases ?? []) {
        expect(c.messageId).toMatch(/^[0-9a-f-]{36}$/);
        expect(c.sentAt).not.toBeNull();
        expect(c.finalAt).not.toBeNull();
      }
      // The reply is in Registrator's inbox at the message service.
      expect(mt.world().store.all().some((r) => r.direction === 'incoming' && r.message.refToMessageId === byKind['reception']?.messageId)).toBe(true);
    });

    it('stores progress while the run goes on', async () => {
      const seen: string[] = [];
      let runId = '';
      const deps = runnerDeps(async () => {
        const run = runId ? await readRun(db.db, ORG, runId, deps.clock()) : undefined;
        if (run) seen.push(`${run.state}:${run.summary.pending}`);
      });
      const started = await startConnectionTest(deps, SETTINGS, { organizationId: ORG, mailbox: { id: FA.malmoRegistrator, name: 'Registrator' }, startedBy: SARA });
      runId = started.runId;
      await started.done;
      expect(seen[0]).toBe('running:5');
      expect(seen).toContain('running:1'); // only the missing receipt left
    });

    it('fails what has not finished by the deadline', async () => {
      const deps = runnerDeps();
      const { runId, done } = await startConnectionTest(deps, { ...SETTINGS, deadlineMs: 30_000 }, {
        organizationId: ORG,
        mailbox: { id: FA.malmoRegistrator, name: 'Registrator' },
        startedBy: SARA,
      });
      await done;
      const run = await readRun(db.db, ORG, runId, deps.clock());
      expect(run?.state).toBe('failed');
      expect(run?.cases.find((c) => c.kind === 'missingReceipt')).toMatchObject({ verdict: 'fail', reason: 'timedOut', about: 'WAITING_FOR_RECEIPT' });
      expect(run?.summary).toMatchObject({ passed: 4, failed: 1 });
    });

    it('fails each case whose test message the service refuses, naming the status', async () => {
      const deps = runnerDeps();
      const { runId, done } = await startConnectionTest(deps, SETTINGS, {
        organizationId: ORG,
        // An organisation the demo backend does not act for: the service refuses every send (403).
        mailbox: { id: 'sdk:finns-inte:0180:stockholm.se', name: 'Finns inte' },
        startedBy: SARA,
      });
      await done;
      const run = await readRun(db.db, ORG, runId, deps.clock());
      expect(run?.cases.map((c) => `${c.verdict}:${c.reason}:${c.about}`)).toEqual(Array(5).fill('fail:sendFailed:403'));
    });

    it('keeps each organisation’s runs to itself, newest first', async () => {
      const deps = runnerDeps();
      const request = { organizationId: ORG, mailbox: { id: FA.malmoRegistrator, name: 'Registrator' }, startedBy: SARA };
      const first = await startConnectionTest(deps, { ...SETTINGS, deadlineMs: 1 }, request);
      await first.done;
      const second = await startConnectionTest(deps, { ...SETTINGS, deadlineMs: 1 }, request);
      await second.done;
      expect((await listRuns(db.db, ORG, deps.clock())).map((r) => r.id)).toEqual([second.runId, first.runId]);
      expect(await listRuns(db.db, '0203:lund.se', deps.clock())).toEqual([]);
      expect(await readRun(db.db, '0203:lund.se', first.runId, deps.clock())).toBeUndefined();
    });

    it('reports a run whose runner is gone (unfinished a minute past its deadline) as interrupted', async () => {
      const startedAt = TEST_CLOCK_START;
      await createRun(db.db, {
        id: 'orphan',
        organizationId: ORG,
        mailboxId: FA.malmoRegistrator,
        mailboxName: 'Registrator',
        environment: 'PROD',
        startedBy: SARA,
        startedAt,
        deadlineAt: new Date(startedAt.getTime() + 60_000),
        cases: [{ kind: 'accepted', recipient: 'sdk:test-tar-emot:0203:digg.se' }],
      });
      expect((await readRun(db.db, ORG, 'orphan', new Date(startedAt.getTime() + 90_000)))?.state).toBe('running');
      expect((await readRun(db.db, ORG, 'orphan', new Date(startedAt.getTime() + 130_000)))?.state).toBe('interrupted');
    });
  });
}
