/**
 * Connection tests (issue 9 part 5, ADR 0014): one row per run (the mailbox, the environment
 * DEMO/QA/PROD it ran in, who ran it, when it started and finished, its outcome) and one per
 * case (the test function, the expected and observed statuses, receipt codes, message ids,
 * times, verdict and reason). The runner writes progress as it goes, so any gateway instance
 * can answer a client polling the run. No message content is kept.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const migration0004: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('connection_test_runs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) => c.notNull())
      .addColumn('mailbox_id', 'text', (c) => c.notNull())
      .addColumn('mailbox_name', 'text', (c) => c.notNull())
      .addColumn('environment', 'text', (c) => c.notNull().check(sql`environment in ('DEMO', 'QA', 'PROD')`))
      .addColumn('started_by_sub', 'text', (c) => c.notNull())
      .addColumn('started_by_name', 'text')
      .addColumn('started_at', 'timestamptz', (c) => c.notNull())
      .addColumn('deadline_at', 'timestamptz', (c) => c.notNull())
      .addColumn('finished_at', 'timestamptz')
      .addColumn('outcome', 'text', (c) => c.check(sql`outcome in ('passed', 'failed')`))
      .execute();
    await db.schema.createIndex('connection_test_runs_by_org').on('connection_test_runs').columns(['organization_id', 'started_at']).execute();

    await db.schema
      .createTable('connection_test_cases')
      .addColumn('run_id', 'text', (c) => c.notNull().references('connection_test_runs.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('expected_statuses', 'jsonb', (c) => c.notNull())
      .addColumn('observed_statuses', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('receipt_codes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('resource_id', 'text')
      .addColumn('message_id', 'text')
      .addColumn('sent_at', 'timestamptz')
      .addColumn('final_at', 'timestamptz')
      .addColumn('reply_message_id', 'text')
      .addColumn('reply_at', 'timestamptz')
      .addColumn('send_failed_status', 'integer')
      .addColumn('verdict', 'text', (c) => c.notNull().defaultTo('pending').check(sql`verdict in ('pending', 'pass', 'fail')`))
      .addColumn('reason', 'text', (c) => c.notNull().defaultTo('waiting'))
      .addColumn('about', 'text')
      .addPrimaryKeyConstraint('connection_test_cases_pk', ['run_id', 'kind'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('connection_test_cases').execute();
    await db.schema.dropTable('connection_test_runs').execute();
  },
};
