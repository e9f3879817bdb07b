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

export interface ResourceOptions {
  /** getMessageById: the whole message. getMessageByFilter: never digitalDocument (B1.4.2). */
  withDocuments: boolean;
}

export function toMessageResource(record: MessageRecord, now: Date, options: ResourceOptions): MessageResource {
  return resourceOf(record.id, messageAttributesAt(record, now), options);
}

/**
 * The resource from attributes already computed by messageAttributesAt (which it takes over),
 * so a list that filters on the status computes each record's status once, not twice.
 */
export function resourceOf(id: string, attributes: MessageAttributes, options: ResourceOptions): MessageResource {
  if (!options.withDocuments) delete attributes.digitalDocument;
  return { type: 'messages', id, attributes };
}
