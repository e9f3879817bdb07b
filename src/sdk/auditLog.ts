/**
 * The superuser console's log (issue 9 part 3; ADR 0013, 0018): which kinds of entry exist, and
 * how long the audit log itself is kept. One list for the gateway that writes entries and the
 * console that names them, so a kind cannot be written without a text in the log (the console's
 * text table is typed by `LogKindTextKey`).
 */

/** Kinds the gateway writes to its audit log (changes, connection tests, retention, pruning). */
export const AUDIT_KINDS = [
  'mailbox.created',
  'mailbox.updated',
  'mailbox.deactivated',
  'mailbox.reactivated',
  'mailbox.removed',
  'grant.updated',
  'grant.created',
  'grant.revoked',
  'connection_test.run',
  'retention.run',
  'address_book.sync_requested',
  'retention.updated',
  'rollout.milestone',
  'audit_log.retention_updated',
  'audit_log.pruned',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** What the message access log records (who opened, sent, deleted, handled or noted a message). */
export const ACCESS_LOG_ACTIONS = ['read', 'send', 'delete', 'handle', 'note'] as const;
export type AccessLogAction = (typeof ACCESS_LOG_ACTIONS)[number];

/** The access log's entries appear in the console's log as `message.<action>`. */
export const ACCESS_LOG_KIND_PREFIX = 'message.';
export type AccessLogKind = `message.${AccessLogAction}`;
export const ACCESS_LOG_KINDS: readonly AccessLogKind[] = ACCESS_LOG_ACTIONS.map((a) => `message.${a}` as const);

/** Every kind the console's log shows (and filters by). */
export type LogKind = AuditKind | AccessLogKind;
export const LOG_KINDS: readonly LogKind[] = [...AUDIT_KINDS, ...ACCESS_LOG_KINDS];

export function isLogKind(value: string): value is LogKind {
  return (LOG_KINDS as readonly string[]).includes(value);
}

/**
 * A kind as a text key: i18next reads '.' as nesting, so the one dot between area and event
 * becomes '_' (`connection_test.run` → `connection_test_run`).
 */
type DotToUnderscore<S extends string> = S extends `${infer Area}.${infer Event}` ? `${Area}_${Event}` : S;
export type LogKindTextKey = DotToUnderscore<LogKind>;
export const logKindTextKey = (kind: LogKind): LogKindTextKey => kind.replace('.', '_') as LogKindTextKey;

/**
 * How long the audit log itself is kept, in days (per organisation; default from the gateway's
 * config). 0 keeps it forever. Anything else is at least a year: the log is the evidence of who
 * changed access to which mailbox and who opened which message, asked for in audits and
 * complaints long after the fact, so a short value is far more likely a slip than a decision.
 * A year also covers a full cycle of the rollout's yearly follow-ups. At most ten years.
 */
export const AUDIT_LOG_MIN_RETENTION_DAYS = 365;
export const AUDIT_LOG_MAX_RETENTION_DAYS = 3650;

export type AuditLogRetentionProblem = 'not-a-whole-number' | 'too-short' | 'too-large';

/** Why a value for the audit log's retention is refused, or undefined when it is fine. */
export function checkAuditLogRetentionDays(value: unknown): AuditLogRetentionProblem | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return 'not-a-whole-number';
  if (value === 0) return undefined;
  if (value < AUDIT_LOG_MIN_RETENTION_DAYS) return 'too-short';
  if (value > AUDIT_LOG_MAX_RETENTION_DAYS) return 'too-large';
  return undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Entries older than this are pruned; undefined when the log is kept forever (0 days). */
export function auditLogCutoff(days: number, now: Date): Date | undefined {
  return days > 0 ? new Date(now.getTime() - days * DAY_MS) : undefined;
}
