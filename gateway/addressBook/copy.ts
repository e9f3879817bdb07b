/**
 * The gateway's copy of the SDK address book: JSON:API resources as the address book gave them,
 * with the columns its filters need, replaced as a whole by each sync (one transaction, so a
 * reader sees the old copy or the new one, never half of each).
 */
import type { Kysely } from 'kysely';
import { readRecord, readString } from '../../src/sdk/readValue';
import type { AddressBookKind, GatewayDatabase } from '../db/schema';
import { withDatabase } from '../http/problems';

export const SYNC_ID = 'address-book';

export interface SyncState {
  syncedAt: Date | null;
  organizations: number;
  addresses: number;
  lastError: string | null;
}

export async function readSyncState(db: Kysely<GatewayDatabase>): Promise<SyncState | undefined> {
  const row = await db.selectFrom('address_book_sync').selectAll().where('id', '=', SYNC_ID).executeTakeFirst();
  return row ? { syncedAt: row.synced_at, organizations: row.organizations, addresses: row.addresses, lastError: row.last_error } : undefined;
}

function entryOf(kind: AddressBookKind, resource: unknown, position: number) {
  const record = readRecord(resource);
  const id = readString(record?.['id']);
  const attributes = readRecord(record?.['attributes']);
  const identifier = readString(kind === 'organization' ? attributes?.['participantIdentifier'] : attributes?.['identifier']);
  if (!id || !identifier) return undefined;
  const organizationRef =
    kind === 'address' ? readString(readRecord(readRecord(readRecord(record?.['relationships'])?.['organization'])?.['data'])?.['id']) : undefined;
  return { kind, id, identifier: identifier.toLowerCase(), organization_ref: organizationRef ?? null, position, resource: JSON.stringify(record) };
}

const CHUNK = 200;

export async function replaceCopy(
  db: Kysely<GatewayDatabase>,
  copy: { organizations: unknown[]; addresses: unknown[] },
  now: Date,
): Promise<void> {
  const rows = [
    ...copy.organizations.map((r, i) => entryOf('organization', r, i)),
    ...copy.addresses.map((r, i) => entryOf('address', r, i)),
  ].filter((r) => r !== undefined);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('address_book_entries').execute();
    for (let i = 0; i < rows.length; i += CHUNK) {
      await trx.insertInto('address_book_entries').values(rows.slice(i, i + CHUNK)).onConflict((oc) => oc.columns(['kind', 'id']).doNothing()).execute();
    }
    const state = { synced_at: now, last_attempt_at: now, last_error: null, organizations: copy.organizations.length, addresses: copy.addresses.length };
    await trx
      .insertInto('address_book_sync')
      .values({ id: SYNC_ID, ...state })
      .onConflict((oc) => oc.column('id').doUpdateSet(state))
      .execute();
  });
}

export async function recordSyncFailure(db: Kysely<GatewayDatabase>, error: string, now: Date): Promise<void> {
  await db
    .insertInto('address_book_sync')
    .values({ id: SYNC_ID, synced_at: null, organizations: 0, addresses: 0, last_attempt_at: now, last_error: error })
    .onConflict((oc) => oc.column('id').doUpdateSet({ last_attempt_at: now, last_error: error }))
    .execute();
}

export interface CopyQuery {
  kind: AddressBookKind;
  identifier?: string;
  organization?: string;
  offset: number;
  limit: number;
}

/** One page of the copy and the total count matching the filters. */
export async function queryCopy(db: Kysely<GatewayDatabase>, query: CopyQuery): Promise<{ resources: unknown[]; total: number }> {
  return withDatabase(async () => {
    let base = db.selectFrom('address_book_entries').where('kind', '=', query.kind);
    if (query.identifier !== undefined) base = base.where('identifier', '=', query.identifier.toLowerCase());
    if (query.organization !== undefined) base = base.where('organization_ref', '=', query.organization);
    const [rows, count] = await Promise.all([
      base.select('resource').orderBy('position').offset(query.offset).limit(query.limit).execute(),
      base.select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow(),
    ]);
    return { resources: rows.map((r) => r.resource), total: Number(count.total) };
  });
}
