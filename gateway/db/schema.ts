/**
 * The gateway's tables as Kysely sees them (one interface per table). Migrations create them;
 * this file must follow every migration. Timestamps are timestamptz (Date in both drivers).
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { CaseReason, CaseVerdict, ConnectionTestCaseKind } from '../../src/sdk/connectionTest';
import type { HandlingEventKind, HandlingState } from '../../src/sdk/handling';

/** read < send < admin: each level includes the ones before it. */
export type GrantLevel = 'read' | 'send' | 'admin';
export type GrantSubjectKind = 'person' | 'group';
/** handle: a change of a message's handling state (take, assign, …); note: an internal note written. */
export type AccessAction = 'read' | 'send' | 'delete' | 'handle' | 'note';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface MailboxTable {
  /** The function address identifier, e.g. sdk:registrator:0203:malmo.se. */
  id: string;
  organization_id: string;
  name: string;
  created_at: CreatedAt;
  // Migration 0003 (the superuser console):
  description: ColumnType<string, string | undefined, string>;
  categories: ColumnType<string[], string | undefined, string>;
  sends: ColumnType<boolean, boolean | undefined, boolean>;
  receives: ColumnType<boolean, boolean | undefined, boolean>;
  notification_email: ColumnType<string | null, string | null | undefined, string | null>;
  /** Inactive: kept (it has messages) but no longer offered to anyone. */
  active: ColumnType<boolean, boolean | undefined, boolean>;
  /** Raised by one on every edit; an edit names the version it was based on. */
  version: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  updated_by: ColumnType<string | null, string | null | undefined, string | null>;
  updated_by_name: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** Null: known to the organisation (the demo seed) but never signed in (migration 0003). */
  last_sign_in_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** The IdP groups of the person's last sign-in (group grants of a colleague being assigned). */
  groups: ColumnType<string[], string | undefined, string>;
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
  /** What was done, for handle (take, assign:<sub>, release, handle, reopen); never a note's text. */
  detail: ColumnType<string | null, string | null | undefined, string | null>;
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


/** A received message's handling in its mailbox; one row from the moment the gateway knows it. */
export interface MessageHandlingTable {
  message_id: string;
  /** The recipient mailbox, as the message service gave it (never as the client claims it). */
  mailbox_id: string;
  state: ColumnType<HandlingState, HandlingState | undefined, HandlingState>;
  assignee_sub: string | null;
  assignee_name: string | null;
  /** Raised by one on every change; a change names the version it was based on. */
  version: ColumnType<number, number | undefined, number>;
  updated_by_sub: string | null;
  updated_by_name: string | null;
  updated_at: Date | null;
  first_seen_at: ColumnType<Date, Date | undefined, never>;
}

export interface MessageHandlingEventTable {
  id: Generated<number>;
  message_id: string;
  at: Date;
  kind: HandlingEventKind;
  actor_sub: string;
  actor_name: string | null;
  /** For took and assigned: who has it now. */
  assignee_sub: string | null;
  assignee_name: string | null;
}

export interface MessageNoteTable {
  id: Generated<number>;
  message_id: string;
  at: Date;
  author_sub: string;
  author_name: string | null;
  text: string;
}

/** Connection tests (migration 0004, ADR 0014). */
export type ConnectionTestEnvironment = 'DEMO' | 'QA' | 'PROD';
export type ConnectionTestOutcome = 'passed' | 'failed';

export interface ConnectionTestRunTable {
  id: string;
  organization_id: string;
  mailbox_id: string;
  mailbox_name: string;
  environment: ConnectionTestEnvironment;
  started_by_sub: string;
  started_by_name: string | null;
  started_at: Date;
  deadline_at: Date;
  finished_at: Date | null;
  outcome: ConnectionTestOutcome | null;
}

type JsonList = ColumnType<string[], string | undefined, string>;

export interface ConnectionTestCaseTable {
  run_id: string;
  position: number;
  kind: ConnectionTestCaseKind;
  recipient: string;
  expected_statuses: JsonList;
  observed_statuses: JsonList;
  receipt_codes: JsonList;
  resource_id: string | null;
  message_id: string | null;
  sent_at: Date | null;
  final_at: Date | null;
  reply_message_id: string | null;
  reply_at: Date | null;
  send_failed_status: number | null;
  verdict: ColumnType<CaseVerdict, CaseVerdict | undefined, CaseVerdict>;
  reason: ColumnType<CaseReason, CaseReason | undefined, CaseReason>;
  about: string | null;
}

/** One entry of the superuser console's audit log (migration 0003); never message content. */
export interface AuditLogTable {
  id: Generated<number>;
  at: Date;
  actor_sub: string;
  actor_name: string | null;
  organization_id: string;
  mailbox_id: string | null;
  /** mailbox.created, grant.revoked, connection_test.run, retention.run, … */
  kind: string;
  /** Non-content facts of the change (what changed from what to what, counts). */
  summary: ColumnType<Record<string, unknown>, string, string>;
}

/** An e-mail the gateway would send; the demo keeps them here for the console (migration 0003). */
export interface NotificationTable {
  id: Generated<number>;
  at: Date;
  organization_id: string;
  mailbox_id: string | null;
  recipient: string;
  subject: string;
  body: string;
}

/** Migration 0005 (ADR 0017): one run of a background job. */
export type JobRunOutcome = 'running' | 'succeeded' | 'failed';
export interface JobRunTable {
  id: Generated<number>;
  job: string;
  /** The gateway instance that ran it. */
  instance: string;
  started_at: Date;
  finished_at: Date | null;
  outcome: JobRunOutcome;
  /** What the run counted (e.g. { deleted: 3 }); numbers only, never content. */
  counts: ColumnType<Record<string, number>, string | undefined, string>;
  error: string | null;
}

/** Migration 0005: how many days a mailbox keeps messages in a final status (0 = keep). */
export interface RetentionSettingTable {
  mailbox_id: string;
  days: number;
  updated_by_sub: string;
  updated_by_name: string | null;
  updated_at: Date;
}

/** Migration 0005: a rollout milestone ticked (or unticked) by hand. */
export interface RolloutMilestoneTable {
  organization_id: string;
  milestone: string;
  done: boolean;
  updated_by_sub: string;
  updated_by_name: string | null;
  updated_at: Date;
}

// Migration 0006 (the trainer's course server, ADR 0016):
export type CourseState = 'created' | 'running' | 'paused';
export type TrainingFaultKind = 'reject' | 'delay-receipt' | 'unavailable' | 'session-expires';
type Json<T> = ColumnType<T, string, string>;

export interface TrainingScenarioTable {
  trainer_sub: string;
  id: string;
  scenario: Json<unknown>;
  imported_at: CreatedAt;
}

export interface TrainingCourseTable {
  /** The course code (src/sdk/training/practice.ts): part of every practice account's name. */
  code: string;
  trainer_sub: string;
  title: string;
  scenario: Json<unknown>;
  state: ColumnType<CourseState, CourseState | undefined, CourseState>;
  speed: ColumnType<number, number | undefined, number>;
  /** Course time in ms at anchor_at (bigint: a string from pg, a number from PGlite). */
  elapsed_ms: ColumnType<string | number, number | undefined, number>;
  anchor_at: Date | null;
  created_at: CreatedAt;
}

export interface TrainingParticipantTable {
  course_code: string;
  number: number;
  account_id: string;
  mailbox_id: string;
  delivered: ColumnType<Record<string, string>, string | undefined, string>;
  marked_done: ColumnType<Record<string, string>, string | undefined, string>;
  reset_at: Date | null;
}

export interface TrainingHintTable {
  id: Generated<number>;
  course_code: string;
  number: number | null;
  text: string;
  at: Date;
}

export interface TrainingFaultTable {
  id: Generated<number>;
  course_code: string;
  number: number;
  account_id: string;
  kind: TrainingFaultKind;
  detail: string | null;
  at: Date;
  until: Date | null;
}

/** Migration 0008: a course marked as rollout training 1–3 of an organisation; held_at once started. */
export interface TrainingRolloutTable {
  course_code: string;
  organization_id: string;
  training: 1 | 2 | 3;
  held_at: Date | null;
}

/** Migration 0007 (ADR 0018): how many days an organisation's audit log is kept (0 = forever). */
export interface AuditLogSettingTable {
  organization_id: string;
  retention_days: number;
  updated_by_sub: string;
  updated_by_name: string | null;
  updated_at: Date;
}

export interface GatewayDatabase {
  training_scenarios: TrainingScenarioTable;
  training_courses: TrainingCourseTable;
  training_participants: TrainingParticipantTable;
  training_hints: TrainingHintTable;
  training_faults: TrainingFaultTable;
  training_rollout: TrainingRolloutTable;
  audit_log: AuditLogTable;
  notifications: NotificationTable;
  connection_test_runs: ConnectionTestRunTable;
  connection_test_cases: ConnectionTestCaseTable;
  message_handling: MessageHandlingTable;
  message_handling_events: MessageHandlingEventTable;
  message_notes: MessageNoteTable;
  mailboxes: MailboxTable;
  grants: GrantTable;
  people: PersonTable;
  access_log: AccessLogTable;
  address_book_entries: AddressBookEntryTable;
  address_book_sync: AddressBookSyncTable;
  job_leases: JobLeaseTable;
  job_runs: JobRunTable;
  retention_settings: RetentionSettingTable;
  rollout_milestones: RolloutMilestoneTable;
  audit_log_settings: AuditLogSettingTable;
}

export type Mailbox = Selectable<MailboxTable>;
export type Grant = Selectable<GrantTable>;
export type NewGrant = Insertable<GrantTable>;
export type AccessLogRow = Selectable<AccessLogTable>;
