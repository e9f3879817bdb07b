/**
 * /mk/admin/…grants, /mk/admin/people: who reaches which of the organisation's mailboxes
 * (directly or through an IdP group), granting and revoking. The gateway reads grants on every
 * request (registry/grants.ts), so a change applies on the person's next request. Each change
 * is one transaction with its audit entry and, when the mailbox has a notification address, the
 * notification the demo keeps instead of sending.
 */
import { Hono } from 'hono';
import type { Transaction } from 'kysely';
import type { components } from '../../../src/api/schema.gen';
import type { GatewayDatabase, GrantLevel, GrantSubjectKind, Mailbox } from '../../db/schema';
import type { GatewayDeps } from '../../http/env';
import { withDatabase } from '../../http/problems';
import { recordAudit } from '../../registry/auditLog';
import { recordNotification } from '../../registry/notifications';
import { adminNotFound, fieldIssuesResponse, jsonBody, notJsonResponse, str } from './adminHttp';
import { ownMailbox, type AdminContext, type AdminEnv } from './requireSuperuser';

type Schemas = components['schemas'];
type AdminGrant = Schemas['AdminGrant'];

const LEVELS: readonly GrantLevel[] = ['read', 'send', 'admin'];
const KINDS: readonly GrantSubjectKind[] = ['person', 'group'];
export const LEVEL_WORDS: Record<GrantLevel, string> = { read: 'Läsa', send: 'Läsa och skicka', admin: 'Administrera' };

function isoOrNull(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}

function readDate(value: unknown): Date | null | 'bad' {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') return 'bad';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? 'bad' : d;
}

