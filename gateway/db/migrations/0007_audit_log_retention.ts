/**
 * How long an organisation's audit log is kept (issue 9 part 3; ADR 0018): one row per
 * organisation whose superuser set it; an organisation without a row has the configured default
 * (AUDIT_LOG_RETENTION_DAYS). 0 keeps the log forever; other values are at least a year
 * (src/sdk/auditLog.ts), checked by the API — the table only refuses negatives.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const migration0007: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_log_settings')
      .addColumn('organization_id', 'text', (c) => c.primaryKey())
      .addColumn('retention_days', 'integer', (c) => c.notNull().check(sql`retention_days >= 0`))
      .addColumn('updated_by_sub', 'text', (c) => c.notNull())
      .addColumn('updated_by_name', 'text')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .execute();
  },
};
