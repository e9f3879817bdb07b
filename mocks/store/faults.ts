/**
 * Faults a trainer injects for one practice mailbox (issue 11, ADR 0016): the next message sent
 * from it is rejected with a chosen reason, or its receipt comes late. Each fault is used once,
 * by the next message. Kept in memory only: a restart of the simulator forgets them.
 */
import type { ReceiptCode } from '../../src/sdk/rules/types';
import type { DeliveryBehaviour } from '../addressBook/deliveryBehaviour';

export type MailboxFault =
  | { kind: 'reject'; code: ReceiptCode; reason: string }
  | { kind: 'delay-receipt'; minutes: number };

export interface FaultHook {
  /** Queues a fault for the next message sent from `mailbox`. */
  add(mailbox: string, fault: MailboxFault): void;
  /** The delivery the next message from `mailbox` gets, when a fault is queued (and uses it). */
  take(mailbox: string): DeliveryBehaviour | undefined;
  pending(mailbox: string): readonly MailboxFault[];
  clear(mailbox?: string): void;
}

const LINE_ID: Record<ReceiptCode, string> = { BV: '/Nyttolast', SIG: 'NA', SV: '/Meddelande' };

export function createFaultHook(): FaultHook {
  const queued = new Map<string, MailboxFault[]>();
  return {
    add(mailbox, fault) {
      queued.set(mailbox, [...(queued.get(mailbox) ?? []), fault]);
    },
    take(mailbox) {
      const [fault, ...rest] = queued.get(mailbox) ?? [];
      if (!fault) return undefined;
      if (rest.length > 0) queued.set(mailbox, rest);
      else queued.delete(mailbox);
      if (fault.kind === 'delay-receipt') return { kind: 'accept', receiptDelayMs: fault.minutes * 60_000 };
      return { kind: 'reject', lines: [{ responseCode: fault.code, statusReasonCode: `OVNING-${fault.code}`, statusReason: fault.reason, lineId: LINE_ID[fault.code] }] };
    },
    pending: (mailbox) => queued.get(mailbox) ?? [],
    clear(mailbox) {
      if (mailbox === undefined) queued.clear();
      else queued.delete(mailbox);
    },
  };
}
