// @vitest-environment node
/**
 * Several gateway instances on one database, and one instance restarted on its PGlite folder:
 * what one instance changes the other enforces on the next request, the address-book sync runs
 * once per interval however many instances try, and data survives a restart.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FA } from '../mocks/personas';
import { createPeriodicJob } from './addressBook/job';
import { syncAddressBook } from './addressBook/sync';
import { openDatabase, type GatewayDb } from './db/database';
import { createMemoryLogger } from './http/logger';
import { logAccess } from './registry/accessLog';
import { seedRegistry } from './registry/seed';
import { createMockMt, createTestGateway, TEST_SEED, testUpstreams } from './testing/harness';
import { DATABASE_KINDS_FOR_TESTS, emptyDatabase } from './testing/testDatabases';
import { issueUserToken } from './testing/userTokens';

const mt = createMockMt();
beforeAll(() => mt.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mt.reset());
afterAll(() => mt.server.close());

const INBOX = `/sdk/messages?filter[recipientAttention.subOrganization.extension]=${FA.malmoBarnUnga}`;

for (const { kind, skip, title } of DATABASE_KINDS_FOR_TESTS) {
  describe.skipIf(skip)(`two gateway instances on one ${title} database`, () => {
    let first: GatewayDb;
    let second: GatewayDb;
    // PGlite's first start runs initdb: seconds on a busy machine.
    beforeAll(async () => {
      first = await kind.open();
      second = await kind.reopen(first);
    }, 60_000);
    afterAll(async () => {
      await second.close();
      await first.close();
    });

    it('enforce on the next request a grant revoked through the other', async () => {
      await emptyDatabase(first);
      await seedRegistry(first.db, TEST_SEED);
      const a = createTestGateway(first);
      const b = createTestGateway(second);
      const token = await issueUserToken({ subject: 'anna', groups: ['malmo-aldreomsorg'] });
      expect((await b.call(INBOX, { token })).status).toBe(200);
      await first.db.deleteFrom('grants').where('subject', '=', 'anna').where('mailbox_id', '=', FA.malmoBarnUnga).execute();
      expect((await b.call(INBOX, { token })).status).toBe(403);
      await first.db
        .insertInto('grants')
        .values({ mailbox_id: FA.malmoBarnUnga, subject_kind: 'person', subject: 'anna', level: 'read', valid_from: null, valid_to: null, granted_by: 'test' })
        .execute();
      expect((await b.call(INBOX, { token })).status).toBe(200);
      expect((await a.call(INBOX, { token })).status).toBe(200);
    });

    it('run the address-book sync once, not twice, and both serve the copy', async () => {
      await emptyDatabase(first);
      const upstream = testUpstreams().addressBook;
      let syncs = 0;
      const jobOn = (db: GatewayDb, instanceId: string) =>
        createPeriodicJob({
          db: db.db,
          name: 'address-book-sync',
          intervalMs: 60_000,
          instanceId,
          run: async () => {
            syncs += 1;
            await syncAddressBook(db.db, upstream, () => new Date());
          },
          logger: createMemoryLogger(),
          now: () => new Date(),
        });
      const results = await Promise.all([jobOn(first, 'instance-a').tick(), jobOn(second, 'instance-b').tick()]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(syncs).toBe(1);
      // A later round within the interval does not run it again either.
      expect(await jobOn(second, 'instance-b').tick()).toBe(false);
      const lease = await first.db.selectFrom('job_leases').selectAll().executeTakeFirstOrThrow();
      expect(lease.runs).toBe(1);

      const token = await issueUserToken({ subject: 'erik' });
      for (const gateway of [createTestGateway(first), createTestGateway(second)]) {
        const response = await gateway.call(`/addressbook/addresses?filter[identifier]=${FA.lundSocialtjanst}`, { token });
        expect(response.status).toBe(200);
        expect(response.headers.get('X-Address-Book-Synced-At')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        const body = await response.json();
        expect(body.data.map((a: { attributes: { identifier: string } }) => a.attributes.identifier)).toEqual([FA.lundSocialtjanst]);
      }
      // Served from the copy: no address-book request reached the upstream after the sync.
      const before = mt.calls.length;
      await createTestGateway(second).call('/addressbook/organizations?page[size]=5', { token });
      expect(mt.calls.length).toBe(before);
    });
  });
}

describe('a gateway restarted on its PGlite folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gateway-data-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps grants (including a revocation) and the access log', async () => {
    const before = await openDatabase({ kind: 'pglite', dataDir: dir });
    await seedRegistry(before.db, TEST_SEED);
    await before.db.deleteFrom('grants').where('subject', '=', 'erik').execute();
    await logAccess(before.db, { subject: 'anna', mailboxId: FA.malmoBarnUnga, messageId: 'm-1', action: 'read', status: 200, requestId: 'r-1' }, new Date());
    await before.close();

    const after = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      // The seed does not run again over an existing registry: the revoked grant stays revoked.
      expect(await seedRegistry(after.db, TEST_SEED)).toBe(false);
      const erik = await after.db.selectFrom('grants').select('id').where('subject', '=', 'erik').execute();
      expect(erik).toEqual([]);
      const log = await after.db.selectFrom('access_log').select(['subject', 'message_id']).execute();
      expect(log).toEqual([{ subject: 'anna', message_id: 'm-1' }]);
    } finally {
      await after.close();
    }
  }, 60_000);
});
