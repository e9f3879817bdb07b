/**
 * The databases the gateway's database tests run on: an in-memory PGlite always, and the real
 * PostgreSQL at TEST_DATABASE_URL when it is set (CI sets it), each test database in a schema
 * of its own so parallel test files never see each other's rows; dropped afterwards.
 */
import { randomUUID } from 'node:crypto';
import { openDatabase, type GatewayDb } from '../db/database';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
export const POSTGRES_SKIP_NOTE = TEST_DATABASE_URL ? '' : ' (skipped: TEST_DATABASE_URL not set)';

export interface TestDatabaseKind {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database. Close with the returned close(). */
  open(): Promise<GatewayDb>;
  /** A second handle on the same database (another gateway instance), or undefined. */
  reopen(db: GatewayDb): Promise<GatewayDb>;
}

const schemas = new WeakMap<GatewayDb, string>();

async function withAdmin<T>(run: (client: import('pg').Client) => Promise<T>): Promise<T> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function postgresHandle(db: GatewayDb, schema: string, dropOnClose: boolean): GatewayDb {
  const handle: GatewayDb = {
    ...db,
    close: async () => {
      await db.close();
      if (dropOnClose) await withAdmin((client) => client.query(`drop schema if exists "${schema}" cascade`));
    },
  };
  schemas.set(handle, schema);
  return handle;
}

export const PGLITE: TestDatabaseKind = {
  name: 'pglite',
  open: () => openDatabase({ kind: 'pglite' }),
  // PGlite is one process-local database: a second instance shares the same handle.
  reopen: async (db) => ({ ...db, close: async () => undefined }),
};

export const POSTGRES: TestDatabaseKind = {
  name: 'postgres',
  async open() {
    const schema = `gw_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    // Identifier made here from hex only: safe to put in the statement.
    await withAdmin((client) => client.query(`create schema "${schema}"`));
    const db = await openDatabase({ kind: 'postgres', url: TEST_DATABASE_URL ?? '', schema, poolSize: 4 });
    return postgresHandle(db, schema, true);
  },
  async reopen(db) {
    const schema = schemas.get(db);
    if (!schema) throw new Error('not a test database from POSTGRES.open()');
    return postgresHandle(await openDatabase({ kind: 'postgres', url: TEST_DATABASE_URL ?? '', schema, poolSize: 4 }), schema, false);
  },
};


/** Both kinds for describe loops; `skip` when PostgreSQL is not configured. */
export const DATABASE_KINDS_FOR_TESTS: { kind: TestDatabaseKind; skip: boolean; title: string }[] = [
  { kind: PGLITE, skip: false, title: 'PGlite' },
  { kind: POSTGRES, skip: !TEST_DATABASE_URL, title: `PostgreSQL${POSTGRES_SKIP_NOTE}` },
];

/** Deletes every row (children first), so one migrated database serves a whole test file. */
export async function emptyDatabase(db: GatewayDb): Promise<void> {
  await db.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('training_rollout').execute();
    for (const table of ['training_faults', 'training_hints', 'training_participants', 'training_courses', 'training_scenarios', 'connection_test_cases', 'connection_test_runs', 'job_runs', 'retention_settings', 'rollout_milestones', 'audit_log_settings', 'audit_log', 'notifications', 'message_notes', 'message_handling_events', 'message_handling', 'access_log', 'grants', 'mailboxes', 'people', 'address_book_entries', 'address_book_sync', 'job_leases'] as const) {
      await trx.deleteFrom(table).execute();
    }
  });
}
