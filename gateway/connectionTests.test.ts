// @vitest-environment node
/**
 * The console's address book, connection test and system status through the gateway (issue 9
 * parts 4, 5, 7; ADR 0014), on PGlite and (with TEST_DATABASE_URL) PostgreSQL: superusers of
 * the organisation only, another organisation's mailbox or run is 404, runs are followed to
 * their verdicts and audited, the address-book check follows publications in the simulator.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FA } from '../mocks/personas';
import { BACKGROUND_JOBS } from '../src/sdk/backgroundJobs';
import { ADDRESS_BOOK_JOB } from './addressBook/job';
import { AUDIT_LOG_PRUNE_JOB } from './auditLog/retention';
import type { GatewayDb } from './db/database';
import { seedRegistry } from './registry/seed';
import { RETENTION_JOB } from './retention/retention';
import { TRAINING_TIMELINE_JOB } from './training/timelineJob';
import { annaToken, lundSuperuserToken, MALMO, saraToken } from './testing/consoleTokens';
import { createMockMt, createTestGateway, TEST_CLOCK_START, TEST_SEED } from './testing/harness';
import { DATABASE_KINDS_FOR_TESTS, emptyDatabase } from './testing/testDatabases';

const mt = createMockMt();
beforeAll(() => mt.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mt.reset());
afterAll(() => mt.server.close());

interface RunBody {
  id: string;
  state: string;
  environment: string;
  summary: { passed: number; total: number };
  cases: { kind: string; verdict: string }[];
}

for (const { kind, skip, title } of DATABASE_KINDS_FOR_TESTS) {
  describe.skipIf(skip)(`console: address book, connection test, system status on ${title}`, () => {
    let db: GatewayDb;
    let gateway: ReturnType<typeof createTestGateway>;
    /** Per test, so a run left going by an earlier test cannot move this test's clock. */
    let time: { now: number };
    beforeAll(async () => {
      db = await kind.open();
    }, 60_000);
    beforeEach(async () => {
      await emptyDatabase(db);
      await seedRegistry(db.db, TEST_SEED);
      const own = { now: TEST_CLOCK_START.getTime() };
      time = own;
      gateway = createTestGateway(db, {
        clock: () => new Date(own.now),
        connectionTest: {
          environment: 'QA',
          deadlineMs: 300_000,
          pollIntervalMs: 5_000,
          wait: async (ms) => {
            own.now += ms;
            mt.world().clock.advance(ms);
          },
        },
      });
    });
    afterAll(() => db.close());

    it('refuses a caseworker with 403 and a request without a token with 401', async () => {
      for (const path of ['/mk/admin/address-book', '/mk/admin/connection-tests', '/mk/admin/system-status']) {
        expect((await gateway.call(path, { token: await annaToken() })).status).toBe(403);
        expect((await gateway.call(path)).status).toBe(401);
      }
      expect((await gateway.call('/mk/admin/connection-tests', { method: 'POST', token: await annaToken(), body: { mailbox: FA.malmoRegistrator } })).status).toBe(403);
      expect(mt.calls.filter((c) => c.startsWith('POST'))).toEqual([]);
    });

    it('runs a connection test of Registrator: 202, then every case judged as expected, in the environment, audited', async () => {
      const token = await saraToken();
      const started = await gateway.call('/mk/admin/connection-tests', { method: 'POST', token, body: { mailbox: FA.malmoRegistrator } });
      expect(started.status).toBe(202);
      const { data } = (await started.json()) as { data: RunBody };
      expect(started.headers.get('Location')).toBe(`/api/mk/admin/connection-tests/${data.id}`);
      expect(data).toMatchObject({ state: 'running', environment: 'QA' });

      let run: RunBody | undefined;
      for (let i = 0; i < 100 && run?.state !== 'passed'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        run = ((await (await gateway.call(`/mk/admin/connection-tests/${data.id}`, { token })).json()) as { data: RunBody }).data;
      }
      expect(run).toMatchObject({ state: 'passed', summary: { passed: 5, total: 5 } });
      expect(run?.cases.map((c) => c.verdict)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);

      const list = await (await gateway.call(`/mk/admin/connection-tests?mailbox=${encodeURIComponent(FA.malmoRegistrator)}`, { token })).json();
      expect(list.data.map((r: RunBody) => r.id)).toEqual([data.id]);
      // The finishing audit entry is written right after the run ends.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const audit = await db.db.selectFrom('audit_log').select(['kind', 'mailbox_id', 'actor_sub', 'summary']).orderBy('id').execute();
      expect(audit.map((a) => [a.kind, a.mailbox_id, a.actor_sub, (a.summary as { phase?: string }).phase])).toEqual([
        ['connection_test.run', FA.malmoRegistrator, 'sara', 'started'],
        ['connection_test.run', FA.malmoRegistrator, 'sara', 'finished'],
      ]);
    });

    it('refuses a second run of the same mailbox while one is running (409), and a missing mailbox field-level (400)', async () => {
      const token = await saraToken();
      // A frozen run: its wait never returns before the test ends.
      gateway = createTestGateway(db, { clock: () => new Date(time.now), connectionTest: { environment: 'DEMO', deadlineMs: 300_000, pollIntervalMs: 5_000, wait: () => new Promise(() => undefined) } });
      expect((await gateway.call('/mk/admin/connection-tests', { method: 'POST', token, body: { mailbox: FA.malmoRegistrator } })).status).toBe(202);
      expect((await gateway.call('/mk/admin/connection-tests', { method: 'POST', token, body: { mailbox: FA.malmoRegistrator } })).status).toBe(409);
      const bad = await gateway.call('/mk/admin/connection-tests', { method: 'POST', token, body: {} });
      expect(bad.status).toBe(400);
      expect((await bad.json()).eventIssues[0].in).toBe('mailbox');
    });

    it('answers 404 for another organisation’s mailbox and run', async () => {
      const sara = await saraToken();
      expect((await gateway.call('/mk/admin/connection-tests', { method: 'POST', token: sara, body: { mailbox: FA.lundSocialtjanst } })).status).toBe(404);
      const started = await gateway.call('/mk/admin/connection-tests', { method: 'POST', token: sara, body: { mailbox: FA.malmoRegistrator } });
      const { data } = (await started.json()) as { data: RunBody };
      const lena = await lundSuperuserToken();
      expect((await gateway.call(`/mk/admin/connection-tests/${data.id}`, { token: lena })).status).toBe(404);
      expect((await (await gateway.call('/mk/admin/connection-tests', { token: lena })).json()).data).toEqual([]);
    });

    it('checks each mailbox against the address book, and follows an unpublish after "sync now"', async () => {
      const token = await saraToken();
      const synced = await gateway.call('/mk/admin/address-book/sync', { method: 'POST', token });
      expect(synced.status).toBe(200);
      expect((await synced.json()).syncedAt).toBe(new Date(time.now).toISOString());

      const check = async () => (await (await gateway.call('/mk/admin/address-book', { token })).json()) as { syncedAt: string; mailboxes: { mailboxId: string; state: string; differences: string[]; toEnter?: Record<string, string> }[] };
      const before = await check();
      expect(before.mailboxes.map((m) => m.mailboxId).sort()).toEqual([FA.malmoAldreomsorg, FA.malmoBarnUnga, FA.malmoRegistrator].sort());
      const registrator = before.mailboxes.find((m) => m.mailboxId === FA.malmoRegistrator);
      // The test registry has no description; the address book has one.
      expect(registrator).toMatchObject({ state: 'differs', differences: ['description'], toEnter: { identifier: FA.malmoRegistrator, organization: MALMO, name: 'Registrator', description: '' } });

      mt.world().addressBook.unpublish(FA.malmoRegistrator);
      expect((await check()).mailboxes.find((m) => m.mailboxId === FA.malmoRegistrator)?.state).toBe('differs'); // the copy is not synced yet
      await gateway.call('/mk/admin/address-book/sync', { method: 'POST', token });
      expect((await check()).mailboxes.find((m) => m.mailboxId === FA.malmoRegistrator)?.state).toBe('missing');

      const job = await db.db.selectFrom('job_leases').selectAll().where('job', '=', 'address-book-sync').executeTakeFirst();
      expect(job?.runs).toBe(2);
      expect((await db.db.selectFrom('audit_log').select('kind').execute()).map((a) => a.kind)).toEqual(['address_book.sync_requested', 'address_book.sync_requested']);
    });

    it('tells the system status: services reachable with times, the database, the sync job', async () => {
      const token = await saraToken();
      await gateway.call('/mk/admin/address-book/sync', { method: 'POST', token });
      const status = await (await gateway.call('/mk/admin/system-status', { token })).json();
      expect(status).toMatchObject({
        messageService: { reachable: true },
        addressBook: { reachable: true },
        database: { kind: db.kind, healthy: true },
        addressBookCopy: { syncedAt: new Date(time.now).toISOString(), lastError: null },
      });
      expect(typeof status.messageService.responseMs).toBe('number');
    });

    it("gives every background job's last recorded run (job_runs): outcome, start, duration, error; or none yet", async () => {
      const token = await saraToken();
      expect(BACKGROUND_JOBS).toEqual([ADDRESS_BOOK_JOB, RETENTION_JOB, AUDIT_LOG_PRUNE_JOB, TRAINING_TIMELINE_JOB]);
      const before = await (await gateway.call('/mk/admin/system-status', { token })).json();
      expect(before.jobs).toEqual(BACKGROUND_JOBS.map((job) => ({ job, lastRun: null })));

      // The console's "fetch now" is a run of the sync job; a failed retention run and an older one.
      await gateway.call('/mk/admin/address-book/sync', { method: 'POST', token });
      const at = (s: number) => new Date(Date.parse('2026-03-01T02:00:00.000Z') + s * 1000);
      await db.db
        .insertInto('job_runs')
        .values([
          { job: RETENTION_JOB, instance: 'gw-1', started_at: at(0), finished_at: at(2), outcome: 'succeeded', counts: '{"deleted":3}', error: null },
          { job: RETENTION_JOB, instance: 'gw-2', started_at: at(86_400), finished_at: at(86_401.5), outcome: 'failed', counts: '{"deleted":1}', error: 'sdk:registrator:0203:malmo.se: 503' },
        ])
        .execute();
      await db.db.insertInto('job_leases').values({ job: 'audit-log-pruning', holder: 'gw-1', lease_until: at(999_999), last_run_at: at(5), runs: 7 }).execute();

      const status = await (await gateway.call('/mk/admin/system-status', { token })).json();
      const byJob = new Map(status.jobs.map((j: { job: string; lastRun: unknown }) => [j.job, j.lastRun]));
      expect(status.jobs.map((j: { job: string }) => j.job)).toEqual([...BACKGROUND_JOBS]);
      expect(byJob.get(ADDRESS_BOOK_JOB)).toMatchObject({ outcome: 'succeeded', instance: 'console', error: null, durationMs: expect.any(Number) });
      expect(byJob.get(RETENTION_JOB)).toEqual({
        outcome: 'failed',
        instance: 'gw-2',
        startedAt: at(86_400).toISOString(),
        finishedAt: at(86_401.5).toISOString(),
        durationMs: 1500,
        error: 'sdk:registrator:0203:malmo.se: 503',
        counts: { deleted: 1 },
      });
      // A lease alone is not a run.
      expect(byJob.get(AUDIT_LOG_PRUNE_JOB)).toBeNull();
    });
  });
}