export function adminAccessRoutes(deps: GatewayDeps): Hono<AdminEnv> {
  const routes = new Hono<AdminEnv>();
  const db = deps.db.db;
  const org = (c: AdminContext) => c.var.admin.organizationId;

  /** The organisation's grants as the console shows them, optionally narrowed. */
  async function grantsOf(c: AdminContext, where: { mailbox?: string; person?: { sub: string; groups: string[] } }): Promise<AdminGrant[]> {
    const now = deps.clock();
    let query = db
      .selectFrom('grants')
      .innerJoin('mailboxes', 'mailboxes.id', 'grants.mailbox_id')
      .leftJoin('people', (join) => join.onRef('people.sub', '=', 'grants.subject').on('grants.subject_kind', '=', 'person'))
      .select([
        'grants.id',
        'grants.mailbox_id',
        'mailboxes.name as mailbox_name',
        'grants.subject_kind',
        'grants.subject',
        'people.name as person_name',
        'grants.level',
        'grants.valid_from',
        'grants.valid_to',
        'grants.granted_by',
        'grants.created_at',
      ])
      .where('mailboxes.organization_id', '=', org(c));
    if (where.mailbox !== undefined) query = query.where('grants.mailbox_id', '=', where.mailbox);
    const person = where.person;
    if (person) {
      query = query.where((eb) =>
        eb.or([
          eb.and([eb('grants.subject_kind', '=', 'person'), eb('grants.subject', '=', person.sub)]),
          ...(person.groups.length > 0 ? [eb.and([eb('grants.subject_kind', '=', 'group'), eb('grants.subject', 'in', person.groups)])] : []),
        ]),
      );
    }
    const rows = await withDatabase(() => query.orderBy('mailboxes.name').orderBy('grants.subject_kind', 'desc').orderBy('grants.subject').execute());
    return rows.map((r) => ({
      id: String(r.id),
      mailbox: r.mailbox_id,
      mailboxName: r.mailbox_name,
      subjectKind: r.subject_kind,
      subject: r.subject,
      subjectName: r.subject_kind === 'person' ? (r.person_name ?? null) : null,
      level: r.level,
      validFrom: isoOrNull(r.valid_from),
      validTo: isoOrNull(r.valid_to),
      grantedBy: r.granted_by,
      createdAt: r.created_at.toISOString(),
      inForce: (!r.valid_from || r.valid_from <= now) && (!r.valid_to || r.valid_to > now),
      ...(person && r.subject_kind === 'group' ? { via: r.subject } : {}),
    }));
  }

  async function notify(trx: Transaction<GatewayDatabase>, mailbox: Mailbox, at: Date, subject: string, body: string) {
    if (!mailbox.notification_email) return;
    await recordNotification(trx, { at, organizationId: mailbox.organization_id, mailboxId: mailbox.id, recipient: mailbox.notification_email, subject, body });
  }

  routes.get('/mailboxes/:mailbox/grants', async (c) => {
    const mailbox = await ownMailbox(deps, c, c.req.param('mailbox'));
    if (!mailbox) return adminNotFound(c);
    const body: Schemas['AdminGrantList'] = { data: await grantsOf(c, { mailbox: mailbox.id }) };
    return c.json(body);
  });

  routes.post('/mailboxes/:mailbox/grants', async (c) => {
    const mailbox = await ownMailbox(deps, c, c.req.param('mailbox'));
    if (!mailbox) return adminNotFound(c);
    const body = await jsonBody(c);
    if (!body) return notJsonResponse(c);
    const subjectKind = body['subjectKind'] as GrantSubjectKind;
    const subject = str(body['subject']).trim();
    const level = body['level'] as GrantLevel;
    const validFrom = readDate(body['validFrom']);
    const validTo = readDate(body['validTo']);
    const issues: { field: string; code: string }[] = [];
    if (!KINDS.includes(subjectKind)) issues.push({ field: 'subjectKind', code: 'required' });
    if (subject === '') issues.push({ field: 'subject', code: 'required' });
    if (!LEVELS.includes(level)) issues.push({ field: 'level', code: 'required' });
    if (validFrom === 'bad') issues.push({ field: 'validFrom', code: 'badDate' });
    if (validTo === 'bad') issues.push({ field: 'validTo', code: 'badDate' });
    if (validFrom instanceof Date && validTo instanceof Date && validTo <= validFrom) issues.push({ field: 'validTo', code: 'beforeFrom' });
    if (issues.length > 0 || validFrom === 'bad' || validTo === 'bad') return fieldIssuesResponse(c, issues);
    const now = deps.clock();
    const actor = { subject: c.var.admin.subject, name: c.var.admin.name };
    const grantId = await withDatabase(() =>
      db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('grants')
          .selectAll()
          .where('mailbox_id', '=', mailbox.id)
          .where('subject_kind', '=', subjectKind)
          .where('subject', '=', subject)
          .forUpdate()
          .executeTakeFirst();
        const values = { level, valid_from: validFrom, valid_to: validTo, granted_by: c.var.admin.subject };
        let id: number;
        if (existing) {
          await trx.updateTable('grants').set(values).where('id', '=', existing.id).execute();
          id = existing.id;
        } else {
          const inserted = await trx
            .insertInto('grants')
            .values({ mailbox_id: mailbox.id, subject_kind: subjectKind, subject, ...values, created_at: now })
            .returning('id')
            .executeTakeFirstOrThrow();
          id = inserted.id;
        }
        const summary = {
          grantId: id,
          subjectKind,
          subject,
          level,
          validFrom: isoOrNull(validFrom),
          validTo: isoOrNull(validTo),
          ...(existing ? { previous: { level: existing.level, validFrom: isoOrNull(existing.valid_from), validTo: isoOrNull(existing.valid_to) } } : {}),
        };
        await recordAudit(trx, { at: now, actor, organizationId: mailbox.organization_id, mailboxId: mailbox.id, kind: existing ? 'grant.updated' : 'grant.created', summary });
        await notify(
          trx,
          mailbox,
          now,
          `Behörighet ${existing ? 'ändrad' : 'tillagd'}: ${mailbox.name}`,
          `${actor.name ?? actor.subject} gav ${subjectKind === 'group' ? 'gruppen ' : ''}${subject} behörigheten ${LEVEL_WORDS[level]} till funktionsbrevlådan ${mailbox.id}` +
            `${validFrom ? ` från ${validFrom.toISOString().slice(0, 10)}` : ''}${validTo ? ` till ${validTo.toISOString().slice(0, 10)}` : ''}.`,
        );
        return { id, created: !existing };
      }),
    );
    const grant = (await grantsOf(c, { mailbox: mailbox.id })).find((g) => g.id === String(grantId.id));
    return c.json({ grant }, grantId.created ? 201 : 200);
  });

  routes.delete('/grants/:grantId', async (c) => {
    const id = Number(c.req.param('grantId'));
    if (!Number.isInteger(id)) return adminNotFound(c, 'No such grant in your organisation.');
    const now = deps.clock();
    const actor = { subject: c.var.admin.subject, name: c.var.admin.name };
    const revoked = await withDatabase(() =>
      db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('grants')
          .innerJoin('mailboxes', 'mailboxes.id', 'grants.mailbox_id')
          .select(['grants.id', 'grants.subject_kind', 'grants.subject', 'grants.level', 'grants.mailbox_id'])
          .where('grants.id', '=', id)
          .where('mailboxes.organization_id', '=', org(c))
          .executeTakeFirst();
        if (!row) return false;
        const mailbox = await trx.selectFrom('mailboxes').selectAll().where('id', '=', row.mailbox_id).executeTakeFirstOrThrow();
        await trx.deleteFrom('grants').where('id', '=', id).execute();
        await recordAudit(trx, {
          at: now,
          actor,
          organizationId: mailbox.organization_id,
          mailboxId: mailbox.id,
          kind: 'grant.revoked',
          summary: { grantId: id, subjectKind: row.subject_kind, subject: row.subject, level: row.level },
        });
        await notify(
          trx,
          mailbox,
          now,
          `Behörighet borttagen: ${mailbox.name}`,
          `${actor.name ?? actor.subject} tog bort ${row.subject_kind === 'group' ? 'gruppen ' : ''}${row.subject}s behörighet (${LEVEL_WORDS[row.level]}) till funktionsbrevlådan ${mailbox.id}.`,
        );
        return true;
      }),
    );
    return revoked ? c.body(null, 204) : adminNotFound(c, 'No such grant in your organisation.');
  });

  routes.get('/people', async (c) => {
    const q = (c.req.query('q') ?? '').trim().toLocaleLowerCase('sv');
    const [people, grantGroups] = await withDatabase(() =>
      Promise.all([
        db.selectFrom('people').select(['sub', 'name', 'groups', 'last_sign_in_at']).where('organization_id', '=', org(c)).orderBy('name').orderBy('sub').execute(),
        db
          .selectFrom('grants')
          .innerJoin('mailboxes', 'mailboxes.id', 'grants.mailbox_id')
          .select('grants.subject')
          .where('grants.subject_kind', '=', 'group')
          .where('mailboxes.organization_id', '=', org(c))
          .execute(),
      ]),
    );
    const matches = (text: string | null) => q === '' || (text ?? '').toLocaleLowerCase('sv').includes(q);
    const groups = [...new Set([...people.flatMap((p) => p.groups), ...grantGroups.map((g) => g.subject)])].filter(matches).sort();
    const body: Schemas['AdminPeopleSearch'] = {
      people: people
        .filter((p) => matches(p.name) || matches(p.sub))
        .map((p) => ({ sub: p.sub, name: p.name, groups: [...p.groups], lastSignInAt: isoOrNull(p.last_sign_in_at) })),
      groups,
    };
    return c.json(body);
  });

  routes.get('/people/:subject/access', async (c) => {
    const sub = c.req.param('subject');
    const person = await withDatabase(() => db.selectFrom('people').select(['sub', 'groups', 'organization_id']).where('sub', '=', sub).executeTakeFirst());
    if (!person || person.organization_id !== org(c)) return adminNotFound(c, 'No such person in your organisation.');
    const body: Schemas['AdminGrantList'] = { data: await grantsOf(c, { person: { sub, groups: [...person.groups] } }) };
    return c.json(body);
  });

  return routes;
}
