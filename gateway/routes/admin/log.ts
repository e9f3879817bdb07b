/**
 * /mk/admin/log: the organisation's audit log (changes to mailboxes and access, connection
 * tests, retention runs) and the message access log of its mailboxes (who read, sent, deleted
 * or handled which message), merged newest first, filtered by mailbox, person, kind and
 * period; as JSON or CSV. Only ids and facts: never message content. /mk/admin/notifications:
 * the e-mails the demo keeps instead of sending.
 */
import { Hono } from 'hono';
import { badRequestResponse, problemInstance } from '../../../src/api/problemResponses';
import { endOfDay, isCalendarDay, startOfDay } from '../../../src/sdk/calendarDay';
import type { components } from '../../../src/api/schema.gen';
import type { GatewayDeps } from '../../http/env';
import { withDatabase } from '../../http/problems';
import type { AdminEnv } from './requireSuperuser';

type Entry = components['schemas']['AdminLogEntry'];

export const LOG_LIMIT = 500;
const ACCESS_KIND_PREFIX = 'message.';

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  // A leading =, +, - or @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function logCsv(entries: readonly Entry[]): string {
  const header = ['at', 'source', 'kind', 'actor_sub', 'actor_name', 'mailbox', 'message_id', 'summary'];
  const lines = entries.map((e) => [e.at, e.source, e.kind, e.actor.sub, e.actor.name, e.mailbox, e.messageId ?? null, e.summary].map(csvCell).join(','));
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

export function adminLogRoutes(deps: GatewayDeps): Hono<AdminEnv> {
  const routes = new Hono<AdminEnv>();
  const db = deps.db.db;

  routes.get('/log', async (c) => {
    const organizationId = c.var.admin.organizationId;
    const mailbox = c.req.query('mailbox') || undefined;
    const person = c.req.query('person') || undefined;
    const kind = c.req.query('kind') || undefined;
    const fromText = c.req.query('from') || undefined;
    const toText = c.req.query('to') || undefined;
    const format = c.req.query('format') ?? 'json';
    const bad = [
      ...(fromText && !isCalendarDay(fromText) ? [{ in: 'from', typeCode: 'badDate' }] : []),
      ...(toText && !isCalendarDay(toText) ? [{ in: 'to', typeCode: 'badDate' }] : []),
      ...(format !== 'json' && format !== 'csv' ? [{ in: 'format', typeCode: 'badFormat' }] : []),
    ];
    if (bad.length > 0) return badRequestResponse('Check the filters: from and to are dates (YYYY-MM-DD), format json or csv.', problemInstance(c.req.url), bad);
    // Swedish days, as the superuser means them (src/sdk/calendarDay.ts), not UTC days.
    const from = fromText ? startOfDay(fromText) : undefined;
    const to = toText ? endOfDay(toText) : undefined;
    const wantAudit = !kind || !kind.startsWith(ACCESS_KIND_PREFIX);
    const wantAccess = !kind || kind.startsWith(ACCESS_KIND_PREFIX);

    const [audit, access, names] = await withDatabase(() =>
      Promise.all([
        wantAudit
          ? (() => {
              let q = db.selectFrom('audit_log').selectAll().where('organization_id', '=', organizationId);
              if (mailbox) q = q.where('mailbox_id', '=', mailbox);
              if (kind) q = q.where('kind', '=', kind);
              if (person) q = q.where((eb) => eb.or([eb('actor_sub', '=', person), eb(eb.ref('summary', '->>').key('subject' as never), '=', person)]));
              if (from) q = q.where('at', '>=', from);
              if (to) q = q.where('at', '<', to);
              return q.orderBy('at', 'desc').orderBy('id', 'desc').limit(LOG_LIMIT).execute();
            })()
          : Promise.resolve([]),
        wantAccess
          ? (() => {
              let q = db
                .selectFrom('access_log')
                .innerJoin('mailboxes', 'mailboxes.id', 'access_log.mailbox_id')
                .select(['access_log.id', 'access_log.at', 'access_log.subject', 'access_log.mailbox_id', 'access_log.message_id', 'access_log.action', 'access_log.status', 'access_log.detail', 'access_log.request_id'])
                .where('mailboxes.organization_id', '=', organizationId);
              if (mailbox) q = q.where('access_log.mailbox_id', '=', mailbox);
              if (kind) q = q.where('access_log.action', '=', kind.slice(ACCESS_KIND_PREFIX.length) as never);
              if (person) q = q.where('access_log.subject', '=', person);
              if (from) q = q.where('access_log.at', '>=', from);
              if (to) q = q.where('access_log.at', '<', to);
              return q.orderBy('access_log.at', 'desc').orderBy('access_log.id', 'desc').limit(LOG_LIMIT).execute();
            })()
          : Promise.resolve([]),
        db.selectFrom('people').select(['sub', 'name']).where('organization_id', '=', organizationId).execute(),
      ]),
    );
    const nameOf = new Map(names.map((p) => [p.sub, p.name]));
    const entries: Entry[] = [
      ...audit.map((r) => ({
        id: `audit-${r.id}`,
        source: 'audit' as const,
        at: r.at.toISOString(),
        actor: { sub: r.actor_sub, name: r.actor_name ?? nameOf.get(r.actor_sub) ?? null },
        kind: r.kind,
        mailbox: r.mailbox_id,
        messageId: null,
        summary: r.summary,
      })),
      ...access.map((r) => ({
        id: `access-${r.id}`,
        source: 'access' as const,
        at: r.at.toISOString(),
        actor: { sub: r.subject, name: nameOf.get(r.subject) ?? null },
        kind: `${ACCESS_KIND_PREFIX}${r.action}`,
        mailbox: r.mailbox_id,
        messageId: r.message_id,
        summary: { status: r.status, requestId: r.request_id, ...(r.detail ? { detail: r.detail } : {}) },
      })),
    ]
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
      .slice(0, LOG_LIMIT);

    if (format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="mk-logg-${deps.clock().toISOString().slice(0, 10)}.csv"`);
      return c.body(logCsv(entries));
    }
    const body: components['schemas']['AdminLogList'] = { data: entries };
    return c.json(body);
  });

  routes.get('/notifications', async (c) => {
    const rows = await withDatabase(() =>
      db.selectFrom('notifications').selectAll().where('organization_id', '=', c.var.admin.organizationId).orderBy('at', 'desc').orderBy('id', 'desc').limit(LOG_LIMIT).execute(),
    );
    const body: components['schemas']['AdminNotificationList'] = {
      data: rows.map((r) => ({ id: String(r.id), at: r.at.toISOString(), mailbox: r.mailbox_id, recipient: r.recipient, subject: r.subject, body: r.body })),
    };
    return c.json(body);
  });

  return routes;
}
