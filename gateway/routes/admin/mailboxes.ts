/**
 * /mk/admin/mailboxes: the organisation's function mailboxes (list, register, edit with a
 * version, deactivate, remove one without messages). Every write is one transaction with its
 * audit entry. Whether a mailbox has messages is asked of the message service (ADR 0018,
 * addendum), not only read from the gateway's own tables, which are pruned.
 */
import { Hono } from 'hono';
import { problemInstance, problemResponse } from '../../../src/api/problemResponses';
import type { components } from '../../../src/api/schema.gen';
import type { Problem } from '../../../src/sdk/model';
import { checkMailboxFields, checkMailboxId, normalizeCategories, type MailboxFields } from '../../../src/sdk/mailboxRegistration';
import type { GatewayDeps } from '../../http/env';
import { badGatewayResponse, gatewayTimeoutResponse, withDatabase } from '../../http/problems';
import { adminMailboxes, changedFields, fieldsOf, mailboxHasMessages } from '../../registry/adminMailboxes';
import { recordAudit } from '../../registry/auditLog';
import { listMailboxMessages, RetentionUpstreamError } from '../../retention/retention';
import { ADMIN_PROBLEM_TYPES, adminNotFound, bool, fieldIssuesResponse, jsonBody, notJsonResponse, str, strings } from './adminHttp';
import type { AdminContext, AdminEnv } from './requireSuperuser';

type Schemas = components['schemas'];

function readFields(body: Record<string, unknown>): MailboxFields & { categories: string[] } {
  return {
    name: str(body['name']).trim(),
    description: str(body['description']).trim(),
    categories: normalizeCategories(strings(body['categories'])),
    sends: bool(body['sends'], true),
    receives: bool(body['receives'], true),
    notificationEmail: str(body['notificationEmail']).trim(),
  };
}

const actorOf = (c: AdminContext) => ({ subject: c.var.admin.subject, name: c.var.admin.name });

/**
 * The message service could not say whether the mailbox has messages: nothing is removed (a
 * removal cannot be undone, a refusal can be retried). 504 when it did not answer in time, else 502.
 */
function messagesUnknownResponse(c: AdminContext, upstreamStatus: number): Response {
  const detail = `The message service could not be asked whether the mailbox has messages (HTTP ${upstreamStatus}), so it was not removed. Try again later, or deactivate it.`;
  const instance = problemInstance(c.req.url);
  return upstreamStatus === 504 ? gatewayTimeoutResponse(detail, instance) : badGatewayResponse(detail, instance);
}

