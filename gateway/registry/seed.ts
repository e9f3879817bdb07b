/**
 * Fills an empty registry (first start of a demo database): mailboxes and their grants. A
 * registry that has any mailbox is left alone, so grants revoked later stay revoked after a
 * restart. The seed itself comes from the caller (the demo builds it from its personas).
 */
import type { Kysely } from 'kysely';
import type { GatewayDatabase, GrantLevel, GrantSubjectKind } from '../db/schema';

export interface RegistrySeed {
  mailboxes: { id: string; organizationId: string; name: string }[];
  grants: {
    mailboxId: string;
    subjectKind: GrantSubjectKind;
    subject: string;
    level: GrantLevel;
    validFrom?: Date;
    validTo?: Date;
  }[];
  /** People the organisation knows from its IdP before they sign in (the console finds them to grant access). */
  people?: { sub: string; name: string; organizationId: string; groups: string[] }[];
}

export const SEED_GRANTED_BY = 'seed';

/** True when the seed was applied (the registry was empty). One transaction: all or nothing. */
export async function seedRegistry(db: Kysely<GatewayDatabase>, seed: RegistrySeed): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const any = await trx.selectFrom('mailboxes').select('id').limit(1).executeTakeFirst();
    if (any) return false;
    if (seed.mailboxes.length > 0) {
      await trx
        .insertInto('mailboxes')
        .values(seed.mailboxes.map((m) => ({ id: m.id, organization_id: m.organizationId, name: m.name })))
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    if (seed.grants.length > 0) {
      await trx
        .insertInto('grants')
        .values(
          seed.grants.map((g) => ({
            mailbox_id: g.mailboxId,
            subject_kind: g.subjectKind,
            subject: g.subject,
            level: g.level,
            valid_from: g.validFrom ?? null,
            valid_to: g.validTo ?? null,
            granted_by: SEED_GRANTED_BY,
          })),
        )
        .onConflict((oc) => oc.constraint('grants_one_per_subject').doNothing())
        .execute();
    }
    if (seed.people && seed.people.length > 0) {
      await trx
        .insertInto('people')
        .values(seed.people.map((p) => ({ sub: p.sub, name: p.name, organization_id: p.organizationId, last_sign_in_at: null, groups: JSON.stringify(p.groups) })))
        .onConflict((oc) => oc.column('sub').doNothing())
        .execute();
    }
    return true;
  });
}
