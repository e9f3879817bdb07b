/**
 * The superuser console's audit log: every change to mailboxes and access, every connection
 * test and retention run, with who, when, which organisation and mailbox, and a summary of
 * non-content facts (what changed from what to what, counts). Written in the same transaction
 * as the change it records, so there is never a change without its entry, or the reverse.
 * Never message content, never tokens.
 */
import type { Kysely, Transaction } from 'kysely';
import type { AuditKind } from '../../src/sdk/auditLog';
import type { GatewayDatabase } from '../db/schema';

/** The kinds are one list with the console that names them (src/sdk/auditLog.ts). */
export { AUDIT_KINDS, type AuditKind } from '../../src/sdk/auditLog';

export interface AuditActor {
  subject: string;
  name?: string | undefined;
}

export interface AuditEntry {
  at: Date;
  actor: AuditActor;
  organizationId: string;
  mailboxId?: string | null;
  kind: AuditKind;
  /** Plain JSON facts; never message content. */
  summary?: Record<string, unknown>;
}

export async function recordAudit(trx: Transaction<GatewayDatabase> | Kysely<GatewayDatabase>, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      at: entry.at,
      actor_sub: entry.actor.subject,
      actor_name: entry.actor.name ?? null,
      organization_id: entry.organizationId,
      mailbox_id: entry.mailboxId ?? null,
      kind: entry.kind,
      summary: JSON.stringify(entry.summary ?? {}),
    })
    .execute();
}
