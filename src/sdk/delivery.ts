/**
 * Delivery status of a sent message, read from its events object (B1.4.2 "Felhantering (Event
 * objekt)"): the timeline of every reported step, what the case worker should do about a
 * failure (from the recipient's message receipt reasons, B1.3.3 "Kodning av
 * kvitteringsmeddelande"), and whether a receipt is overdue. Pure: no React, no texts.
 *
 * How a receipt reaches us (B1.4.2's receipt → event examples; the mock does the same):
 * each LineResponse of a REJECTED receipt becomes one eventIssue with typeCode = ResponseCode
 * (SV, BV, SIG), title = StatusReasonCode (a detail code such as "not-supported", a recipient
 * rule id such as "RegelID-123", or "NA"), detail = StatusReason, in = LineID. Digg's
 * examples annotate values ("BV (ResponseCode)"); we read the first word only.
 */
import type { EventIssue, Problem } from './model';
import { parseProblem, sortEventIssuesNewestFirst } from './problem';
import type { ReceiptCode } from './rules/types';
import { isMessageStatus, statusInfo } from './status';

/** Reason (orsakskod) of a message receipt line: the content rules' receipt codes. */
export type ReceiptResponseCode = ReceiptCode;

const RESPONSE_CODES: ReadonlySet<string> = new Set(['SV', 'BV', 'SIG']);

// The first detail codes of B1.3.3's table, each with an advice kind of the same name; both
// lists below start with them, in this order.
const NAMED_ADVICE_CODES = ['structure', 'invariant', 'too-long', 'not-supported', 'not-found', 'duplicate'] as const;

/** Detail codes (detaljkod) of B1.3.3's receipt table, lower case. */
export const RECEIPT_DETAIL_CODES = [...NAMED_ADVICE_CODES, 'multiple-matches', 'forbidden', 'security'] as const;
export type ReceiptDetailCode = (typeof RECEIPT_DETAIL_CODES)[number];

/**
 * What the case worker is told to do. One kind per receipt reason of B1.3.3's table, plus the
 * two ways a receipt can fail to come and a catch-all for failures without a known reason:
 * - structure: SV/structure, the message was structurally (schema) invalid
 * - invariant: BV/invariant, a logical rule (schematron, code list) was broken
 * - too-long: BV/too-long, bigger than the recipient accepts (30 MB)
 * - not-supported: BV/not-supported, a file type the recipient does not take (or a reference
 *   to a rejected message)
 * - not-found: BV/not-found, the function address does not exist or is wrong
 * - duplicate: BV/duplicate or multiple-matches, the messageId was not unique
 * - forbidden: BV/forbidden, malicious content found
 * - sender-mismatch: BV/security, the sender given does not match the sending access point
 * - signature: SIG (security), signature, XHE signature or encryption could not be verified
 * - recipient-rule: BV with a recipient's own rule id (e.g. RegelID-123) or another code
 * - missing-transport-receipt: the recipient's access point never confirmed delivery
 * - missing-message-receipt: delivered to the access point, no message receipt came
 * - unexplained-failure: the exchange failed and no reason we recognise was given
 */
export const ADVICE_KINDS = [
  ...NAMED_ADVICE_CODES,
  'forbidden',
  'sender-mismatch',
  'signature',
  'recipient-rule',
  'missing-transport-receipt',
  'missing-message-receipt',
  'unexplained-failure',
] as const;
export type AdviceKind = (typeof ADVICE_KINDS)[number];

export interface Advice {
  kind: AdviceKind;
  /** The eventIssues this advice explains (receipt lines, or the failing status step). */
  issues: EventIssue[];
  /** For recipient-rule: the rule ids named (StatusReasonCode), in order. */
  rules?: string[];
}

/** The first word of a code, upper-cased for status / response codes ("BV (ResponseCode)" → "BV"). */
export function issueCode(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.trim().split(/\s+/)[0] ?? '';
}

/** The receipt reason (SV/BV/SIG) of an issue, or undefined when it is a status step or unknown. */
export function receiptResponseCode(issue: EventIssue): ReceiptResponseCode | undefined {
  const code = issueCode(issue.typeCode).toUpperCase();
  return RESPONSE_CODES.has(code) ? (code as ReceiptResponseCode) : undefined;
}

