// @vitest-environment node
/**
 * How long the audit log itself is kept (issue 9 part 3, ADR 0018) on PGlite and (with
 * TEST_DATABASE_URL) PostgreSQL: the organisation's setting with the configured default, 0 or
 * at least a year with field-level errors, superusers of their own organisation only; the daily
 * pruning deletes only older entries of that organisation (audit log and message access log),
 * records both counts in the log and in job_runs, and leaves an organisation that keeps its log alone.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FA } from '../mocks/personas';
import { createAuditLogPruneJob } from './auditLog/job';
import { AUDIT_LOG_PRUNE_JOB, pruneAuditLogs } from './auditLog/retention';
import type { GatewayDb } from './db/database';
import { createMemoryLogger } from './http/logger';
import { jobRunsOf } from './jobs/jobRuns';
import { recordAudit } from './registry/auditLog';
import { seedRegistry } from './registry/seed';
import { annaToken, LUND, lundSuperuserToken, MALMO, saraToken } from './testing/consoleTokens';
import { createMockMt, createTestGateway, TEST_SEED } from './testing/harness';
import { DATABASE_KINDS_FOR_TESTS, emptyDatabase } from './testing/testDatabases';

const mt = createMockMt();
beforeAll(() => mt.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mt.reset());
afterAll(() => mt.server.close());

const DAY = 86_400_000;
const NOW = new Date('2027-06-01T03:00:00.000Z');

for (const { kind, skip, title } of DATABASE_KINDS_FOR_TESTS) {
  describe.skipIf(skip)(`audit-log retention on ${title}`, () => {
    let db: GatewayDb;
    let gateway: ReturnType<typeof createTestGateway>;
    let sara: string;
    beforeAll(async () => {
      db = await kind.open();
      sara = await saraToken();
    }, 60_000);
    beforeEach(async () => {
      await emptyDatabase(db);
      await seedRegistry(db.db, TEST_SEED);
      gateway = createTestGateway(db, { auditLogRetentionDays: 730, clock: () => NOW });
    }, 30_000);
    afterAll(async () => {
      await db.close();
    }, 60_000);

    const entry = (organizationId: string, daysAgo: number) =>
      recordAudit(db.db, { at: new Date(NOW.getTime() - daysAgo * DAY), actor: { subject: 'sara' }, organizationId, kind: 'grant.created', summary: { daysAgo } });
    const daysAgoOf = async (organizationId: string) =>
      (await db.db.selectFrom('audit_log').select(['kind', 'summary']).where('organization_id', '=', organizationId).where('kind', '=', 'grant.created').execute())
        .map((r) => r.summary['daysAgo'])
        .sort((a, b) => Number(a) - Number(b));
    const access = (mailboxId: string, daysAgo: number) =>
      db.db
        .insertInto('access_log')
        .values({ at: new Date(NOW.getTime() - daysAgo * DAY), subject: 'anna', mailbox_id: mailboxId, message_id: `m-${daysAgo}`, action: 'read', status: 200, request_id: `r-${daysAgo}` })
        .execute();
    const accessDaysAgoOf = async (mailboxId: string) =>
      (await db.db.selectFrom('access_log').select('message_id').where('mailbox_id', '=', mailboxId).execute())
        .map((r) => Number(String(r.message_id).slice(2)))
        .sort((a, b) => a - b);

    it('shows the configured default, and stores her organisation’s own setting with an audit entry', async () => {
      const first = await gateway.call('/mk/admin/log/retention', { token: sara });
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual({ days: 730, source: 'default', defaultDays: 730, minDays: 365, maxDays: 3650, updatedBy: null, updatedAt: null });

      const put = await gateway.call('/mk/admin/log/retention', { method: 'PUT', token: sara, body: { days: 400 } });
      expect(put.status).toBe(200);
      expect(await put.json()).toMatchObject({ days: 400, source: 'organization', updatedBy: { sub: 'sara' }, updatedAt: NOW.toISOString() });
      const audit = await db.db.selectFrom('audit_log').selectAll().where('kind', '=', 'audit_log.retention_updated').execute();
      expect(audit).toEqual([expect.objectContaining({ organization_id: MALMO, actor_sub: 'sara', summary: { from: 730, fromSource: 'default', to: 400 } })]);

      // Lund's superuser still sees the default: the setting is Malmö's.
      expect(await (await gateway.call('/mk/admin/log/retention', { token: await lundSuperuserToken() })).json()).toMatchObject({ days: 730, source: 'default' });
    });

    it('refuses a day count below a year (other than 0), above ten years or not a whole number, field by field', async () => {
      for (const [days, code] of [[1, 'too-short'], [364, 'too-short'], [3651, 'too-large'], [1.5, 'not-a-whole-number'], ['tio', 'not-a-whole-number'], [-1, 'not-a-whole-number']] as const) {
        const res = await gateway.call('/mk/admin/log/retention', { method: 'PUT', token: sara, body: { days } });
        expect(res.status, `days ${days}`).toBe(400);
        expect((await res.json()).eventIssues, `days ${days}`).toEqual([expect.objectContaining({ in: 'days', typeCode: code })]);
      }
      expect((await gateway.call('/mk/admin/log/retention', { method: 'PUT', token: sara, body: { days: 0 } })).status).toBe(200);
      expect((await gateway.call('/mk/admin/log/retention', { method: 'PUT', token: sara, body: { days: 365 } })).status).toBe(200);
      expect(await db.db.selectFrom('audit_log_settings').select('retention_days').execute()).toEqual([{ retention_days: 365 }]);
    });

    it('refuses a caseworker', async () => {
      expect((await gateway.call('/mk/admin/log/retention', { token: await annaToken() })).status).toBe(403);
      expect((await gateway.call('/mk/admin/log/retention', { method: 'PUT', token: await annaToken(), body: { days: 0 } })).status).toBe(403);
      expect(await db.db.selectFrom('audit_log_settings').selectAll().execute()).toEqual([]);
    });

    it('prunes entries older than each organisation’s retention and records the count; 0 keeps everything', async () => {
      await gateway.call('/mk/admin/log/retention', { method: 'PUT', token: sara, body: { days: 365 } });
      for (const daysAgo of [10, 364, 366, 900]) await entry(MALMO, daysAgo);
      for (const daysAgo of [10, 800]) await entry(LUND, daysAgo);
      await db.db.insertInto('audit_log_settings').values({ organization_id: LUND, retention_days: 0, updated_by_sub: 'lena', updated_by_name: null, updated_at: NOW }).execute();

      const counts = await pruneAuditLogs(db.db, { defaultDays: 730, now: NOW });
      expect(counts).toEqual({ organizations: 1, auditDeleted: 2, accessDeleted: 0 });
      expect(await daysAgoOf(MALMO)).toEqual([10, 364]);
      expect(await daysAgoOf(LUND)).toEqual([10, 800]);
      const pruned = await db.db.selectFrom('audit_log').selectAll().where('kind', '=', 'audit_log.pruned').execute();
      expect(pruned).toEqual([
        expect.objectContaining({ organization_id: MALMO, actor_sub: 'mk-audit-log-pruning', summary: { days: 365, before: new Date(NOW.getTime() - 365 * DAY).toISOString(), auditDeleted: 2, accessDeleted: 0 } }),
      ]);
      // The setting's own entry (today) survives; a second pass deletes nothing and writes nothing.
      expect(await pruneAuditLogs(db.db, { defaultDays: 730, now: NOW })).toEqual({ organizations: 1, auditDeleted: 0, accessDeleted: 0 });
      expect(await db.db.selectFrom('audit_log').select('id').where('kind', '=', 'audit_log.pruned').execute()).toHaveLength(1);
    });

    it('prunes the message access log of the organisation’s mailboxes too, in the same pass, with both counts', async () => {
      await gateway.call('/mk/admin/log/retention', { method: 'PUT', token: sara, body: { days: 365 } });
      for (const daysAgo of [10, 900]) await entry(MALMO, daysAgo);
      for (const daysAgo of [5, 364, 366, 1000]) await access(FA.malmoBarnUnga, daysAgo);
      await access(FA.malmoAldreomsorg, 400);
      // Lund keeps the default (730 days): its 400-day-old row stays, its 800-day-old one goes.
      for (const daysAgo of [400, 800]) await access(FA.lundSocialtjanst, daysAgo);

      expect(await pruneAuditLogs(db.db, { defaultDays: 730, now: NOW })).toEqual({ organizations: 2, auditDeleted: 1, accessDeleted: 4 });
      expect(await accessDaysAgoOf(FA.malmoBarnUnga)).toEqual([5, 364]);
      expect(await accessDaysAgoOf(FA.malmoAldreomsorg)).toEqual([]);
      expect(await accessDaysAgoOf(FA.lundSocialtjanst)).toEqual([400]);
      const pruned = await db.db.selectFrom('audit_log').select(['organization_id', 'summary']).where('kind', '=', 'audit_log.pruned').orderBy('organization_id').execute();
      expect(pruned).toEqual([
        { organization_id: LUND, summary: { days: 730, before: new Date(NOW.getTime() - 730 * DAY).toISOString(), auditDeleted: 0, accessDeleted: 1 } },
        { organization_id: MALMO, summary: { days: 365, before: new Date(NOW.getTime() - 365 * DAY).toISOString(), auditDeleted: 1, accessDeleted: 3 } },
      ]);
      // The log page still shows what is left (and the pruning's own entry).
      const log = await (await gateway.call('/mk/admin/log', { token: sara })).json();
      expect(log.data.filter((e: { source: string }) => e.source === 'access')).toHaveLength(2);
    });

    it('uses the default for an organisation without a setting', async () => {
      for (const daysAgo of [700, 760]) await entry(LUND, daysAgo);
      expect(await pruneAuditLogs(db.db, { defaultDays: 730, now: NOW })).toEqual({ organizations: 1, auditDeleted: 1, accessDeleted: 0 });
      expect(await daysAgoOf(LUND)).toEqual([700]);
      expect(await pruneAuditLogs(db.db, { defaultDays: 0, now: NOW })).toEqual({ organizations: 0, auditDeleted: 0, accessDeleted: 0 });
    });

    it('runs as a leased daily job, recorded in job_runs with its counts', async () => {
      for (const daysAgo of [5, 1000]) await entry(MALMO, daysAgo);
      const job = createAuditLogPruneJob({ db, clock: () => NOW, defaultDays: 730, instanceId: 'test-1', logger: createMemoryLogger() });
      expect(await job.tick()).toBe(true);
      // Within the day, a second instance finds the lease taken.
      const other = createAuditLogPruneJob({ db, clock: () => NOW, defaultDays: 730, instanceId: 'test-2', logger: createMemoryLogger() });
      expect(await other.tick()).toBe(false);
      const runs = await jobRunsOf(db.db, AUDIT_LOG_PRUNE_JOB);
      expect(runs).toEqual([expect.objectContaining({ outcome: 'succeeded', instance: 'test-1', counts: { organizations: 1, auditDeleted: 1, accessDeleted: 0 }, error: null })]);
      expect(await daysAgoOf(MALMO)).toEqual([5]);
    });
  });
}
