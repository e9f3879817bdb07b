// @vitest-environment node
/**
 * The console's retention and rollout routes (issue 9 parts 6 and 8, ADR 0017) on PGlite and
 * (with TEST_DATABASE_URL) PostgreSQL: superusers of their own organisation only; retention
 * days with field-level errors; a preview; run now only with the mailbox name typed back,
 * recorded as a job run and in the audit log; the rollout checklist with automatic statuses
 * and hand ticks recording who and when.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FA } from '../mocks/personas';
import type { GatewayDb } from './db/database';
import { jobRunsOf } from './jobs/jobRuns';
import { RETENTION_JOB } from './retention/retention';
import { annaToken, lundSuperuserToken, MALMO, saraToken } from './testing/consoleTokens';
import { createMockMt, createTestGateway } from './testing/harness';
import { DATABASE_KINDS_FOR_TESTS } from './testing/testDatabases';
import { useSeededDatabase } from './testing/seededDatabase';

const mt = createMockMt();
beforeAll(() => mt.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mt.reset());
afterAll(() => mt.server.close());

const BOX = FA.malmoBarnUnga;
const BOX_NAME = 'Socialtjänsten barn och unga';
const DAY = 86_400_000;
const retentionOf = (mailbox: string) => `/mk/admin/retention/${encodeURIComponent(mailbox)}`;
const inbox = `/sdk/messages?filter[recipientAttention.subOrganization.extension]=${encodeURIComponent(BOX)}`;

for (const { kind, skip, title } of DATABASE_KINDS_FOR_TESTS) {
  describe.skipIf(skip)(`console retention and rollout on ${title}`, () => {
    let db: GatewayDb;
    let gateway: ReturnType<typeof createTestGateway>;
    let sara: string;
    const database = useSeededDatabase(kind);
    beforeAll(async () => {
      sara = await saraToken();
    });
    beforeEach(async () => {
      db = database();
      gateway = createTestGateway(db, { messageServiceClock: () => mt.world().clock.now(), retentionDefaultDays: 0 });
    }, 30_000);

    it('refuses a caseworker (403) and hides another organisation’s mailbox (404)', async () => {
      expect((await gateway.call('/mk/admin/retention', { token: await annaToken() })).status).toBe(403);
      expect((await gateway.call('/mk/admin/rollout', { token: await annaToken() })).status).toBe(403);
      const lund = await lundSuperuserToken();
      expect((await gateway.call(`${retentionOf(BOX)}/preview`, { token: lund })).status).toBe(404);
      expect((await gateway.call(retentionOf(BOX), { method: 'PUT', token: lund, body: { days: 1 } })).status).toBe(404);
      const listed = await (await gateway.call('/mk/admin/retention', { token: lund })).json();
      expect(listed.data.map((m: { mailbox: string }) => m.mailbox)).toEqual([FA.lundSocialtjanst]);
    });

    it('lists the organisation’s mailboxes with the default, and stores a mailbox’s days with who and when', async () => {
      const listed = await (await gateway.call('/mk/admin/retention', { token: sara })).json();
      expect(listed.defaultDays).toBe(0);
      expect(listed.data.map((m: { mailbox: string; days: number; source: string }) => [m.mailbox, m.days, m.source])).toEqual([
        [FA.malmoRegistrator, 0, 'default'],
        [BOX, 0, 'default'],
        [FA.malmoAldreomsorg, 0, 'default'],
      ]);
      const saved = await gateway.call(retentionOf(BOX), { method: 'PUT', token: sara, body: { days: 30 } });
      expect(saved.status).toBe(200);
      expect(await saved.json()).toMatchObject({ mailbox: BOX, days: 30, source: 'mailbox', updatedBy: { sub: 'sara', name: 'Sara Nilsson' } });
      const audit = await db.db.selectFrom('audit_log').select(['actor_sub', 'kind', 'mailbox_id', 'summary']).execute();
      expect(audit).toEqual([{ actor_sub: 'sara', kind: 'retention.updated', mailbox_id: BOX, summary: { from: 0, fromSource: 'default', to: 30 } }]);
    });

    it('refuses days that are not a whole number from 0 to 3650 with a field-level problem', async () => {
      for (const days of [-1, 2.5, '7', 4000, null]) {
        const refused = await gateway.call(retentionOf(BOX), { method: 'PUT', token: sara, body: { days } });
        expect(refused.status).toBe(400);
        expect((await refused.json()).eventIssues).toEqual([expect.objectContaining({ in: 'days' })]);
      }
      expect(await db.db.selectFrom('retention_settings').selectAll().execute()).toEqual([]);
    });

    it('previews, then runs retention only with the mailbox name typed exactly; the messages are gone from the MT', async () => {
      const token = await annaToken();
      const before = (await (await gateway.call(inbox, { token })).json()).data.length;
      await gateway.call(retentionOf(BOX), { method: 'PUT', token: sara, body: { days: 1 } });
      mt.world().clock.advance(2 * DAY);

      const preview = await (await gateway.call(`${retentionOf(BOX)}/preview`, { token: sara })).json();
      expect(preview).toMatchObject({ mailbox: BOX, days: 1, due: expect.any(Number) });
      expect(preview.due).toBeGreaterThan(0);

      for (const confirmMailboxName of ['socialtjänsten barn och unga', `${BOX_NAME} `, '']) {
        const refused = await gateway.call(`${retentionOf(BOX)}/run`, { method: 'POST', token: sara, body: { confirmMailboxName } });
        expect(refused.status).toBe(400);
        expect((await refused.json()).eventIssues).toEqual([expect.objectContaining({ in: 'confirmMailboxName' })]);
      }
      expect(await jobRunsOf(db.db, RETENTION_JOB)).toEqual([]);

      const ran = await gateway.call(`${retentionOf(BOX)}/run`, { method: 'POST', token: sara, body: { confirmMailboxName: BOX_NAME } });
      expect(ran.status).toBe(200);
      expect(await ran.json()).toEqual({ mailbox: BOX, days: 1, due: preview.due, deleted: preview.due, gone: 0, failed: 0 });

      const after = (await (await gateway.call(inbox, { token })).json()).data.length;
      expect(after).toBeLessThan(before);
      expect((await (await gateway.call(`${retentionOf(BOX)}/preview`, { token: sara })).json()).due).toBe(0);
      const [run] = await jobRunsOf(db.db, RETENTION_JOB);
      expect(run).toMatchObject({ instance: 'console', outcome: 'succeeded', counts: { days: 1, due: preview.due, deleted: preview.due } });
      const audit = await db.db.selectFrom('audit_log').select(['actor_sub', 'kind', 'summary']).where('kind', '=', 'retention.run').execute();
      expect(audit).toEqual([{ actor_sub: 'sara', kind: 'retention.run', summary: { trigger: 'manual', days: 1, due: preview.due, deleted: preview.due, gone: 0, failed: 0 } }]);
    });

    it('derives the automatic milestones, and records hand ticks with who and when', async () => {
      const checklist = await (await gateway.call('/mk/admin/rollout', { token: sara })).json();
      expect(checklist.organizationId).toBe(MALMO);
      const stateOf = (body: { milestones: { id: string; state: string }[] }, id: string) => body.milestones.find((m) => m.id === id)?.state;
      expect(stateOf(checklist, 'register-mailboxes')).toBe('done');
      // The address-book copy is empty in this test: nothing is published yet.
      expect(stateOf(checklist, 'publish-address-book')).toBe('open');
      expect(stateOf(checklist, 'training-1')).toBe('open');
      expect(checklist.done).toBe(1);

      const ticked = await gateway.call('/mk/admin/rollout/apply-qa', { method: 'PUT', token: sara, body: { done: true } });
      expect(ticked.status).toBe(200);
      const after = await ticked.json();
      expect(after.milestones.find((m: { id: string }) => m.id === 'apply-qa')).toMatchObject({ state: 'done', tick: { done: true, by: { sub: 'sara', name: 'Sara Nilsson' } } });
      expect(after.done).toBe(2);

      const automatic = await gateway.call('/mk/admin/rollout/register-mailboxes', { method: 'PUT', token: sara, body: { done: false } });
      expect(automatic.status).toBe(400);
      expect((await gateway.call('/mk/admin/rollout/nonsense', { method: 'PUT', token: sara, body: { done: true } })).status).toBe(400);

      // Another organisation's checklist is its own.
      const lund = await (await gateway.call('/mk/admin/rollout', { token: await lundSuperuserToken() })).json();
      expect(stateOf(lund, 'apply-qa')).toBe('open');
      const audit = await db.db.selectFrom('audit_log').select(['kind', 'summary']).execute();
      expect(audit).toEqual([{ kind: 'rollout.milestone', summary: { milestone: 'apply-qa', from: 'open', to: 'done' } }]);
    });
  });
}
