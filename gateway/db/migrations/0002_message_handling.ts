/**
 * Shared-mailbox handling (issue 10, ADR 0011): per received message its handling state
 * (assignee, open/handled, a version for conditional updates), the history of changes and the
 * MK's internal notes. All of it is the MK's own data: it lives only here, never in the
 * message service. Rows hang off the message's row, so deleting a message's handling row
 * removes its history and notes with it (what the gateway does when the message is deleted or
 * the message service no longer has it); a mailbox removed from the registry takes them all.
 *
 * Also: the access log gets the actions `handle` and `note` and a `detail` column (the handling
 * action, never a note's text), and people remember their IdP groups from their last sign-in,
 * so the gateway can tell whether a colleague may be assigned a message through a group grant.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const migration0002: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('message_handling')
      .addColumn('message_id', 'text', (c) => c.primaryKey())
      .addColumn('mailbox_id', 'text', (c) => c.notNull().references('mailboxes.id').onDelete('cascade'))
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('open').check(sql`state in ('open', 'handled')`))
      .addColumn('assignee_sub', 'text')
      .addColumn('assignee_name', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_by_sub', 'text')
      .addColumn('updated_by_name', 'text')
      .addColumn('updated_at', 'timestamptz')
      .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('message_handling_by_mailbox').on('message_handling').columns(['mailbox_id', 'state', 'assignee_sub']).execute();

    await db.schema
      .createTable('message_handling_events')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('message_id', 'text', (c) => c.notNull().references('message_handling.message_id').onDelete('cascade'))
      .addColumn('at', 'timestamptz', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('took', 'assigned', 'released', 'handled', 'reopened')`))
      .addColumn('actor_sub', 'text', (c) => c.notNull())
      .addColumn('actor_name', 'text')
      .addColumn('assignee_sub', 'text')
      .addColumn('assignee_name', 'text')
      .execute();
    await db.schema.createIndex('message_handling_events_by_message').on('message_handling_events').columns(['message_id', 'id']).execute();

    await db.schema
      .createTable('message_notes')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('message_id', 'text', (c) => c.notNull().references('message_handling.message_id').onDelete('cascade'))
      .addColumn('at', 'timestamptz', (c) => c.notNull())
      .addColumn('author_sub', 'text', (c) => c.notNull())
      .addColumn('author_name', 'text')
      .addColumn('text', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('message_notes_by_message').on('message_notes').columns(['message_id', 'id']).execute();

    await sql`alter table access_log drop constraint if exists access_log_action_check`.execute(db);
    await sql`alter table access_log add constraint access_log_action_check check (action in ('read', 'send', 'delete', 'handle', 'note'))`.execute(db);
    await db.schema.alterTable('access_log').addColumn('detail', 'text').execute();

    await db.schema.alterTable('people').addColumn('groups', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`)).execute();
  },
};
