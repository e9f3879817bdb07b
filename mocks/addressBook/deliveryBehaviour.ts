/**
 * How a recipient function address answers messages in the simulated federation. Real
 * recipients answer with Digg's message receipt (ApplicationResponse, see receipt/*.xml in
 * Digg's specification); a few training addresses in the seed always reject or never answer,
 * so that error handling can be shown and practised.
 */
import type { ReceiptCode } from '../../src/sdk/rules/types';

/** One LineResponse of a REJECTED message receipt. */
export interface ReceiptLine {
  /** LineResponse/Response/ResponseCode: BV (business rule), SV (schema), SIG (signature). */
  responseCode: ReceiptCode;
  /** StatusReasonCode, e.g. a rule id; absent in Digg's SV and SIG examples. */
  statusReasonCode?: string;
  statusReason: string;
  /** LineReference/LineID: where in the message the problem is, or 'NA'. */
  lineId: string;
}

export type DeliveryBehaviour =
  /**
   * Accepts. With `replyAfterMs`, the recipient also answers: that long (virtual) after the
   * message was delivered it sends a reply back to the sender's function address (the
   * reception test of the superuser console's connection test).
   * receiptDelayMs: the receipt comes that much later than usual (a fault a trainer injects).
   */
  | { kind: 'accept'; replyAfterMs?: number; receiptDelayMs?: number }
  | { kind: 'reject'; lines: readonly ReceiptLine[] }
  | { kind: 'noReceipt' };

export const ACCEPT: DeliveryBehaviour = { kind: 'accept' };
