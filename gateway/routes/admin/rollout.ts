/**
 * /mk/admin/rollout…: the organisation's rollout checklist (Införande, issue 9 part 8, ADR 0017).
 * Automatic milestones are derived on every read; a hand tick records who and when and is
 * written to the audit log. A milestone the MK checks itself cannot be ticked (400).
 */
import { Hono } from 'hono';
import { badRequestResponse, problemInstance } from '../../../src/api/problemResponses';
import type { components } from '../../../src/api/schema.gen';
import { isMilestoneId, rolloutProgress, rolloutStatus, type MilestoneStatus } from '../../../src/sdk/rollout';
import type { GatewayDeps } from '../../http/env';
import { recordAudit } from '../../registry/auditLog';
import { checklistOf, manualTicks, rolloutFacts, setManualTick } from '../../rollout/checklist';
import type { AdminContext, AdminEnv } from './requireSuperuser';

type Schemas = components['schemas'];

export function rolloutRoutes(deps: GatewayDeps): Hono<AdminEnv> {
  const routes = new Hono<AdminEnv>();
  const db = deps.db.db;

  const answer = (c: AdminContext, milestones: MilestoneStatus[]) => {
    const body: Schemas['RolloutChecklist'] = {
      organizationId: c.var.admin.organizationId,
      generatedAt: deps.clock().toISOString(),
      ...rolloutProgress(milestones),
      milestones,
    };
    return c.json(body);
  };

  routes.get('/rollout', async (c) => answer(c, await checklistOf(db, c.var.admin.organizationId)));

  routes.put('/rollout/:milestone', async (c) => {
    const milestone = c.req.param('milestone');
    const instance = problemInstance(c.req.url);
    if (!isMilestoneId(milestone)) {
      return badRequestResponse(`No milestone ${milestone.slice(0, 60)}.`, instance, [{ typeCode: 'INVALID_FIELD', title: 'Unknown milestone', detail: 'No such milestone.', in: 'milestone' }]);
    }
    let done: unknown;
    try {
      done = ((await c.req.json()) as Record<string, unknown> | null)?.['done'];
    } catch {
      done = undefined;
    }
    if (typeof done !== 'boolean') {
      return badRequestResponse('Give done: true or false.', instance, [{ typeCode: 'INVALID_FIELD', title: 'done must be true or false', detail: 'Give done: true or false.', in: 'done' }]);
    }
    const organizationId = c.var.admin.organizationId;
    const facts = await rolloutFacts(db, organizationId);
    const current = rolloutStatus(facts, await manualTicks(db, organizationId)).find((m) => m.id === milestone);
    if (!current?.tickable) {
      const detail = 'The MK checks this milestone itself from its own data; it cannot be ticked by hand.';
      return badRequestResponse(detail, instance, [{ typeCode: 'INVALID_FIELD', title: 'Checked automatically', detail, in: 'milestone' }]);
    }
    const now = deps.clock();
    await db.transaction().execute(async (trx) => {
      await setManualTick(trx, { organizationId, milestone, done, by: { sub: c.var.admin.subject, name: c.var.admin.name ?? null }, now });
      await recordAudit(trx, {
        at: now,
        actor: { subject: c.var.admin.subject, name: c.var.admin.name },
        organizationId,
        kind: 'rollout.milestone',
        summary: { milestone, from: current.state, to: done ? 'done' : 'open' },
      });
    });
    return answer(c, rolloutStatus(facts, await manualTicks(db, organizationId)));
  });

  return routes;
}
