/**
 * Opens the gateway's database: PostgreSQL when a URL is given (pg pool), otherwise the
 * embedded PGlite with its files in a folder (or in memory for tests). One dialect, one set of
 * migrations, applied before the database is handed out.
 */
import type { Kysely, PostgresPool } from 'kysely';
import { openMigratedDatabase } from './embedded';
import { createPglitePool } from './pglitePool';
import type { GatewayDatabase } from './schema';

export type DatabaseKind = 'postgres' | 'pglite';

export interface GatewayDb {
  db: Kysely<GatewayDatabase>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number; schema?: string }
  | { kind: 'pglite'; dataDir?: string };

export async function openDatabase(options: DatabaseOptions): Promise<GatewayDb> {
  return openMigratedDatabase(await createPool(options), options.kind);
}

async function createPool(options: DatabaseOptions): Promise<PostgresPool> {
  if (options.kind === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
    await pglite.waitReady;
    return createPglitePool(pglite);
  }
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    // A schema of its own (tests run in parallel on one server).
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    connectionTimeoutMillis: 5000,
  });
  // An idle connection dropped by the server must not crash the process: the next query fails
  // (503) and the pool connects again when the server is back.
  pool.on('error', () => undefined);
  return pool;
}
