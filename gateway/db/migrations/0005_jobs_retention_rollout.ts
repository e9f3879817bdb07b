/**
 * Background jobs, retention and the rollout checklist (issue 9, parts 6–8; ADR 0017):
 * - job_runs: one row per run of a background job (address-book sync, retention), written
 *   when it starts and completed when it ends, so the console's system status shows the last
 *   run of each job, which instance ran it, how it went and what it counted.
 * - retention_settings: per function mailbox, how many days a message in a final status is
 *   kept (0 = kept for ever). A mailbox without a row has the configured default.
 * - rollout_milestones: the milestones of the rollout checklist an organisation's superuser
 *   ticks by hand, with who and when. Automatic milestones are derived and never stored.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const migration0005: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('job_runs')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('job', 'text', (c) => c.notNull())
      .addColumn('instance', 'text', (c) => c.notNull())
      .addColumn('started_at', 'timestamptz', (c) => c.notNull())
      .addColumn('finished_at', 'timestamptz')
      .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('running', 'succeeded', 'failed')`))
      .addColumn('counts', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
      .addColumn('error', 'text')
      .execute();
    await db.schema.createIndex('job_runs_by_job').on('job_runs').columns(['job', 'started_at', 'id']).execute();

    await db.schema
      .createTable('retention_settings')
      .addColumn('mailbox_id', 'text', (c) => c.primaryKey().references('mailboxes.id').onDelete('cascade'))
      .addColumn('days', 'integer', (c) => c.notNull().check(sql`days >= 0`))
      .addColumn('updated_by_sub', 'text', (c) => c.notNull())
      .addColumn('updated_by_name', 'text')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('rollout_milestones')
      .addColumn('organization_id', 'text', (c) => c.notNull())
      .addColumn('milestone', 'text', (c) => c.notNull())
      .addColumn('done', 'boolean', (c) => c.notNull())
      .addColumn('updated_by_sub', 'text', (c) => c.notNull())
      .addColumn('updated_by_name', 'text')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .addPrimaryKeyConstraint('rollout_milestones_pk', ['organization_id', 'milestone'])
      .execute();
  },
};
