/**
 * KV Meddelandestatus (B1.4.2, "Meddelandestatus koder") as data.
 *
 * Decisions, read from the table in B1.4.2 and kept here so nobody has to re-read it:
 * - mandatory ("Obligatorisk status" column): WAITING_FOR_RECEIPT, MESSAGE_EXCHANGE_ERROR,
 *   ACCEPTED, REJECTED, NEW, ERROR. We follow the table, not the shorter list in the
 *   description of Digg's OpenAPI messageStatusDef (NEW, WAITING_FOR_RECEIPT,
 *   MESSAGE_EXCHANGE_ERROR, ACCEPTED): the table is the normative code list and the
 *   description leaves out REJECTED and ERROR, which a client must still be able to show.
 * - final ("Slutlig status" column): MESSAGE_EXCHANGE_ERROR, ACCEPTED, NEW — exactly the
 *   statuses B1.4.2 allows to delete ("Endast meddelanden med slutlig status kan raderas: NEW,
 *   ACCEPTED, MESSAGE_EXCHANGE_ERROR"). REJECTED is reported but not final: per the receipt →
 *   event mapping examples a rejected message ends in MESSAGE_EXCHANGE_ERROR, with the
 *   receipt's reasons as eventIssues. ERROR likewise "results in MESSAGE_EXCHANGE_ERROR".
 * - direction / actor / outcome are our reading of the descriptions and the two flow pictures
 *   (outgoing: SCHEDULED → … → ACCEPTED/REJECTED; incoming: RETRIEVED → RECEIPT_SENT → NEW).
 */
import type { MessageStatus } from './model';

export type StatusDirection = 'outgoing' | 'incoming' | 'both';
/** Who brings the message into this status. */
export type StatusActor = 'message-service' | 'access-point' | 'recipient';
export type StatusOutcome = 'pending' | 'success' | 'failure';

export interface StatusInfo {
  code: MessageStatus;
  mandatory: boolean;
  final: boolean;
  direction: StatusDirection;
  actor: StatusActor;
  outcome: StatusOutcome;
}

type Row = [MessageStatus, boolean, boolean, StatusDirection, StatusActor, StatusOutcome];

// code, mandatory, final, direction, actor, outcome — in the order of the spec table.
const ROWS: readonly Row[] = [
  ['SCHEDULED', false, false, 'outgoing', 'message-service', 'pending'],
  ['SUBMITTED', false, false, 'outgoing', 'message-service', 'pending'],
  ['SCHEDULED_FOR_RESEND', false, false, 'outgoing', 'message-service', 'pending'],
  ['ACKNOWLEDGE', false, false, 'outgoing', 'access-point', 'pending'],
  ['WAITING_FOR_RECEIPT', true, false, 'outgoing', 'message-service', 'pending'],
  ['MESSAGE_EXCHANGE_ERROR', true, true, 'both', 'message-service', 'failure'],
  ['ACCEPTED', true, true, 'outgoing', 'recipient', 'success'],
  ['REJECTED', true, false, 'outgoing', 'recipient', 'failure'],
  ['RETRIEVED', false, false, 'incoming', 'message-service', 'pending'],
  ['RECEIPT_SENT', false, false, 'incoming', 'message-service', 'pending'],
  ['NEW', true, true, 'incoming', 'message-service', 'success'],
  ['ERROR', true, false, 'both', 'message-service', 'failure'],
];

const INFO: ReadonlyMap<string, StatusInfo> = new Map(
  ROWS.map(([code, mandatory, final, direction, actor, outcome]) => [
    code,
    Object.freeze({ code, mandatory, final, direction, actor, outcome }),
  ]),
);

/** All 12 codes of KV Meddelandestatus, in the order of the spec table. */
export const MESSAGE_STATUSES: readonly MessageStatus[] = Object.freeze(ROWS.map((row) => row[0]));

/** Undefined for codes outside the code list: a service may send anything. */
export function statusInfo(code: string): StatusInfo | undefined {
  return INFO.get(code);
}

export function isMessageStatus(x: unknown): x is MessageStatus {
  return typeof x === 'string' && INFO.has(x);
}

export function isFinalStatus(code: string): boolean {
  return INFO.get(code)?.final ?? false;
}

export function isMandatoryStatus(code: string): boolean {
  return INFO.get(code)?.mandatory ?? false;
}

/** B1.4.2: only messages in a final status may be deleted. Unknown codes: never. */
export function canDeleteInStatus(code: string): boolean {
  return isFinalStatus(code);
}