export function adminMailboxRoutes(deps: GatewayDeps): Hono<AdminEnv> {
  const routes = new Hono<AdminEnv>();
  const db = deps.db.db;
  const one = async (c: AdminContext, id: string) => (await withDatabase(() => adminMailboxes(db, c.var.admin.organizationId, deps.clock(), id)))[0];

  routes.get('/mailboxes', async (c) => {
    const data = await withDatabase(() => adminMailboxes(db, c.var.admin.organizationId, deps.clock()));
    const body: Schemas['AdminMailboxList'] = { data };
    return c.json(body);
  });

  routes.post('/mailboxes', async (c) => {
    const body = await jsonBody(c);
    if (!body) return notJsonResponse(c);
    const id = str(body['id']).trim();
    const fields = readFields(body);
    const issues = [...checkMailboxId(id, c.var.admin.organizationId), ...checkMailboxFields(fields)];
    if (issues.length > 0) return fieldIssuesResponse(c, issues);
    const now = deps.clock();
    const created = await withDatabase(() =>
      db.transaction().execute(async (trx) => {
        const taken = await trx.selectFrom('mailboxes').select('id').where((eb) => eb(eb.fn('lower', ['id']), '=', id.toLowerCase())).executeTakeFirst();
        if (taken) return false;
        await trx
          .insertInto('mailboxes')
          .values({
            id,
            organization_id: c.var.admin.organizationId,
            name: fields.name,
            description: fields.description,
            categories: JSON.stringify(fields.categories),
            sends: fields.sends,
            receives: fields.receives,
            notification_email: fields.notificationEmail || null,
            created_at: now,
            updated_at: now,
            updated_by: c.var.admin.subject,
            updated_by_name: c.var.admin.name ?? null,
          })
          .execute();
        await recordAudit(trx, { at: now, actor: actorOf(c), organizationId: c.var.admin.organizationId, mailboxId: id, kind: 'mailbox.created', summary: { ...fields } });
        return true;
      }),
    );
    if (!created) return fieldIssuesResponse(c, [{ field: 'id', code: 'taken' }], 409);
    const mailbox = await one(c, id);
    c.header('Location', `${new URL(c.req.url).pathname}/${encodeURIComponent(id)}`);
    return c.json({ mailbox } satisfies Partial<Schemas['AdminMailboxSingle']>, 201);
  });

  routes.get('/mailboxes/:mailbox', async (c) => {
    const mailbox = await one(c, c.req.param('mailbox'));
    return mailbox ? c.json({ mailbox } satisfies Schemas['AdminMailboxSingle']) : adminNotFound(c);
  });

  routes.put('/mailboxes/:mailbox', async (c) => {
    const id = c.req.param('mailbox');
    const body = await jsonBody(c);
    if (!body) return notJsonResponse(c);
    const version = body['version'];
    if (typeof version !== 'number' || !Number.isInteger(version)) return fieldIssuesResponse(c, [{ field: 'version', code: 'required' }]);
    const wanted = { ...readFields(body), active: bool(body['active'], true) };
    const issues = checkMailboxFields(wanted);
    if (issues.length > 0) return fieldIssuesResponse(c, issues);
    const now = deps.clock();
    const outcome = await withDatabase(() =>
      db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('mailboxes').selectAll().where('id', '=', id).where('organization_id', '=', c.var.admin.organizationId).forUpdate().executeTakeFirst();
        if (!row) return 'missing' as const;
        if (row.version !== version) return { conflict: changedFields(fieldsOf(row), wanted) };
        const before = fieldsOf(row);
        const changed = changedFields(before, wanted);
        await trx
          .updateTable('mailboxes')
          .set({
            name: wanted.name,
            description: wanted.description,
            categories: JSON.stringify(wanted.categories),
            sends: wanted.sends,
            receives: wanted.receives,
            notification_email: wanted.notificationEmail || null,
            active: wanted.active,
            version: row.version + 1,
            updated_at: now,
            updated_by: c.var.admin.subject,
            updated_by_name: c.var.admin.name ?? null,
          })
          .where('id', '=', id)
          .execute();
        const kind = before.active && !wanted.active ? 'mailbox.deactivated' : !before.active && wanted.active ? 'mailbox.reactivated' : 'mailbox.updated';
        const summary = Object.fromEntries(changed.map((f) => [f, { from: before[f], to: wanted[f] }]));
        await recordAudit(trx, { at: now, actor: actorOf(c), organizationId: c.var.admin.organizationId, mailboxId: id, kind, summary });
        return 'saved' as const;
      }),
    );
    if (outcome === 'missing') return adminNotFound(c);
    const mailbox = await one(c, id);
    if (!mailbox) return adminNotFound(c);
    if (outcome !== 'saved') {
      const problem: Schemas['MailboxConflictProblem'] = {
        type: ADMIN_PROBLEM_TYPES.mailboxConflict,
        title: 'Conflict',
        status: 409,
        detail: `${mailbox.updatedBy?.name ?? mailbox.updatedBy?.sub ?? 'Someone'} changed the mailbox since the version you edited (${version}); it is now at version ${mailbox.version}.`,
        instance: problemInstance(c.req.url),
        current: mailbox,
        changedFields: outcome.conflict,
      };
      return problemResponse(problem as Problem, { status: 409 });
    }
    return c.json({ mailbox } satisfies Schemas['AdminMailboxSingle']);
  });

  routes.delete('/mailboxes/:mailbox', async (c) => {
    const id = c.req.param('mailbox');
    const known = await withDatabase(() => db.selectFrom('mailboxes').select('id').where('id', '=', id).where('organization_id', '=', c.var.admin.organizationId).executeTakeFirst());
    if (!known) return adminNotFound(c);
    // Asked before the transaction (no row lock held over a network call); the gateway's own
    // evidence is checked again inside it.
    let inMessageService: boolean;
    try {
      inMessageService = (await listMailboxMessages(deps, id, problemInstance(c.req.url))).length > 0;
    } catch (error) {
      if (error instanceof RetentionUpstreamError) return messagesUnknownResponse(c, error.problem.status);
      throw error;
    }
    const now = deps.clock();
    const outcome = await withDatabase(() =>
      db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('mailboxes').selectAll().where('id', '=', id).where('organization_id', '=', c.var.admin.organizationId).forUpdate().executeTakeFirst();
        if (!row) return 'missing' as const;
        if (inMessageService || (await mailboxHasMessages(trx, id))) return 'has-messages' as const;
        const grants = await trx.deleteFrom('grants').where('mailbox_id', '=', id).returning(['subject_kind', 'subject', 'level']).execute();
        await trx.deleteFrom('mailboxes').where('id', '=', id).execute();
        await recordAudit(trx, { at: now, actor: actorOf(c), organizationId: c.var.admin.organizationId, mailboxId: id, kind: 'mailbox.removed', summary: { name: row.name, grantsRemoved: grants.length } });
        return 'removed' as const;
      }),
    );
    if (outcome === 'missing') return adminNotFound(c);
    if (outcome === 'has-messages') {
      return problemResponse(
        {
          type: ADMIN_PROBLEM_TYPES.hasMessages,
          title: 'Conflict',
          detail: 'The mailbox has messages: deactivate it instead of removing it.',
          instance: problemInstance(c.req.url),
        },
        { status: 409 },
      );
    }
    return c.body(null, 204);
  });

  return routes;
}
