/**
 * /mk/admin/retention…: retention (gallring) of the organisation's function mailboxes (issue 9
 * part 6, ADR 0017). Behind requireSuperuser; another organisation's mailbox is a 404. A change
 * of setting and every run are written to the audit log; a run needs the mailbox's name typed
 * back exactly and is recorded as a run of the job `retention`.
 */
import { Hono } from 'hono';
import { badRequestResponse, problemInstance, problemResponse } from '../../../src/api/problemResponses';
import type { components } from '../../../src/api/schema.gen';
import { checkRetentionDays, MAX_RETENTION_DAYS, type RetentionDaysProblem } from '../../../src/sdk/retention';
import type { GatewayDeps } from '../../http/env';
import { withDatabase } from '../../http/problems';
import { withJobRun } from '../../jobs/jobRuns';
import { recordAudit } from '../../registry/auditLog';
import { previewRetention, RETENTION_JOB, RetentionUpstreamError, runRetention } from '../../retention/retention';
import { retentionOf, setRetentionDays } from '../../retention/settings';
import { ownMailbox, type AdminContext, type AdminEnv } from './requireSuperuser';

type Schemas = components['schemas'];

/** The job_runs instance of a run started from the console (not by a gateway instance's timer). */
export const RUN_NOW_INSTANCE = 'console';

const DAYS_DETAIL: Record<RetentionDaysProblem, string> = {
  'not-a-whole-number': 'Give the number of days as a whole number.',
  negative: 'The number of days cannot be negative (0 keeps the messages).',
  'too-large': `At most ${MAX_RETENTION_DAYS} days.`,
};

export function mailboxNotFound(c: AdminContext): Response {
  return problemResponse(
    { type: 'about:blank', title: 'Not Found', detail: 'No such function mailbox in your organisation.', instance: problemInstance(c.req.url) },
    { status: 404 },
  );
}

const fieldProblem = (c: AdminContext, field: string, title: string, detail: string) =>
  badRequestResponse(detail, problemInstance(c.req.url), [{ typeCode: 'INVALID_FIELD', title, detail, in: field }]);

async function readJson(c: AdminContext): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await c.req.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function retentionRoutes(deps: GatewayDeps): Hono<AdminEnv> {
  const routes = new Hono<AdminEnv>();
  const db = deps.db.db;
  const defaultDays = deps.retentionDefaultDays ?? 0;
  const actorOf = (c: AdminContext) => ({ subject: c.var.admin.subject, name: c.var.admin.name });

  type Setting = Awaited<ReturnType<typeof retentionOf>>[number];
  const viewOf = (mailbox: { id: string; name: string; active: boolean }, setting: Setting | undefined): Schemas['RetentionSetting'] => ({
    mailbox: mailbox.id,
    name: mailbox.name,
    active: mailbox.active,
    days: setting?.days ?? defaultDays,
    source: setting?.source ?? 'default',
    updatedBy: setting?.updatedBy ?? null,
    updatedAt: setting?.updatedAt?.toISOString() ?? null,
  });
  const settingView = async (mailbox: { id: string; name: string; active: boolean }): Promise<Schemas['RetentionSetting']> =>
    viewOf(mailbox, (await retentionOf(db, [mailbox.id], defaultDays))[0]);

  routes.get('/retention', async (c) => {
    const mailboxes = await withDatabase(() =>
      db.selectFrom('mailboxes').select(['id', 'name', 'active']).where('organization_id', '=', c.var.admin.organizationId).orderBy('name').execute(),
    );
    const settings = new Map((await retentionOf(db, mailboxes.map((m) => m.id), defaultDays)).map((s) => [s.mailboxId, s]));
    const body: Schemas['RetentionList'] = {
      defaultDays,
      data: mailboxes.map((m) => viewOf(m, settings.get(m.id))),
    };
    return c.json(body);
  });

  routes.put('/retention/:mailbox', async (c) => {
    const mailbox = await ownMailbox(deps, c, c.req.param('mailbox'));
    if (!mailbox) return mailboxNotFound(c);
    const body = await readJson(c);
    const days = body?.['days'];
    const problem = checkRetentionDays(days);
    if (problem || typeof days !== 'number') return fieldProblem(c, 'days', 'Invalid number of days', DAYS_DETAIL[problem ?? 'not-a-whole-number']);
    const [before] = await retentionOf(db, [mailbox.id], defaultDays);
    const now = deps.clock();
    await db.transaction().execute(async (trx) => {
      await setRetentionDays(trx, { mailboxId: mailbox.id, days, by: { sub: c.var.admin.subject, name: c.var.admin.name ?? null }, now });
      await recordAudit(trx, {
        at: now,
        actor: actorOf(c),
        organizationId: c.var.admin.organizationId,
        mailboxId: mailbox.id,
        kind: 'retention.updated',
        summary: { from: before?.days ?? defaultDays, fromSource: before?.source ?? 'default', to: days },
      });
    });
    return c.json(await settingView(mailbox));
  });

  routes.get('/retention/:mailbox/preview', async (c) => {
    const mailbox = await ownMailbox(deps, c, c.req.param('mailbox'));
    if (!mailbox) return mailboxNotFound(c);
    try {
      const preview = await previewRetention(deps, mailbox.id, problemInstance(c.req.url));
      const body: Schemas['RetentionPreview'] = { mailbox: mailbox.id, days: preview.days, total: preview.total, due: preview.due, judgedAt: preview.judgedAt.toISOString() };
      return c.json(body);
    } catch (error) {
      if (error instanceof RetentionUpstreamError) return error.problem;
      throw error;
    }
  });

  routes.post('/retention/:mailbox/run', async (c) => {
    const mailbox = await ownMailbox(deps, c, c.req.param('mailbox'));
    if (!mailbox) return mailboxNotFound(c);
    const body = await readJson(c);
    const typed = body?.['confirmMailboxName'];
    if (typed !== mailbox.name) {
      return fieldProblem(c, 'confirmMailboxName', 'Mailbox name does not match', 'Type the mailbox’s name exactly as registered to run retention now.');
    }
    const instance = problemInstance(c.req.url);
    try {
      const result = await withJobRun(
        db,
        RETENTION_JOB,
        async () => {
          const run = await runRetention(deps, mailbox.id, { subject: c.var.admin.subject, requestId: c.var.requestId }, instance);
          await recordAudit(db, {
            at: deps.clock(),
            actor: actorOf(c),
            organizationId: c.var.admin.organizationId,
            mailboxId: mailbox.id,
            kind: 'retention.run',
            summary: { trigger: 'manual', days: run.days, due: run.due, deleted: run.deleted, gone: run.gone, failed: run.failed },
          });
          return run;
        },
        { instance: RUN_NOW_INSTANCE, now: deps.clock },
      );
      const answer: Schemas['RetentionRunResult'] = {
        mailbox: result.mailboxId,
        days: result.days,
        due: result.due,
        deleted: result.deleted,
        gone: result.gone,
        failed: result.failed,
      };
      return c.json(answer);
    } catch (error) {
      if (error instanceof RetentionUpstreamError) return error.problem;
      throw error;
    }
  });

  return routes;
}
