/**
 * Status progression of an outgoing message on the simulated clock (KV Meddelandestatus,
 * B1.4.2), computed from virtual time whenever it is read:
 *
 *   SCHEDULED → SUBMITTED → ACKNOWLEDGE → WAITING_FOR_RECEIPT → ACCEPTED
 *                                                             ↘ REJECTED → MESSAGE_EXCHANGE_ERROR
 *                                                             ↘ (no receipt) … MESSAGE_EXCHANGE_ERROR
 *
 * The events object follows B1.4.2's examples: type urn:event-type:sdk:message, one eventIssue
 * per step reached, newest first; a rejection maps the receipt's LineResponses to issues
 * (typeCode = ResponseCode, title = StatusReasonCode, detail = StatusReason, in = LineID).
 */
import type { EventIssue, MessageStatus, Problem } from '../../src/sdk/model';
import type { DeliveryBehaviour } from '../addressBook/deliveryBehaviour';
import type { OutgoingRecord } from './messageRecord';

/** Virtual milliseconds after scheduling at which each step happens. */
export const STATUS_TIMELINE = {
  submittedAfterMs: 2_000,
  acknowledgedAfterMs: 4_000,
  waitingForReceiptAfterMs: 5_000,
  /** The recipient's message receipt (ACCEPTED or REJECTED) arrives. */
  receiptAfterMs: 8_000,
  /** After a REJECTED receipt the service ends the exchange. */
  rejectionFinalAfterMs: 9_000,
  /** Without a receipt, the service gives up: MESSAGE_EXCHANGE_ERROR. */
  receiptTimeoutAfterMs: 65_000,
} as const;

export const MESSAGE_EVENT_TYPE = 'urn:event-type:sdk:message';

interface Step {
  atMs: number;
  /** The status this step puts the message in; undefined for receipt reason lines. */
  status?: MessageStatus;
  issue: Omit<EventIssue, 'dateTime'>;
}

const NA = 'NA';

function stepsFor(delivery: DeliveryBehaviour, recipient: string): Step[] {
  const t = STATUS_TIMELINE;
  const steps: Step[] = [
    { atMs: 0, status: 'SCHEDULED', issue: { typeCode: 'SCHEDULED', title: 'Message scheduled for sending to local Access Point', detail: NA, in: NA } },
    { atMs: t.submittedAfterMs, status: 'SUBMITTED', issue: { typeCode: 'SUBMITTED', title: 'Message packaged, sealed and submitted to local Access Point', detail: NA, in: NA } },
    { atMs: t.acknowledgedAfterMs, status: 'ACKNOWLEDGE', issue: { typeCode: 'ACKNOWLEDGE', title: `Transport receipt received from the Access Point of ${recipient}`, detail: NA, in: NA } },
    { atMs: t.waitingForReceiptAfterMs, status: 'WAITING_FOR_RECEIPT', issue: { typeCode: 'WAITING_FOR_RECEIPT', title: 'Waiting for message receipt from remote party', detail: NA, in: NA } },
  ];
  switch (delivery.kind) {
    case 'accept':
      steps.push({ atMs: t.receiptAfterMs + (delivery.receiptDelayMs ?? 0), status: 'ACCEPTED', issue: { typeCode: 'ACCEPTED', title: 'Message ACCEPTED by receiver', detail: NA, in: NA } });
      break;
    case 'reject':
      // Same-time steps are pushed oldest first; the list is reversed for output, which gives
      // MESSAGE_EXCHANGE_ERROR, REJECTED, then the receipt's lines in receipt order.
      steps.push(
        ...[...delivery.lines].reverse().map((line): Step => ({
          atMs: t.receiptAfterMs,
          issue: { typeCode: line.responseCode, title: line.statusReasonCode ?? NA, detail: line.statusReason, in: line.lineId },
        })),
        { atMs: t.receiptAfterMs, status: 'REJECTED', issue: { typeCode: 'REJECTED', title: `Message receipt REJECTED received from ${recipient}`, detail: NA, in: NA } },
        { atMs: t.rejectionFinalAfterMs, status: 'MESSAGE_EXCHANGE_ERROR', issue: { typeCode: 'MESSAGE_EXCHANGE_ERROR', title: 'Message REJECTED by receiver', detail: '', in: '' } },
      );
      break;
    case 'noReceipt':
      steps.push({
        atMs: t.receiptTimeoutAfterMs,
        status: 'MESSAGE_EXCHANGE_ERROR',
        issue: {
          typeCode: 'MESSAGE_EXCHANGE_ERROR',
          title: `No message receipt received from ${recipient}`,
          detail: `No message receipt within ${(t.receiptTimeoutAfterMs - t.waitingForReceiptAfterMs) / 1000} seconds`,
          in: NA,
        },
      });
      break;
  }
  return steps;
}

export interface OutgoingState {
  status: MessageStatus;
  /** Step issues reached so far, newest first. */
  eventIssues: EventIssue[];
  /** Virtual time of acceptance by the recipient, once reached. */
  acceptedAt?: Date;
}

export function outgoingStateAt(record: OutgoingRecord, now: Date): OutgoingState {
  const start = Date.parse(record.scheduledAt);
  const elapsed = now.getTime() - start;
  const reached = stepsFor(record.delivery, record.message.recipient).filter((step) => step.atMs <= elapsed);
  // SCHEDULED is reached at acceptance even if the clock was set back since.
  const steps = reached.length > 0 ? reached : stepsFor(record.delivery, record.message.recipient).slice(0, 1);
  const status = [...steps].reverse().find((step) => step.status !== undefined)?.status ?? 'SCHEDULED';
  const eventIssues = [...steps].reverse().map((step) => ({
    ...step.issue,
    dateTime: new Date(start + step.atMs).toISOString(),
  }));
  return {
    status,
    eventIssues,
    ...(status === 'ACCEPTED' && record.delivery.kind === 'accept'
      ? { acceptedAt: new Date(start + STATUS_TIMELINE.receiptAfterMs + (record.delivery.receiptDelayMs ?? 0)) }
      : {}),
  };
}

/**
 * The events object (RFC 7807 problem) of an outgoing message at `now`. B1.4.2's examples put
 * the bare message id in `instance`, but Digg's EventDef declares it `format: uri`: the id is
 * given as a UUID URN (RFC 4122 §3), which validates and still names the message.
 */
export function outgoingEvents(record: OutgoingRecord, state: OutgoingState): Problem {
  return {
    type: MESSAGE_EVENT_TYPE,
    title: state.status,
    detail: state.status,
    instance: `urn:uuid:${record.message.messageId}`,
    eventIssues: state.eventIssues,
  };
}
