/**
 * The console's address-book check (issue 9 part 4, ADR 0014): each of the organisation's
 * registered mailboxes against the gateway's copy of SDK Adressbok (src/sdk/addressBookCheck.ts
 * decides), plus when the copy was synced. "Sync now" runs the sync at once, outside the
 * periodic job's lease, and counts it as a run of that job.
 */
import { sql, type Kysely } from 'kysely';
import { checkAddressBook, type AddressBookCheck, type AddressBookEntryFacts } from '../../src/sdk/addressBookCheck';
import { readRecord, readString } from '../../src/sdk/readValue';
import type { GatewayDatabase } from '../db/schema';
import { withDatabase } from '../http/problems';
import type { Upstream } from '../mt/upstream';
import { readSyncState, type SyncState } from './copy';
import { ADDRESS_BOOK_JOB } from './job';
import { syncAddressBook } from './sync';

type Db = Kysely<GatewayDatabase>;

export interface MailboxAddressBookCheck extends AddressBookCheck {
  name: string;
  active: boolean;
}

export interface AddressBookCheckResult {
  sync: SyncState | undefined;
  mailboxes: MailboxAddressBookCheck[];
}

/** The registry's mailboxes of one organisation, with what the address book should show. */
async function registryMailboxes(db: Db, organizationId: string) {
  const rows = await db
    .selectFrom('mailboxes')
    .select(['id', 'organization_id', 'name', 'description', 'active'])
    .where('organization_id', '=', organizationId)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ id: r.id, organizationId: r.organization_id, name: r.name, description: r.description, active: r.active }));
}

export async function checkOrganizationAddressBook(db: Db, organizationId: string): Promise<AddressBookCheckResult> {
  return withDatabase(async () => {
    const mailboxes = await registryMailboxes(db, organizationId);
    const ids = mailboxes.map((m) => m.id.toLowerCase());
    const rows = ids.length === 0 ? [] : await db.selectFrom('address_book_entries').select(['resource']).where('kind', '=', 'address').where('identifier', 'in', ids).execute();
    const entries: AddressBookEntryFacts[] = rows.flatMap((row) => {
      const resource = readRecord(typeof row.resource === 'string' ? JSON.parse(row.resource) : row.resource);
      const attributes = readRecord(resource?.['attributes']);
      const identifier = readString(attributes?.['identifier']);
      const name = readString(attributes?.['name']);
      return identifier && name !== undefined ? [{ identifier, name, description: readString(attributes?.['description']) ?? null }] : [];
    });
    const checks = checkAddressBook(mailboxes, entries);
    return {
      sync: await readSyncState(db),
      mailboxes: checks.map((check, i) => ({ ...check, name: mailboxes[i]?.name ?? '', active: mailboxes[i]?.active ?? true })),
    };
  });
}

/** Runs the address-book sync now and records it as a run of the periodic job. */
export async function syncAddressBookNow(db: Db, upstream: Upstream, now: () => Date): Promise<SyncState | undefined> {
  await syncAddressBook(db, upstream, now);
  const at = now();
  await withDatabase(() =>
    db
      .insertInto('job_leases')
      .values({ job: ADDRESS_BOOK_JOB, holder: null, lease_until: new Date(0), last_run_at: at, runs: 1 })
      .onConflict((oc) => oc.column('job').doUpdateSet({ last_run_at: at, runs: sql<number>`job_leases.runs + 1` }))
      .execute(),
  );
  return withDatabase(() => readSyncState(db));
}
