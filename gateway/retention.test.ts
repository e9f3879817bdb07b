// @vitest-environment node
/**
 * Background-job bookkeeping and retention (issue 9 parts 6–7, ADR 0017), on PGlite and (with
 * TEST_DATABASE_URL) on a real PostgreSQL: every job run is recorded with its outcome and
 * counts; a mailbox's retention is previewed and run against the message service, judged by the
 * message service's clock; the daily job runs once across two instances.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FA } from '../mocks/personas';
import { isFinalStatus } from '../src/sdk/status';
import type { GatewayDb } from './db/database';
import { createMemoryLogger } from './http/logger';
import { JobFailedError, jobRunsOf, latestJobRuns, withJobRun } from './jobs/jobRuns';
import { createRetentionJob, type RetentionDeps } from './retention/job';
import { listMailboxMessages, previewRetention, RETENTION_JOB, runRetention } from './retention/retention';
import { retentionOf, setRetentionDays } from './retention/settings';
import { createMockMt, testUpstreams } from './testing/harness';
import { DATABASE_KINDS_FOR_TESTS } from './testing/testDatabases';
import { useSeededDatabase } from './testing/seededDatabase';

const mt = createMockMt();
beforeAll(() => mt.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mt.reset());
afterAll(() => mt.server.close());

const BOX = FA.malmoBarnUnga;
const DAY = 86_400_000;
const sara = { sub: 'sara', name: 'Sara Nilsson' };
const statusesIn = async (deps: RetentionDeps, mailbox: string) =>
  ((await listMailboxMessages(deps, mailbox, 'test')) as { attributes: { messageStatus: string } }[]).map((m) => m.attributes.messageStatus);

for (const { kind, skip, title } of DATABASE_KINDS_FOR_TESTS) {
  describe.skipIf(skip)(`job runs and retention on ${title}`, () => {
    let db: GatewayDb;
    let deps: RetentionDeps;
    const database = useSeededDatabase(kind);
    beforeEach(async () => {
      db = database();
      deps = { db, mt: testUpstreams().mt, clock: () => new Date(), messageServiceClock: () => mt.world().clock.now(), retentionDefaultDays: 0 };
    }, 30_000);

    it('records every job run: running, then its outcome, counts and error; the newest per job', async () => {
      let resolveRun: (counts: { synced: number }) => void = () => undefined;
      const pending = withJobRun(db.db, 'address-book-sync', () => new Promise<{ synced: number }>((r) => (resolveRun = r)), { instance: 'gw-a' });
      await expect.poll(async () => (await latestJobRuns(db.db)).map((r) => r.outcome)).toEqual(['running']);
      resolveRun({ synced: 12 });
      await pending;
      await expect(withJobRun(db.db, RETENTION_JOB, () => Promise.reject(new JobFailedError('MT down', { deleted: 2 })), { instance: 'gw-b' })).rejects.toThrow('MT down');

      const latest = await latestJobRuns(db.db);
      expect(latest.map(({ job, instance, outcome, counts, error }) => ({ job, instance, outcome, counts, error }))).toEqual([
        { job: 'address-book-sync', instance: 'gw-a', outcome: 'succeeded', counts: { synced: 12 }, error: null },
        { job: RETENTION_JOB, instance: 'gw-b', outcome: 'failed', counts: { deleted: 2 }, error: 'MT down' },
      ]);
      expect(latest.every((r) => r.finishedAt instanceof Date)).toBe(true);
      await withJobRun(db.db, 'address-book-sync', async () => ({ synced: 13 }));
      expect((await latestJobRuns(db.db)).find((r) => r.job === 'address-book-sync')?.counts).toEqual({ synced: 13 });
      expect((await jobRunsOf(db.db, 'address-book-sync')).map((r) => r.counts)).toEqual([{ synced: 13 }, { synced: 12 }]);
    });

    it('keeps everything while a mailbox keeps messages (the default 0)', async () => {
      mt.world().clock.advance(400 * DAY);
      expect(await retentionOf(db.db, [BOX], 0)).toMatchObject([{ mailboxId: BOX, days: 0, source: 'default' }]);
      const before = await statusesIn(deps, BOX);
      const result = await runRetention(deps, BOX, { subject: 'sara', requestId: 'r-1' }, 'test');
      expect(result).toMatchObject({ due: 0, deleted: 0 });
      expect(await statusesIn(deps, BOX)).toEqual(before);
    });

    it('previews and deletes the final messages older than the days kept, by the message service’s clock', async () => {
      await setRetentionDays(db.db, { mailboxId: BOX, days: 1, by: sara, now: new Date() });
      // Two days on in the federation: every final message is more than a day old.
      mt.world().clock.advance(2 * DAY);
      const before = await statusesIn(deps, BOX);
      const finalBefore = before.filter(isFinalStatus).length;
      expect(finalBefore).toBeGreaterThan(0);
      const preview = await previewRetention(deps, BOX, 'test');
      expect(preview).toMatchObject({ mailboxId: BOX, days: 1, source: 'mailbox', total: before.length, due: finalBefore });

      const result = await runRetention(deps, BOX, { subject: 'sara', requestId: 'r-2' }, 'test');
      expect(result).toMatchObject({ due: finalBefore, deleted: finalBefore, gone: 0, failed: 0 });
      const after = await statusesIn(deps, BOX);
      expect(after.filter(isFinalStatus)).toEqual([]);
      expect(after).toHaveLength(before.length - finalBefore);
      // Other mailboxes are untouched.
      expect((await statusesIn(deps, FA.malmoAldreomsorg)).length).toBeGreaterThan(0);

      const log = await db.db.selectFrom('access_log').select(['subject', 'mailbox_id', 'action', 'status', 'detail']).execute();
      expect(log).toHaveLength(finalBefore);
      expect(new Set(log.map((l) => JSON.stringify(l)))).toEqual(new Set([JSON.stringify({ subject: 'sara', mailbox_id: BOX, action: 'delete', status: 202, detail: 'retention' })]));
    });

    it('does not delete a message that became final less than the days kept ago', async () => {
      await setRetentionDays(db.db, { mailboxId: BOX, days: 30, by: sara, now: new Date() });
      mt.world().clock.advance(2 * DAY);
      expect((await previewRetention(deps, BOX, 'test')).due).toBe(0);
    });

    it('runs the daily job once across two instances and records the run with its counts', async () => {
      await setRetentionDays(db.db, { mailboxId: BOX, days: 1, by: sara, now: new Date() });
      mt.world().clock.advance(2 * DAY);
      const due = (await previewRetention(deps, BOX, 'test')).due;
      const second = await kind.reopen(db);
      const jobOn = (handle: GatewayDb, instanceId: string) =>
        createRetentionJob({
          deps: { ...deps, db: handle },
          intervalMs: DAY,
          instanceId,
          logger: createMemoryLogger(),
        });
      try {
        const ran = await Promise.all([jobOn(db, 'gw-a').tick(), jobOn(second, 'gw-b').tick()]);
        expect(ran.filter(Boolean)).toHaveLength(1);
      } finally {
        await second.close();
      }
      const runs = await jobRunsOf(db.db, RETENTION_JOB);
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ outcome: 'succeeded', counts: { mailboxes: 1, due, deleted: due, gone: 0, failed: 0 } });
      const audit = await db.db.selectFrom('audit_log').select(['actor_sub', 'organization_id', 'mailbox_id', 'kind', 'summary']).execute();
      expect(audit).toEqual([
        { actor_sub: 'mk-retention', organization_id: '0203:malmo.se', mailbox_id: BOX, kind: 'retention.run', summary: { trigger: 'job', days: 1, due, deleted: due, gone: 0, failed: 0 } },
      ]);
      expect((await statusesIn(deps, BOX)).filter(isFinalStatus)).toEqual([]);
    });
  });
}
