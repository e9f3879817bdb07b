/**
 * getMessageByFilter query parameters (B1.4.2 §3): status, sender/recipient function address and
 * a creationDateTime range (ISO 8601, UTC, inclusive), all combinable. Unknown filters and
 * unreadable values are refused rather than ignored, so a client's typo cannot silently widen
 * the result.
 */
import type { EventIssue, MessageAttributes, MessageStatus } from '../../src/sdk/model';
import { isIsoUtcDateTime } from '../../src/sdk/ids';
import { isMessageStatus } from '../../src/sdk/status';

export const MESSAGE_FILTERS = [
  'filter[messageStatus]',
  'filter[recipientAttention.subOrganization.extension]',
  'filter[senderAttention.subOrganization.extension]',
  'filter[creationDateTimeStart]',
  'filter[creationDateTimeStop]',
] as const;

export interface MessageFilter {
  messageStatus?: MessageStatus;
  recipient?: string;
  sender?: string;
  /** Epoch ms, inclusive. */
  start?: number;
  stop?: number;
}

export type ParsedFilter = { filter: MessageFilter; issues?: never } | { filter?: never; issues: EventIssue[] };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function parseMessageFilter(params: URLSearchParams): ParsedFilter {
  const issues: EventIssue[] = [];
  const fail = (name: string, detail: string) =>
    issues.push({ typeCode: 'MESSAGE_EXCHANGE_ERROR', title: 'Invalid filter', detail, in: name });

  for (const name of new Set(params.keys())) {
    if (name.startsWith('filter[') && !(MESSAGE_FILTERS as readonly string[]).includes(name)) {
      fail(name, `Unknown filter ${name}. Supported: ${MESSAGE_FILTERS.join(', ')}.`);
    } else if (params.getAll(name).length > 1) {
      fail(name, `${name} is given more than once.`);
    }
  }

  const filter: MessageFilter = {};
  const status = params.get('filter[messageStatus]');
  if (status !== null) {
    if (isMessageStatus(status)) filter.messageStatus = status;
    else fail('filter[messageStatus]', `'${status.slice(0, 40)}' is not a code of KV Meddelandestatus.`);
  }
  const recipient = params.get('filter[recipientAttention.subOrganization.extension]');
  if (recipient !== null) filter.recipient = recipient;
  const sender = params.get('filter[senderAttention.subOrganization.extension]');
  if (sender !== null) filter.sender = sender;

  for (const [name, key, endOfDay] of [
    ['filter[creationDateTimeStart]', 'start', false],
    ['filter[creationDateTimeStop]', 'stop', true],
  ] as const) {
    const value = params.get(name);
    if (value === null) continue;
    const time = parseFilterTime(value, endOfDay);
    if (time === undefined) fail(name, `'${value.slice(0, 40)}' is not an ISO 8601 UTC date-time such as 2026-03-01T08:00:00Z.`);
    else filter[key] = time;
  }
  return issues.length > 0 ? { issues } : { filter };
}

/** A UTC date-time, or a bare date (start: its first, stop: its last millisecond). */
function parseFilterTime(value: string, endOfDay: boolean): number | undefined {
  if (isIsoUtcDateTime(value)) return Date.parse(value);
  if (DATE_ONLY.test(value) && isIsoUtcDateTime(`${value}T00:00:00Z`)) {
    const start = Date.parse(`${value}T00:00:00Z`);
    return endOfDay ? start + 24 * 3600 * 1000 - 1 : start;
  }
  return undefined;
}

export function matchesFilter(attributes: MessageAttributes, filter: MessageFilter): boolean {
  if (filter.messageStatus !== undefined && attributes.messageStatus !== filter.messageStatus) return false;
  if (filter.recipient !== undefined && attributes.recipientAttention?.subOrganization.extension !== filter.recipient) return false;
  if (filter.sender !== undefined && attributes.senderAttention?.subOrganization.extension !== filter.sender) return false;
  if (filter.start !== undefined || filter.stop !== undefined) {
    const created = Date.parse(attributes.creationDateTime);
    if (Number.isNaN(created)) return false;
    if (filter.start !== undefined && created < filter.start) return false;
    if (filter.stop !== undefined && created > filter.stop) return false;
  }
  return true;
}
