// @vitest-environment node
/** The audit log on both databases: an entry written in the change's transaction, or not at all. */
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { AccessLogAction } from '../../src/sdk/auditLog';
import type { AccessAction } from '../db/schema';
import type { GatewayDb } from '../db/database';
import { DATABASE_KINDS_FOR_TESTS, emptyDatabase } from '../testing/testDatabases';
import { recordAudit } from './auditLog';

const AT = new Date('2026-03-02T09:00:00.000Z');

it("the access log's actions are the ones the console's log names (src/sdk/auditLog.ts)", () => {
  expectTypeOf<AccessAction>().toEqualTypeOf<AccessLogAction>();
});

for (const { kind, skip, title } of DATABASE_KINDS_FOR_TESTS) {
  describe.skipIf(skip)(`audit log on ${title}`, () => {
    let db: GatewayDb;
    beforeAll(async () => {
      db = await kind.open();
    }, 60_000);
    beforeEach(() => emptyDatabase(db));
    afterAll(() => db.close());

    it('keeps who, when, what and the summary', async () => {
      await db.db.transaction().execute((trx) =>
        recordAudit(trx, {
          at: AT,
          actor: { subject: 'sara', name: 'Sara Nilsson' },
          organizationId: '0203:malmo.se',
          mailboxId: 'sdk:familjeratt:0203:malmo.se',
          kind: 'mailbox.created',
          summary: { name: 'Familjerätt' },
        }),
      );
      const rows = await db.db.selectFrom('audit_log').selectAll().execute();
      expect(rows).toEqual([
        expect.objectContaining({
          at: AT,
          actor_sub: 'sara',
          actor_name: 'Sara Nilsson',
          organization_id: '0203:malmo.se',
          mailbox_id: 'sdk:familjeratt:0203:malmo.se',
          kind: 'mailbox.created',
          summary: { name: 'Familjerätt' },
        }),
      ]);
    });

    it('writes nothing when the change it belongs to fails', async () => {
      await expect(
        db.db.transaction().execute(async (trx) => {
          await recordAudit(trx, { at: AT, actor: { subject: 'sara' }, organizationId: '0203:malmo.se', kind: 'grant.created' });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(await db.db.selectFrom('audit_log').selectAll().execute()).toEqual([]);
    });
  });
}
