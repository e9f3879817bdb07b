import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { GatewayDb } from '../db/database';
import { seedRegistry, type RegistrySeed } from '../registry/seed';
import { TEST_SEED } from './harness';
import { emptyDatabase, type TestDatabaseKind } from './testDatabases';

/**
 * The lifecycle most gateway test files share, registered in the calling describe block: one
 * migrated database of the kind for the whole block (opened once: PGlite's first start runs
 * initdb, seconds on a busy machine), emptied and seeded with the test registry before each
 * test, closed after the block. Vitest runs beforeEach hooks in the order they are registered,
 * so a test file's own beforeEach, registered after this call, finds the seeded database.
 * Returns a getter because the handle exists only once beforeAll has run.
 */
export function useSeededDatabase(kind: TestDatabaseKind, seed: RegistrySeed = TEST_SEED): () => GatewayDb {
  let db: GatewayDb | undefined;
  const current = (): GatewayDb => {
    if (!db) throw new Error('the test database is not open yet: call the getter inside a test or hook');
    return db;
  };
  beforeAll(async () => {
    db = await kind.open();
  }, 60_000);
  beforeEach(async () => {
    await emptyDatabase(current());
    await seedRegistry(current().db, seed);
  }, 30_000);
  afterAll(async () => {
    await db?.close();
  }, 60_000);
  return current;
}
