// @vitest-environment node
/**
 * Rollout trainings 1–3 from the course server (issue 9 part 8, issue 11; ADR 0016, ADR 0017), on
 * PGlite and (with TEST_DATABASE_URL) on PostgreSQL: a trainer marks a course as rollout training
 * 2 for Malmö and Lund; once it is started, both organisations' checklists show training 2 done,
 * with when and which course, and nobody else's; a typo in an organisation is a field error.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GatewayDb } from './db/database';
import { lundSuperuserToken, MALMO, saraToken } from './testing/consoleTokens';
import { createMockMt, createTestGateway } from './testing/harness';
import { DATABASE_KINDS_FOR_TESTS } from './testing/testDatabases';
import { useSeededDatabase } from './testing/seededDatabase';
import { toveToken } from './testing/trainingTokens';

const mt = createMockMt();
beforeAll(() => mt.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mt.reset());
afterAll(() => mt.server.close());

const LUND = '0203:lund.se';
const STARTED = new Date('2026-11-30T08:15:00.000Z');

type Milestone = { id: string; state: string; evidence?: { kind: string; held?: { at: string; course: string } | null } };

for (const { kind, skip, title } of DATABASE_KINDS_FOR_TESTS) {
  describe.skipIf(skip)(`rollout trainings from the course server on ${title}`, () => {
    let db: GatewayDb;
    let gateway: ReturnType<typeof createTestGateway>;
    let tove: string;
    let now = STARTED;

    const database = useSeededDatabase(kind);
    beforeEach(async () => {
      db = database();
      now = new Date(STARTED.getTime() - 3600_000);
      gateway = createTestGateway(db, { clock: () => now });
      tove = await toveToken();
    });

    const createCourse = (rollout: unknown) =>
      gateway.call('/mk/training/courses', { method: 'POST', token: tove, body: { scenarioId: 'superanvandare', participants: 2, rollout } });
    const trainings = async (token: string) =>
      ((await (await gateway.call('/mk/admin/rollout', { token })).json()).milestones as Milestone[])
        .filter((m) => m.id.startsWith('training-'))
        .map((m) => ({ id: m.id, state: m.state, held: m.evidence?.held ?? null }));

    it('a course marked as training 2 for two organisations ticks training 2 of both once it is started, with when', async () => {
      const created = await createCourse({ training: 2, organizations: [MALMO, LUND] });
      expect(created.status).toBe(201);
      const { course, rollout } = await created.json();
      expect(rollout).toEqual({ training: 2, organizations: [LUND, MALMO].sort(), heldAt: null });
      const open = [
        { id: 'training-1', state: 'open', held: null },
        { id: 'training-2', state: 'open', held: null },
        { id: 'training-3', state: 'open', held: null },
      ];
      // Created is not held.
      expect(await trainings(await saraToken())).toEqual(open);

      now = STARTED;
      expect((await gateway.call(`/mk/training/courses/${course.code}/control`, { method: 'POST', token: tove, body: { action: 'start' } })).status).toBe(200);
      const held = { at: STARTED.toISOString(), course: course.code };
      expect(await trainings(await saraToken())).toEqual([open[0], { id: 'training-2', state: 'done', held }, open[2]]);
      expect(await trainings(await lundSuperuserToken())).toEqual([open[0], { id: 'training-2', state: 'done', held }, open[2]]);
      // Pausing and starting again later does not move when it was held.
      now = new Date(STARTED.getTime() + 600_000);
      await gateway.call(`/mk/training/courses/${course.code}/control`, { method: 'POST', token: tove, body: { action: 'pause' } });
      await gateway.call(`/mk/training/courses/${course.code}/control`, { method: 'POST', token: tove, body: { action: 'resume' } });
      expect((await trainings(await saraToken()))[1]).toEqual({ id: 'training-2', state: 'done', held });
      const detail = await (await gateway.call(`/mk/training/courses/${course.code}`, { token: tove })).json();
      expect(detail.rollout.heldAt).toBe(STARTED.toISOString());
    });

    it('a course that is no rollout training ticks nothing', async () => {
      const created = await createCourse(undefined);
      expect(created.status).toBe(201);
      const { course, rollout } = await created.json();
      expect(rollout).toBeUndefined();
      await gateway.call(`/mk/training/courses/${course.code}/control`, { method: 'POST', token: tove, body: { action: 'start' } });
      expect((await trainings(await saraToken())).map((m) => m.state)).toEqual(['open', 'open', 'open']);
    });

    it('names the field of a wrong training number or an organisation that is not in the registry', async () => {
      const issues = async (rollout: unknown) => {
        const response = await createCourse(rollout);
        expect(response.status).toBe(400);
        return ((await response.json()).eventIssues as { in: string; detail: string }[]).map((i) => ({ in: i.in, detail: i.detail }));
      };
      expect(await issues({ training: 4, organizations: [MALMO] })).toEqual([{ in: 'rollout.training', detail: 'Rollout training 1, 2 or 3.' }]);
      expect(await issues({ training: 1, organizations: [MALMO, '0203:malmö.se'] })).toEqual([
        { in: 'rollout.organizations', detail: 'Not an organisation of the registry: 0203:malmö.se.' },
      ]);
      expect(await issues({ training: 1, organizations: ['malmo'] })).toEqual([{ in: 'rollout.organizations', detail: 'Not an organisation id (such as 0203:malmo.se): malmo.' }]);
      expect(await issues({ training: 1, organizations: [] })).toEqual([{ in: 'rollout.organizations', detail: '1–20 organisations, by id such as 0203:malmo.se.' }]);
      // The practice organisation is not one to roll out.
      expect((await issues({ training: 1, organizations: ['0203:ovning.sdk.se'] }))[0]?.in).toBe('rollout.organizations');
      expect(await db.db.selectFrom('training_courses').select('code').execute()).toEqual([]);
    });
  });
}
