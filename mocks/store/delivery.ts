/**
 * Delivery between the simulated message services: once an outgoing message has reached
 * ACCEPTED on the clock, the recipient's service holds its own copy (status NEW, own id).
 * Run before every read, so arrival is as lazy and deterministic as the status itself.
 */
import { deriveUuid } from '../ids';
import type { IncomingRecord, OutgoingRecord } from './messageRecord';
import type { MessageStore } from './messageStore';
import { outgoingStateAt } from './progression';

/** Id of the recipient's copy of an outgoing record (deterministic: same seed, same ids). */
export function deliveredRecordId(outgoingId: string): string {
  return deriveUuid(`delivered:${outgoingId}`);
}

/** Materialises every delivery due at `now`; returns how many messages arrived. */
export function settleDeliveries(store: MessageStore, now: Date): number {
  let arrived = 0;
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
  }
  return arrived;
}