function isDetailCode(value: string): value is ReceiptDetailCode {
  return (RECEIPT_DETAIL_CODES as readonly string[]).includes(value);
}

/**
 * The detail code of a receipt line: the StatusReasonCode (issue title) when it is one of the
 * table's codes; otherwise a detail text that starts with one ("not-supported: …").
 */
export function receiptDetailCode(issue: EventIssue): ReceiptDetailCode | undefined {
  const fromTitle = issueCode(issue.title).toLowerCase();
  if (isDetailCode(fromTitle)) return fromTitle;
  const fromDetail = /^([a-z-]+)\b/i.exec(typeof issue.detail === 'string' ? issue.detail.trim() : '')?.[1]?.toLowerCase();
  return fromDetail && isDetailCode(fromDetail) ? fromDetail : undefined;
}

/** A StatusReasonCode that names a rule of its own (not NA, not a table code). */
function ruleIdOf(issue: EventIssue): string | undefined {
  const title = issueCode(issue.title);
  if (!title || title.toUpperCase() === 'NA' || isDetailCode(title.toLowerCase())) return undefined;
  return title;
}

/** Which advice a receipt line calls for. */
export function adviceKindOfReceiptLine(issue: EventIssue): AdviceKind | undefined {
  const response = receiptResponseCode(issue);
  if (!response) return undefined;
  if (response === 'SIG') return 'signature';
  const detail = receiptDetailCode(issue);
  if (response === 'SV') return 'structure';
  switch (detail) {
    case 'structure':
      return 'structure';
    case 'invariant':
      return 'invariant';
    case 'too-long':
      return 'too-long';
    case 'not-supported':
      return 'not-supported';
    case 'not-found':
      return 'not-found';
    case 'duplicate':
    case 'multiple-matches':
      return 'duplicate';
    case 'forbidden':
      return 'forbidden';
    case 'security':
      return 'sender-mismatch';
    default:
      return 'recipient-rule';
  }
}

function hasStep(issues: readonly EventIssue[], code: string): boolean {
  return issues.some((issue) => issueCode(issue.typeCode).toUpperCase() === code);
}

const FAILURE_CODES = ['MESSAGE_EXCHANGE_ERROR', 'REJECTED', 'ERROR'];

/**
 * Advice for a message's eventIssues (any order), one per kind, in the order the issues are
 * given. Receipt lines (SV/BV/SIG) explain themselves. A failure without receipt lines is a
 * missing receipt: a missing message receipt when the recipient's access point had confirmed
 * delivery (ACKNOWLEDGE) or the service was waiting for the receipt (WAITING_FOR_RECEIPT),
 * otherwise a missing transport receipt. `status` (the message's current messageStatus)
 * counts as a step too. Nothing for a message without a failure.
 */
export function adviceFor(issues: readonly EventIssue[], status?: string): Advice[] {
  const list = issues.filter((issue): issue is EventIssue => typeof issue === 'object' && issue !== null);
  const byKind = new Map<AdviceKind, Advice>();
  const add = (kind: AdviceKind, issue: EventIssue | undefined) => {
    const advice = byKind.get(kind) ?? { kind, issues: [] };
    if (issue) advice.issues.push(issue);
    if (kind === 'recipient-rule' && issue) {
      const rule = ruleIdOf(issue);
      if (rule) advice.rules = [...(advice.rules ?? []), rule];
    }
    byKind.set(kind, advice);
  };

  for (const issue of list) {
    const kind = adviceKindOfReceiptLine(issue);
    if (kind) add(kind, issue);
  }
  if (byKind.size > 0) return [...byKind.values()];

  const failure = list.find((issue) => FAILURE_CODES.includes(issueCode(issue.typeCode).toUpperCase()));
  const failed = failure !== undefined || (status !== undefined && FAILURE_CODES.includes(status));
  if (!failed) return [];
  if (hasStep(list, 'REJECTED') || status === 'REJECTED') {
    // Rejected, but the receipt's reasons did not reach us.
    add('unexplained-failure', failure);
  } else if (hasStep(list, 'ACKNOWLEDGE') || hasStep(list, 'WAITING_FOR_RECEIPT')) {
    add('missing-message-receipt', failure);
  } else if (hasStep(list, 'SUBMITTED') || /transport/i.test(failure?.title ?? '')) {
    add('missing-transport-receipt', failure);
  } else if (/receipt|kvittens/i.test(`${failure?.title ?? ''} ${failure?.detail ?? ''}`)) {
    add('missing-message-receipt', failure);
  } else {
    add('unexplained-failure', failure);
  }
  return [...byKind.values()];
}

