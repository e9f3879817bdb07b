/**
 * What the mock message service stores. One shared store plays every organisation's message
 * service: a sent message is an `outgoing` record in the sender's service; when it is delivered,
 * an `incoming` record (with its own id) appears in the recipient's service.
 *
 * Outgoing status is not stored: it is computed from the simulated clock when read
 * (store/progression.ts), so nothing depends on timers. Records are plain JSON (snapshots).
 */
import type { MessageAttributes } from '../../src/sdk/model';
import type { DeliveryBehaviour } from '../addressBook/deliveryBehaviour';

/** The message as sent: everything but the service-owned status and events. */
export type StoredMessage = Omit<MessageAttributes, 'messageStatus' | 'events'>;

export interface OutgoingRecord {
  direction: 'outgoing';
  /** Internal resource id (data.id). */
  id: string;
  message: StoredMessage;
  /** Virtual time (ISO) when the service accepted the message; the status timeline starts here. */
  scheduledAt: string;
  /** How the recipient will answer, fixed when the message was accepted. */
  delivery: DeliveryBehaviour;
  /** Id of the recipient's incoming record, once delivered. */
  deliveredAs?: string;
}

export interface IncomingRecord {
  direction: 'incoming';
  id: string;
  message: StoredMessage;
  /** Virtual time (ISO) when the message arrived at the recipient's service. */
  receivedAt: string;
  /** Id of the sender's outgoing record it was delivered from, when known. */
  deliveredFrom?: string;
}

export type MessageRecord = OutgoingRecord | IncomingRecord;
