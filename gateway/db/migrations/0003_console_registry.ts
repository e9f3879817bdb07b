/**
 * The superuser console (issue 9, ADR 0013): the audit log, the notifications the demo would
 * send, and what a superuser edits on a function mailbox.
 *
 * - `audit_log`: every change to mailboxes and access, every connection test and retention run:
 *   when, who (sub and name), the organisation, the mailbox (when one), a kind
 *   (`mailbox.created`, `grant.revoked`, …) and a JSON summary of non-content facts. Never
 *   message content. Kept apart from `access_log` (the per-message log of the inbox's routes);
 *   the console's log view shows both.
 * - `notifications`: the e-mails the gateway would send (to a mailbox's notification address on
 *   grant changes); the demo writes them here and the console shows them instead of sending.
 * - `mailboxes` gets description, categories, sends/receives, notification e-mail, active and a
 *   version (raised by one on every edit; an edit names the version it was based on), with who
 *   changed it last.
 * - `people.last_sign_in_at` may be null: people the organisation knows from its IdP but who
 *   have not signed in yet (the demo seed's personas) can be found and granted access.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const migration0003: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('actor_sub', 'text', (c) => c.notNull())
      .addColumn('actor_name', 'text')
      .addColumn('organization_id', 'text', (c) => c.notNull())
      // No foreign key: the log outlives a removed mailbox.
      .addColumn('mailbox_id', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('summary', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
      .execute();
    await db.schema.createIndex('audit_log_by_organization').on('audit_log').columns(['organization_id', 'at']).execute();
    await db.schema.createIndex('audit_log_by_mailbox').on('audit_log').columns(['mailbox_id', 'at']).execute();

    await db.schema
      .createTable('notifications')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('organization_id', 'text', (c) => c.notNull())
      .addColumn('mailbox_id', 'text')
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('notifications_by_organization').on('notifications').columns(['organization_id', 'at']).execute();

    await db.schema
      .alterTable('mailboxes')
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema.alterTable('mailboxes').addColumn('categories', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`)).execute();
    await db.schema.alterTable('mailboxes').addColumn('sends', 'boolean', (c) => c.notNull().defaultTo(true)).execute();
    await db.schema.alterTable('mailboxes').addColumn('receives', 'boolean', (c) => c.notNull().defaultTo(true)).execute();
    await db.schema.alterTable('mailboxes').addColumn('notification_email', 'text').execute();
    await db.schema.alterTable('mailboxes').addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true)).execute();
    await db.schema.alterTable('mailboxes').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    await db.schema.alterTable('mailboxes').addColumn('updated_at', 'timestamptz').execute();
    await db.schema.alterTable('mailboxes').addColumn('updated_by', 'text').execute();
    await db.schema.alterTable('mailboxes').addColumn('updated_by_name', 'text').execute();

    await sql`alter table people alter column last_sign_in_at drop not null`.execute(db);
  },
};