/** The events object of a message: `events` (our contract) or `event` (B1.4.2's examples). */
export function eventsOf(attributes: unknown): Problem | null {
  if (typeof attributes !== 'object' || attributes === null) return null;
  const record = attributes as Record<string, unknown>;
  return parseProblem(record.events ?? record.event);
}

export type TimelineEntryKind = 'status' | 'receipt-reason' | 'unknown';

export interface TimelineEntry {
  /** Position in the timeline, for keys. */
  key: string;
  kind: TimelineEntryKind;
  /** The step's code: a KV Meddelandestatus code, SV/BV/SIG, or whatever the service sent. */
  code: string;
  issue: EventIssue;
  /** For status steps: whether this is a final result, and how it went. */
  outcome?: 'pending' | 'success' | 'failure';
  final?: boolean;
}

/**
 * Every eventIssue as a timeline entry, newest first (B1.4.2: ORDER BY dateTime DESC).
 * Status codes outside KV Meddelandestatus are kept as 'unknown', never dropped.
 */
export function deliveryTimeline(events: Problem | null | undefined): TimelineEntry[] {
  const issues = Array.isArray(events?.eventIssues) ? events.eventIssues : [];
  return sortEventIssuesNewestFirst(issues).map((issue, i): TimelineEntry => {
    const code = issueCode(issue.typeCode);
    if (receiptResponseCode(issue)) return { key: `${i}`, kind: 'receipt-reason', code: code.toUpperCase(), issue };
    const info = isMessageStatus(code) ? statusInfo(code) : undefined;
    if (!info) return { key: `${i}`, kind: 'unknown', code, issue };
    return { key: `${i}`, kind: 'status', code: info.code, issue, outcome: info.outcome, final: info.final };
  });
}

/** The result that matters to a case worker, once there is one. */
export type DeliveryResult = 'accepted' | 'rejected' | 'failed' | 'pending' | 'unknown';

export function deliveryResult(status: string | undefined): DeliveryResult {
  switch (status) {
    case 'ACCEPTED':
      return 'accepted';
    case 'REJECTED':
      return 'rejected';
    case 'MESSAGE_EXCHANGE_ERROR':
    case 'ERROR':
      return 'failed';
    default:
      return status && statusInfo(status) ? 'pending' : 'unknown';
  }
}

/** Whether the status can still change (so the view should keep polling). Unknown codes: yes. */
export function isDeliveryOngoing(status: string | undefined): boolean {
  if (!status) return true;
  const info = statusInfo(status);
  return info ? !info.final : true;
}

export interface ReceiptWait {
  /** When the wait began (ISO), as reported; undefined when unknown. */
  since: string | undefined;
  /** Whole minutes waited so far (0 when unknown). */
  minutes: number;
  /** True when the message has waited longer than the limit. */
  overdue: boolean;
}

/**
 * How long a message in WAITING_FOR_RECEIPT has waited for the recipient's message receipt:
 * from the newest WAITING_FOR_RECEIPT step (its dateTime), else from the message's creation.
 * Null for any other status. A wait that cannot be timed is never overdue.
 */
export function receiptWait(
  status: string | undefined,
  issues: readonly EventIssue[],
  creationDateTime: string | undefined,
  now: number,
  limitMinutes: number,
): ReceiptWait | null {
  if (status !== 'WAITING_FOR_RECEIPT') return null;
  const step = sortEventIssuesNewestFirst([...issues]).find(
    (issue) => issueCode(issue.typeCode).toUpperCase() === 'WAITING_FOR_RECEIPT' && !Number.isNaN(Date.parse(issue.dateTime ?? '')),
  );
  const since = step?.dateTime ?? (creationDateTime && !Number.isNaN(Date.parse(creationDateTime)) ? creationDateTime : undefined);
  if (!since) return { since: undefined, minutes: 0, overdue: false };
  const waitedMs = now - Date.parse(since);
  return {
    since,
    minutes: Math.max(0, Math.floor(waitedMs / 60_000)),
    overdue: waitedMs > limitMinutes * 60_000,
  };
}
