/**
 * One conversation of one mailbox, from what the two list queries returned (received: the
 * mailbox on the recipient side; sent: on the sender side). List items never carry documents,
 * so building a conversation never fetches one. Items are read defensively: a malformed item
 * is skipped, never breaks the conversation.
 */
import { orderConversation } from '../../sdk/conversation';
import type { PartyFields } from '../../sdk/parties';
import { readRecord, readString } from '../../sdk/readValue';

export type Direction = 'received' | 'sent';

export interface ConversationEntry {
  /** Resource id (for the message route). */
  id: string;
  /** The message's own messageId (the id refToMessageId points at); the resource id if absent. */
  messageId: string;
  conversationId: string;
  refToMessageId?: string;
  /** '' when missing (orderConversation puts undated messages last). */
  creationDateTime: string;
  direction: Direction;
  label: string | undefined;
  status: string | undefined;
  /** The other side: the sender of a received message, the recipient of a sent one. */
  counterpart: PartyFields;
  /** The item's attributes as received (status and events are read from here). */
  attributes: Record<string, unknown>;
}

function party(attributes: Record<string, unknown>, side: 'sender' | 'recipient'): PartyFields {
  const sub = readRecord(readRecord(attributes[side === 'sender' ? 'senderAttention' : 'recipientAttention'])?.subOrganization);
  return { organization: readString(attributes[side]), functionAddress: readString(sub?.extension), functionLabel: readString(sub?.label) };
}

/** An entry for one list item (or the opened message), or null when it has no id. */
export function toConversationEntry(item: unknown, direction: Direction): ConversationEntry | null {
  const resource = readRecord(item);
  const attributes = readRecord(resource?.attributes) ?? {};
  const id = readString(resource?.id) ?? readString(attributes.messageId);
  if (!id) return null;
  const messageId = readString(attributes.messageId) ?? id;
  const refToMessageId = readString(attributes.refToMessageId);
  return {
    id,
    messageId,
    conversationId: readString(attributes.conversationId) ?? messageId,
    ...(refToMessageId ? { refToMessageId } : {}),
    creationDateTime: readString(attributes.creationDateTime) ?? '',
    direction,
    label: readString(attributes.label),
    status: readString(attributes.messageStatus),
    counterpart: party(attributes, direction === 'received' ? 'sender' : 'recipient'),
    attributes,
  };
}

export interface ConversationInput {
  conversationId: string | undefined;
  received: unknown;
  sent: unknown;
  /** The opened message: always part of its own conversation, even before the lists load. */
  current?: { item: unknown; direction: Direction };
}

/**
 * The conversation in reading order (refToMessageId chain, time as fallback), received and
 * sent together. A message without conversationId is a conversation of its own.
 */
export function conversationEntries({ conversationId, received, sent, current }: ConversationInput): ConversationEntry[] {
  const entries: ConversationEntry[] = [];
  const seen = new Set<string>();
  const add = (item: unknown, direction: Direction) => {
    const entry = toConversationEntry(item, direction);
    if (!entry || seen.has(entry.id)) return;
    if (entry.conversationId !== conversationId) return;
    seen.add(entry.id);
    entries.push(entry);
  };
  if (conversationId) {
    if (Array.isArray(received)) (received as unknown[]).forEach((item) => add(item, 'received'));
    if (Array.isArray(sent)) (sent as unknown[]).forEach((item) => add(item, 'sent'));
  }
  if (current) {
    const entry = toConversationEntry(current.item, current.direction);
    if (entry && !seen.has(entry.id)) entries.push(entry);
  }
  return orderConversation(entries);
}
