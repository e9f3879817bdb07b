/**
 * Notifications the gateway would e-mail (to a mailbox's notification address when its access
 * changes). The demo sends no e-mail: it keeps them in `notifications`, which the console shows.
 * Written in the transaction of the change. Never message content.
 */
import type { Transaction } from 'kysely';
import type { GatewayDatabase } from '../db/schema';

export interface Notification {
  at: Date;
  organizationId: string;
  mailboxId: string | null;
  recipient: string;
  subject: string;
  body: string;
}

export async function recordNotification(trx: Transaction<GatewayDatabase>, n: Notification): Promise<void> {
  await trx
    .insertInto('notifications')
    .values({ at: n.at, organization_id: n.organizationId, mailbox_id: n.mailboxId, recipient: n.recipient, subject: n.subject, body: n.body })
    .execute();
}
