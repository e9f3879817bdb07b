/**
 * People seen: who signed in, with the name, organisation and IdP groups their token gave, and
 * when. The groups let the gateway resolve a colleague's group grants when she is assigned a
 * message (the registry's own resolution, with the groups of her last sign-in).
 */
import type { Kysely } from 'kysely';
import type { GatewayDatabase } from '../db/schema';
import type { UserClaims } from '../auth/accessToken';
import { withDatabase } from '../http/problems';

export async function recordPersonSeen(db: Kysely<GatewayDatabase>, user: UserClaims, now: Date): Promise<void> {
  const groups = JSON.stringify([...user.groups]);
  const row = { sub: user.subject, name: user.name ?? null, organization_id: user.organizationId ?? null, last_sign_in_at: now, groups };
  await withDatabase(() =>
    db
      .insertInto('people')
      .values(row)
      .onConflict((oc) => oc.column('sub').doUpdateSet({ name: row.name, organization_id: row.organization_id, last_sign_in_at: now, groups }))
      .execute(),
  );
}
