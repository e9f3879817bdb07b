/** Retention settings per function mailbox (table retention_settings, migration 0005). */
import type { Kysely } from 'kysely';
import { effectiveRetentionDays } from '../../src/sdk/retention';
import type { GatewayDatabase } from '../db/schema';

export interface RetentionSetting {
  mailboxId: string;
  days: number;
  source: 'mailbox' | 'default';
  updatedBy: { sub: string; name: string | null } | null;
  updatedAt: Date | null;
}

/** The retention of each named mailbox (its own setting, else the default), in the order given. */
export async function retentionOf(db: Kysely<GatewayDatabase>, mailboxIds: readonly string[], defaultDays: number): Promise<RetentionSetting[]> {
  const rows = mailboxIds.length === 0 ? [] : await db.selectFrom('retention_settings').selectAll().where('mailbox_id', 'in', [...mailboxIds]).execute();
  const byId = new Map(rows.map((r) => [r.mailbox_id, r]));
  return mailboxIds.map((mailboxId) => {
    const row = byId.get(mailboxId);
    return {
      mailboxId,
      ...effectiveRetentionDays(row?.days, defaultDays),
      updatedBy: row ? { sub: row.updated_by_sub, name: row.updated_by_name } : null,
      updatedAt: row?.updated_at ?? null,
    };
  });
}

/** Sets a mailbox's own retention (in the caller's transaction). */
export async function setRetentionDays(
  db: Kysely<GatewayDatabase>,
  input: { mailboxId: string; days: number; by: { sub: string; name: string | null }; now: Date },
): Promise<void> {
  const row = { days: input.days, updated_by_sub: input.by.sub, updated_by_name: input.by.name, updated_at: input.now };
  await db
    .insertInto('retention_settings')
    .values({ mailbox_id: input.mailboxId, ...row })
    .onConflict((oc) => oc.column('mailbox_id').doUpdateSet(row))
    .execute();
}
