/**
 * The access log: who read, sent, deleted or changed the handling of (or wrote a note on) which message in which mailbox, when, with the
 * answer's status and the request id. Never message content: only ids.
 * Lists are not logged one row per poll (every user polls every 15 s); the message page
 * (read) is.
 */
import type { Kysely } from 'kysely';
import type { AccessAction, GatewayDatabase } from '../db/schema';
import { withDatabase } from '../http/problems';

export interface AccessEntry {
  subject: string;
  mailboxId: string | null;
  messageId: string | null;
  action: AccessAction;
  status: number;
  requestId: string;
  /** For handle: the action (take, assign:<sub>, …). Never message or note text. */
  detail?: string;
}

export async function logAccess(db: Kysely<GatewayDatabase>, entry: AccessEntry, now: Date): Promise<void> {
  await withDatabase(() =>
    db
      .insertInto('access_log')
      .values({
        at: now,
        subject: entry.subject,
        mailbox_id: entry.mailboxId,
        message_id: entry.messageId,
        action: entry.action,
        status: entry.status,
        request_id: entry.requestId,
        detail: entry.detail ?? null,
      })
      .execute(),
  );
}
