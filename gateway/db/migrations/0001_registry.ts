/**
 * First schema: the mailbox registry and its grants, people seen, the access log, the
 * address-book copy and job leases. Later features add their own migrations (the superuser
 * console's registry edits and audit views read these tables; shared-mailbox assignments and
 * courses get tables of their own that reference mailboxes.id).
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const migration0001: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('mailboxes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();

    await db.schema
      .createTable('grants')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('mailbox_id', 'text', (c) => c.notNull().references('mailboxes.id').onDelete('cascade'))
      .addColumn('subject_kind', 'text', (c) => c.notNull().check(sql`subject_kind in ('person', 'group')`))
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('read', 'send', 'admin')`))
      .addColumn('valid_from', 'timestamptz')
      .addColumn('valid_to', 'timestamptz')
      .addColumn('granted_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addUniqueConstraint('grants_one_per_subject', ['mailbox_id', 'subject_kind', 'subject'])
      .execute();
    await db.schema.createIndex('grants_by_subject').on('grants').columns(['subject_kind', 'subject']).execute();

    await db.schema
      .createTable('people')
      .addColumn('sub', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text')
      .addColumn('organization_id', 'text')
      .addColumn('last_sign_in_at', 'timestamptz', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('access_log')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('mailbox_id', 'text')
      .addColumn('message_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('read', 'send', 'delete')`))
      .addColumn('status', 'integer', (c) => c.notNull())
      .addColumn('request_id', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('access_log_by_mailbox').on('access_log').columns(['mailbox_id', 'at']).execute();

    await db.schema
      .createTable('address_book_entries')
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('organization', 'address')`))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('identifier', 'text', (c) => c.notNull())
      .addColumn('organization_ref', 'text')
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('resource', 'jsonb', (c) => c.notNull())
      .addPrimaryKeyConstraint('address_book_entries_pk', ['kind', 'id'])
      .execute();

    await db.schema
      .createTable('address_book_sync')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('synced_at', 'timestamptz')
      .addColumn('organizations', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('addresses', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_attempt_at', 'timestamptz')
      .addColumn('last_error', 'text')
      .execute();

    await db.schema
      .createTable('job_leases')
      .addColumn('job', 'text', (c) => c.primaryKey())
      .addColumn('holder', 'text')
      .addColumn('lease_until', 'timestamptz', (c) => c.notNull())
      .addColumn('last_run_at', 'timestamptz')
      .addColumn('runs', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
