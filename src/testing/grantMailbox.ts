/**
 * Test helper for tests on the in-process gateway (withInProcessGateway): grants a person a
 * function mailbox the demo registry does not give her (registering the mailbox if needed), as
 * an administrator would in the console, so the gateway serves it on her next request.
 *
 *   await grantMailbox(gateway.db(), { person: 'anna', mailbox: 'sdk:lss-handlaggning:0203:lund.se', organizationId: '0203:lund.se' });
 */
import type { Kysely } from 'kysely';
import type { GatewayDatabase, GrantLevel } from '../../gateway/db/schema';

export interface TestGrant {
  person: string;
  mailbox: string;
  organizationId: string;
  /** Default: the mailbox id. */
  name?: string;
  /** Default 'send'. */
  level?: GrantLevel;
}

export async function grantMailbox(db: Kysely<GatewayDatabase>, grant: TestGrant): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('mailboxes')
      .values({ id: grant.mailbox, organization_id: grant.organizationId, name: grant.name ?? grant.mailbox })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('grants')
      .values({ mailbox_id: grant.mailbox, subject_kind: 'person', subject: grant.person, level: grant.level ?? 'send', valid_from: null, valid_to: null, granted_by: 'test' })
      .execute();
  });
}
