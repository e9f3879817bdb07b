/**
 * The trainer's course server (issue 11, ADR 0016): scenarios a trainer imported, courses made
 * from a scenario, their participants (practice account, practice mailbox, what the course has
 * delivered to them), hints and the faults injected. A course belongs to the trainer who made
 * it; deleting a course takes everything of it along.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const migration0006: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('training_scenarios')
      .addColumn('trainer_sub', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('scenario', 'jsonb', (c) => c.notNull())
      .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('training_scenarios_pk', ['trainer_sub', 'id'])
      .execute();

    await db.schema
      .createTable('training_courses')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('trainer_sub', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('scenario', 'jsonb', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('created').check(sql`state in ('created', 'running', 'paused')`))
      .addColumn('speed', 'real', (c) => c.notNull().defaultTo(1))
      // Course time: elapsed_ms at anchor_at, running on at `speed` while state = running.
      .addColumn('elapsed_ms', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('anchor_at', 'timestamptz')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('training_courses_by_trainer').on('training_courses').columns(['trainer_sub', 'created_at']).execute();

    await db.schema
      .createTable('training_participants')
      .addColumn('course_code', 'text', (c) => c.notNull().references('training_courses.code').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull().unique())
      .addColumn('mailbox_id', 'text', (c) => c.notNull())
      // Timeline key → messageId of what the course delivered (and fault:<index> → when applied).
      .addColumn('delivered', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
      // Exercise id → when the trainer marked it done (exercises checked by the trainer).
      .addColumn('marked_done', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
      .addColumn('reset_at', 'timestamptz')
      .addPrimaryKeyConstraint('training_participants_pk', ['course_code', 'number'])
      .execute();

    await db.schema
      .createTable('training_hints')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('course_code', 'text', (c) => c.notNull().references('training_courses.code').onDelete('cascade'))
      // null = to every participant.
      .addColumn('number', 'integer')
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('at', 'timestamptz', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('training_faults')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('course_code', 'text', (c) => c.notNull().references('training_courses.code').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('reject', 'delay-receipt', 'unavailable', 'session-expires')`))
      .addColumn('detail', 'text')
      .addColumn('at', 'timestamptz', (c) => c.notNull())
      // unavailable: until when the message service "is down" for the participant.
      .addColumn('until', 'timestamptz')
      .execute();
    await db.schema.createIndex('training_faults_by_account').on('training_faults').columns(['account_id', 'at']).execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['training_faults', 'training_hints', 'training_participants', 'training_courses', 'training_scenarios']) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
