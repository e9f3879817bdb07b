/**
 * One conversation of one mailbox, from what the two list queries returned (received: the
 * mailbox on the recipient side; sent: on the sender side). List items never carry documents,
 * so building a conversation never fetches one. Items are read defensively: a malformed item
 * is skipped, never breaks the conversation.
 */
import { orderConversation } from '../../sdk/conversation';
import type { PartyFields } from '../messages/parties';

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

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function obj(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function party(attributes: Record<string, unknown>, side: 'sender' | 'recipient'): PartyFields {
  const sub = obj(obj(attributes[side === 'sender' ? 'senderAttention' : 'recipientAttention'])?.subOrganization);
  return { organization: str(attributes[side]), functionAddress: str(sub?.extension), functionLabel: str(sub?.label) };
}

/** An entry for one list item (or the opened message), or null when it has no id. */
export function toConversationEntry(item: unknown, direction: Direction): ConversationEntry | null {
  const resource = obj(item);
  const attributes = obj(resource?.attributes) ?? {};
  const id = str(resource?.id) ?? str(attributes.messageId);
  if (!id) return null;
  const messageId = str(attributes.messageId) ?? id;
  const refToMessageId = str(attributes.refToMessageId);
  return {
    id,
    messageId,
    conversationId: str(attributes.conversationId) ?? messageId,
    ...(refToMessageId ? { refToMessageId } : {}),
    creationDateTime: str(attributes.creationDateTime) ?? '',
    direction,
    label: str(attributes.label),
    status: str(attributes.messageStatus),
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
