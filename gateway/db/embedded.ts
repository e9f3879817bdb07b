/**
 * The gateway's database over an already started PGlite instance: Kysely's PostgresDialect
 * through the pool adapter, migrations applied. Imports neither `pg` nor PGlite itself (the
 * caller creates the instance), so the in-browser demo can use it without pulling Node's
 * PostgreSQL driver into a browser bundle (docs/decisions/0012).
 */
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type PostgresPool } from 'kysely';
import type { GatewayDb } from './database';
import { migrateToLatest } from './migrate';
import { createPglitePool } from './pglitePool';
import type { GatewayDatabase } from './schema';

/** A migrated GatewayDb over a pool (pg's or PGlite's adapter); the pool is ended by close(). */
export async function openMigratedDatabase(pool: PostgresPool, kind: GatewayDb['kind']): Promise<GatewayDb> {
  const db = new Kysely<GatewayDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
  return { db, kind, close: () => db.destroy() };
}

/** The gateway database in a PGlite the caller started (in memory, a folder, or IndexedDB). */
export function openEmbeddedDatabase(pglite: PGlite): Promise<GatewayDb> {
  return openMigratedDatabase(createPglitePool(pglite), 'pglite');
}
