/**
 * Which records a token may see (B1.4.2 §5.2, auth_id): outgoing records of a function address
 * in the token's auth_id claim, incoming records addressed to one. Everything else does not
 * exist as far as the caller can tell.
 */
import type { MessageRecord } from './messageRecord';

/** The function address on the record's own side: sender for sent, recipient for received. */
export function ownMailboxOf(record: MessageRecord): string | undefined {
  const attention = record.direction === 'outgoing' ? record.message.senderAttention : record.message.recipientAttention;
  return attention?.subOrganization.extension;
}

export function isVisibleTo(record: MessageRecord, authIds: readonly string[]): boolean {
  const extension = ownMailboxOf(record);
  return extension !== undefined && mayActFor(authIds, extension);
}

/**
 * Whether an auth_id claim covers a function address: an exact entry, or an entry starting
 * with `*` that names the end of every address of an organisation (the practice organisations
 * of courses, ADR 0016: their participants' mailboxes are made per course).
 */
export function mayActFor(authIds: readonly string[], functionAddress: string): boolean {
  return authIds.some((id) => id === functionAddress || (id.startsWith('*') && id.length > 1 && functionAddress.endsWith(id.slice(1))));
}

/**
 * The record a path id names: the internal id, or else a messageId that identifies exactly one
 * visible record (a message sent between two of the caller's own mailboxes exists twice).
 */
export function findVisible(records: readonly MessageRecord[], authIds: readonly string[], idOrMessageId: string): MessageRecord | undefined {
  const visible = records.filter((record) => isVisibleTo(record, authIds));
  const byId = visible.find((record) => record.id === idOrMessageId);
  if (byId) return byId;
  const byMessageId = visible.filter((record) => record.message.messageId === idOrMessageId);
  return byMessageId.length === 1 ? byMessageId[0] : undefined;
}
