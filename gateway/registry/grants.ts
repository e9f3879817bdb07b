/**
 * Which function mailboxes a user may use, and how: the registry's grants to the person (`sub`)
 * and to any of the IdP groups in the token, in force at `now`. Read from the database on every
 * request, so a revoked grant takes effect on the next request, in every gateway instance.
 */
import type { Kysely } from 'kysely';
import { withDatabase } from '../http/problems';
import type { GatewayDatabase, GrantLevel } from '../db/schema';

const RANK: Record<GrantLevel, number> = { read: 1, send: 2, admin: 3 };

export function levelAllows(level: GrantLevel, needed: GrantLevel): boolean {
  return RANK[level] >= RANK[needed];
}

export interface MailboxAccess {
  id: string;
  name: string;
  organizationId: string;
  level: GrantLevel;
}

export interface Subject {
  subject: string;
  groups: readonly string[];
}

/** The user's mailboxes (highest level over all matching grants), sorted by name. */
export async function mailboxesFor(db: Kysely<GatewayDatabase>, who: Subject, now: Date): Promise<MailboxAccess[]> {
  const rows = await withDatabase(() =>
    db
      .selectFrom('grants')
      .innerJoin('mailboxes', 'mailboxes.id', 'grants.mailbox_id')
      .select(['mailboxes.id', 'mailboxes.name', 'mailboxes.organization_id', 'grants.level'])
      // A deactivated mailbox (superuser console) is offered to nobody.
      .where('mailboxes.active', '=', true)
      .where((eb) =>
        eb.and([
          eb.or([
            eb.and([eb('grants.subject_kind', '=', 'person'), eb('grants.subject', '=', who.subject)]),
            ...(who.groups.length > 0
              ? [eb.and([eb('grants.subject_kind', '=', 'group'), eb('grants.subject', 'in', [...who.groups])])]
              : []),
          ]),
          eb.or([eb('grants.valid_from', 'is', null), eb('grants.valid_from', '<=', now)]),
          eb.or([eb('grants.valid_to', 'is', null), eb('grants.valid_to', '>', now)]),
        ]),
      )
      .execute(),
  );
  const byMailbox = new Map<string, MailboxAccess>();
  for (const row of rows) {
    const known = byMailbox.get(row.id);
    if (!known || RANK[row.level] > RANK[known.level]) {
      byMailbox.set(row.id, { id: row.id, name: row.name, organizationId: row.organization_id, level: row.level });
    }
  }
  return [...byMailbox.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
}
