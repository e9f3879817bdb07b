/**
 * The registry as the superuser console sees it (issue 9, ADR 0013): an organisation's
 * mailboxes with the facts of the list (grants in force, unhandled messages, the newest
 * received, the address-book copy's entry), and versioned edits. Callers write in a
 * transaction with the audit entry.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { readRecord, readString } from '../../src/sdk/readValue';
import type { components } from '../../src/api/schema.gen';
import { latestResults } from '../connectionTest/store';
import type { GatewayDatabase, Mailbox } from '../db/schema';

export type AdminMailbox = components['schemas']['AdminMailbox'];
export type AdminMailboxFields = components['schemas']['AdminMailboxFields'];
type Db = Kysely<GatewayDatabase> | Transaction<GatewayDatabase>;

export const EDITABLE_FIELDS = ['name', 'description', 'categories', 'sends', 'receives', 'notificationEmail', 'active'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export function fieldsOf(row: Mailbox): AdminMailboxFields & { active: boolean } {
  return {
    name: row.name,
    description: row.description,
    categories: [...row.categories],
    sends: row.sends,
    receives: row.receives,
    notificationEmail: row.notification_email ?? '',
    active: row.active,
  };
}

/** Which editable fields differ between two versions' values. */
export function changedFields(a: AdminMailboxFields & { active: boolean }, b: AdminMailboxFields & { active: boolean }): EditableField[] {
  return EDITABLE_FIELDS.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}

export async function adminMailboxes(db: Db, organizationId: string, now: Date, onlyId?: string): Promise<AdminMailbox[]> {
  let query = db.selectFrom('mailboxes').selectAll().where('organization_id', '=', organizationId);
  if (onlyId !== undefined) query = query.where('id', '=', onlyId);
  const rows = await query.orderBy('name').orderBy('id').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [grants, handling, entries, people, tests] = await Promise.all([
    db
      .selectFrom('grants')
      .select(['mailbox_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('mailbox_id', 'in', ids)
      .where((eb) => eb.and([eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', now)]), eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', now)])]))
      .groupBy('mailbox_id')
      .execute(),
    db
      .selectFrom('message_handling')
      .select([
        'mailbox_id',
        (eb) => eb.fn.count<string>(sql`case when state = 'open' then 1 end`).as('open'),
        (eb) => eb.fn.max('first_seen_at').as('last'),
      ])
      .where('mailbox_id', 'in', ids)
      .groupBy('mailbox_id')
      .execute(),
    db.selectFrom('address_book_entries').select(['identifier', 'resource']).where('kind', '=', 'address').where('identifier', 'in', ids.map((i) => i.toLowerCase())).execute(),
    db.selectFrom('people').select(['sub', 'name']).where('sub', 'in', rows.map((r) => r.updated_by ?? '').filter(Boolean).concat([''])).execute(),
    latestResults(db, organizationId, ids),
  ]);
  const count = new Map(grants.map((g) => [g.mailbox_id, Number(g.n)]));
  const handled = new Map(handling.map((h) => [h.mailbox_id, h]));
  const listed = new Map(entries.map((e) => [e.identifier, readString(readRecord(readRecord(e.resource)?.['attributes'])?.['name'])]));
  const names = new Map(people.map((p) => [p.sub, p.name]));
  return rows.map((row) => {
    const h = handled.get(row.id);
    const inBook = listed.has(row.id.toLowerCase());
    const bookName = listed.get(row.id.toLowerCase());
    const last = h?.last ? new Date(h.last as unknown as string) : null;
    return {
      id: row.id,
      ...fieldsOf(row),
      version: row.version,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at ? row.updated_at.toISOString() : null,
      updatedBy: row.updated_by ? { sub: row.updated_by, name: row.updated_by_name ?? names.get(row.updated_by) ?? null } : null,
      accessCount: count.get(row.id) ?? 0,
      unhandledCount: Number(h?.open ?? 0),
      lastReceivedAt: last ? last.toISOString() : null,
      addressBook: inBook ? { published: true, ...(bookName ? { name: bookName } : {}) } : { published: false },
      lastConnectionTest: tests.get(row.id) ?? null,
    };
  });
}

/**
 * Whether the gateway's own tables know of a message of the mailbox (handled, or in the access
 * log). Not the whole answer: the access log is pruned (ADR 0018) and a message nobody opened
 * may never have been seen, so removal also asks the message service (routes/admin/mailboxes).
 */
export async function mailboxHasMessages(db: Db, mailboxId: string): Promise<boolean> {
  const [handling, logged] = await Promise.all([
    db.selectFrom('message_handling').select('message_id').where('mailbox_id', '=', mailboxId).limit(1).executeTakeFirst(),
    db.selectFrom('access_log').select('id').where('mailbox_id', '=', mailboxId).where('message_id', 'is not', null).limit(1).executeTakeFirst(),
  ]);
  return handling !== undefined || logged !== undefined;
}
