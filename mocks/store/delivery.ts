/**
 * Delivery between the simulated message services: once an outgoing message has reached
 * ACCEPTED on the clock, the recipient's service holds its own copy (status NEW, own id).
 * Run before every read, so arrival is as lazy and deterministic as the status itself.
 *
 * A recipient that answers back (delivery `accept` with `replyAfterMs`, the connection test's
 * answering test function) sends its reply as an outgoing record of its own, scheduled that long
 * after the delivery; the reply then travels like any other message.
 */
import { deriveUuid } from '../ids';
import type { IncomingRecord, OutgoingRecord, StoredMessage } from './messageRecord';
import type { MessageStore } from './messageStore';
import { outgoingStateAt } from './progression';

/** Id of the recipient's copy of an outgoing record (deterministic: same seed, same ids). */
export function deliveredRecordId(outgoingId: string): string {
  return deriveUuid(`delivered:${outgoingId}`);
}

/** Id of the answering recipient's reply record to an outgoing record. */
export function replyRecordId(outgoingId: string): string {
  return deriveUuid(`reply:${outgoingId}`);
}

/** Materialises every delivery due at `now`; returns how many messages arrived. */
export function settleDeliveries(store: MessageStore, now: Date): number {
  let arrived = 0;
  // A reply created in one round may already be due: a second round delivers it.
  for (let round = 0; round < 2; round++) {
    let repliesAdded = 0;
    for (const record of store.all()) {
      // Only an accepting recipient ever gets a copy: the others need no status computed per read.
      if (record.direction !== 'outgoing' || record.deliveredAs !== undefined || record.delivery.kind !== 'accept') continue;
      const { acceptedAt } = outgoingStateAt(record, now);
      if (!acceptedAt) continue;
      const incoming: IncomingRecord = {
        direction: 'incoming',
        id: deliveredRecordId(record.id),
        message: structuredClone(record.message),
        receivedAt: acceptedAt.toISOString(),
        deliveredFrom: record.id,
      };
      const delivered: OutgoingRecord = { ...record, deliveredAs: incoming.id };
      store.add(incoming);
      store.update(delivered);
      arrived++;
      const { replyAfterMs } = record.delivery;
      if (replyAfterMs !== undefined && store.get(replyRecordId(record.id)) === undefined) {
        store.add(replyTo(record, new Date(acceptedAt.getTime() + replyAfterMs)));
        repliesAdded++;
      }
    }
    if (repliesAdded === 0) break;
  }
  return arrived;
}

/** The answering recipient's reply: back to the sender's function address, same conversation. */
function replyTo(original: OutgoingRecord, at: Date): OutgoingRecord {
  const m = original.message;
  const messageId = deriveUuid(`reply-message:${original.id}`);
  const message: StoredMessage = {
    creationDateTime: at.toISOString(),
    messageId,
    conversationId: m.conversationId,
    refToMessageId: m.messageId,
    confidentiality: false,
    sender: m.recipient,
    recipient: m.sender,
    ...(m.recipientAttention ? { senderAttention: { subOrganization: { ...m.recipientAttention.subOrganization } } } : {}),
    ...(m.senderAttention
      ? {
          recipientAttention: {
            subOrganization: { ...m.senderAttention.subOrganization },
            ...(m.senderAttention.referenceId ? { referenceId: structuredClone(m.senderAttention.referenceId) } : {}),
          },
        }
      : {}),
    label: Array.from(`SV: ${m.label}`).slice(0, 256).join(''),
    digitalDocument: [
      {
        documentId: 'SDK-Meddelande',
        documentName: 'Svar från testfunktion',
        index: '1',
        contentTextBody: [`Testfunktionen tog emot meddelandet ${m.messageId} och svarar med detta meddelande.`],
      },
    ],
  };
  return {
    direction: 'outgoing',
    id: replyRecordId(original.id),
    message,
    scheduledAt: at.toISOString(),
    delivery: { kind: 'accept' },
  };
}
