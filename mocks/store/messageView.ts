/**
 * How a stored record looks through the API at a given virtual time: status and events
 * computed for outgoing messages; incoming messages are NEW and never carry the sender's events.
 */
import type { MessageAttributes, MessageResource } from '../../src/sdk/model';
import type { MessageRecord } from './messageRecord';
import { outgoingEvents, outgoingStateAt } from './progression';

export function messageAttributesAt(record: MessageRecord, now: Date): MessageAttributes {
  if (record.direction === 'incoming') return { messageStatus: 'NEW', ...record.message };
  const state = outgoingStateAt(record, now);
  return { messageStatus: state.status, ...record.message, events: outgoingEvents(record, state) };
}

/** getMessageById: the whole message. getMessageByFilter: never digitalDocument (B1.4.2). */
export function toMessageResource(record: MessageRecord, now: Date, options: { withDocuments: boolean }): MessageResource {
  const attributes = messageAttributesAt(record, now);
  if (!options.withDocuments) delete attributes.digitalDocument;
  return { type: 'messages', id: record.id, attributes };
}
