/**
 * Retention (gallring, issue 9 part 6; ADR 0017): which messages of a function mailbox are due
 * for deletion. A mailbox keeps messages for N days; 0 means they are kept. Only a message in a
 * final status (KV Meddelandestatus, see status.ts: NEW, ACCEPTED, MESSAGE_EXCHANGE_ERROR — the
 * statuses B1.4.2 allows to delete) is ever due, and only once it has been in that status for
 * longer than N days by the message service's clock: from the newest event issue of its status
 * (when the service dated it), else from its creation. A message whose age cannot be told is
 * never due. Pure: the gateway's preview, run and daily job all use these functions.
 */
import { eventsOf, issueCode } from './delivery';
import { readRecord, readString } from './readValue';
import { isFinalStatus } from './status';

/** Longest retention a superuser may set (ten years). */
export const MAX_RETENTION_DAYS = 3650;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Why a retention value is refused (for a field-level error), or undefined when it is fine. */
export type RetentionDaysProblem = 'not-a-whole-number' | 'negative' | 'too-large';

export function checkRetentionDays(value: unknown): RetentionDaysProblem | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'not-a-whole-number';
  if (value < 0) return 'negative';
  if (value > MAX_RETENTION_DAYS) return 'too-large';
  return undefined;
}

/** The attributes of a message resource as listed by the message service. */
function attributesOf(resource: unknown): Record<string, unknown> | undefined {
  return readRecord(readRecord(resource)?.['attributes']);
}

/**
 * Since when (epoch ms) the message has been in its current final status, or undefined when it
 * is not final or its time cannot be read.
 */
export function finalSince(resource: unknown): number | undefined {
  const attributes = attributesOf(resource);
  const status = readString(attributes?.['messageStatus']);
  if (!status || !isFinalStatus(status)) return undefined;
  const issues = eventsOf(attributes)?.eventIssues ?? [];
  const reached = issues
    .filter((issue) => issueCode(issue.typeCode).toUpperCase() === status)
    .map((issue) => Date.parse(issue.dateTime ?? ''))
    .filter((time) => !Number.isNaN(time));
  if (reached.length > 0) return Math.max(...reached);
  const created = Date.parse(readString(attributes?.['creationDateTime']) ?? '');
  return Number.isNaN(created) ? undefined : created;
}

/** Whether the message is due: final, and in that status for more than `days` days at `now`. */
export function isDueForRetention(resource: unknown, days: number, now: Date): boolean {
  if (checkRetentionDays(days) !== undefined || days === 0) return false;
  const since = finalSince(resource);
  return since !== undefined && now.getTime() - since > days * DAY_MS;
}

/** The ids of the listed messages that are due, in the order given (each id once). */
export function dueForRetention(resources: readonly unknown[], days: number, now: Date): string[] {
  const due = new Set<string>();
  for (const resource of resources) {
    const id = readString(readRecord(resource)?.['id']);
    if (id && isDueForRetention(resource, days, now)) due.add(id);
  }
  return [...due];
}

/** The retention that applies to a mailbox: its own setting, else the configured default. */
export function effectiveRetentionDays(own: number | undefined, defaultDays: number): { days: number; source: 'mailbox' | 'default' } {
  return own === undefined ? { days: defaultDays, source: 'default' } : { days: own, source: 'mailbox' };
}
