/**
 * Versioned migrations, imported in code (no files read at run time, so the same list works in
 * a bundle), applied at start. Kysely's Migrator takes a lock in the database itself, so
 * several gateway instances starting at once apply each migration exactly once.
 */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { migration0001 } from './migrations/0001_registry';
import { migration0002 } from './migrations/0002_message_handling';
import { migration0003 } from './migrations/0003_console_registry';
import { migration0004 } from './migrations/0004_connection_tests';
import { migration0005 } from './migrations/0005_jobs_retention_rollout';
import { migration0006 } from './migrations/0006_training';
import { migration0007 } from './migrations/0007_audit_log_retention';
import { migration0008 } from './migrations/0008_training_rollout';
import type { GatewayDatabase } from './schema';

const MIGRATIONS: Record<string, Migration> = {
  '0001_registry': migration0001,
  '0002_message_handling': migration0002,
  '0003_console_registry': migration0003,
  '0004_connection_tests': migration0004,
  '0005_jobs_retention_rollout': migration0005,
  '0006_training': migration0006,
  '0007_audit_log_retention': migration0007,
  '0008_training_rollout': migration0008,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Kysely<GatewayDatabase>): Promise<string[]> {
  const { error, results = [] } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${reason}`, { cause: error });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
