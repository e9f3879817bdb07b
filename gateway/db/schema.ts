/**
 * The gateway's tables as Kysely sees them (one interface per table). Migrations create them;
 * this file must follow every migration. Timestamps are timestamptz (Date in both drivers).
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** read < send < admin: each level includes the ones before it. */
export type GrantLevel = 'read' | 'send' | 'admin';
export type GrantSubjectKind = 'person' | 'group';
export type AccessAction = 'read' | 'send' | 'delete';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface MailboxTable {
  /** The function address identifier, e.g. sdk:registrator:0203:malmo.se. */
  id: string;
  organization_id: string;
  name: string;
  created_at: CreatedAt;
}

export interface GrantTable {
  id: Generated<number>;
  mailbox_id: string;
  subject_kind: GrantSubjectKind;
  /** A person's `sub`, or a group name from the IdP's groups claim. */
  subject: string;
  level: GrantLevel;
  valid_from: Date | null;
  valid_to: Date | null;
  granted_by: string;
  created_at: CreatedAt;
}

export interface PersonTable {
  sub: string;
  name: string | null;
  organization_id: string | null;
  last_sign_in_at: Date;
}

export interface AccessLogTable {
  id: Generated<number>;
  at: CreatedAt;
  subject: string;
  mailbox_id: string | null;
  message_id: string | null;
  action: AccessAction;
  /** HTTP status the gateway answered with. */
  status: number;
  request_id: string;
}

export type AddressBookKind = 'organization' | 'address';

export interface AddressBookEntryTable {
  kind: AddressBookKind;
  /** The resource id in the address book. */
  id: string;
  /** Lower-cased identifier the filters match on (participantIdentifier or function address). */
  identifier: string;
  /** For addresses: the id of their organization resource. */
  organization_ref: string | null;
  /** Position in the source's order, so pages come out as the source gave them. */
  position: number;
  /** The JSON:API resource as received. */
  resource: ColumnType<unknown, string, string>;
}

export interface AddressBookSyncTable {
  /** Always 'address-book'. */
  id: string;
  synced_at: Date | null;
  organizations: number;
  addresses: number;
  last_attempt_at: Date | null;
  last_error: string | null;
}

export interface JobLeaseTable {
  job: string;
  /** Gateway instance that holds the lease until `lease_until`. */
  holder: string | null;
  lease_until: Date;
  last_run_at: Date | null;
  runs: ColumnType<number, number | undefined, number>;
}

export interface GatewayDatabase {
  mailboxes: MailboxTable;
  grants: GrantTable;
  people: PersonTable;
  access_log: AccessLogTable;
  address_book_entries: AddressBookEntryTable;
  address_book_sync: AddressBookSyncTable;
  job_leases: JobLeaseTable;
}

export type Mailbox = Selectable<MailboxTable>;
export type Grant = Selectable<GrantTable>;
export type NewGrant = Insertable<GrantTable>;
export type AccessLogRow = Selectable<AccessLogTable>;
