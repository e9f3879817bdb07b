/**
 * Whether a mailbox sent or received a message: the one rule for the message page (Reply or
 * Complement, read toggle, delivery status) and the `r` shortcut. A message this mailbox sent
 * is `sent`; any other message it can open reached it, so it is `received`.
 */
import { readRecord, readString } from './readValue';

export type MessageDirection = 'sent' | 'received';

/** The sending function address of a message's attributes, read defensively. */
export function senderFunctionOf(attributes: unknown): string | undefined {
  return readString(readRecord(readRecord(readRecord(attributes)?.senderAttention)?.subOrganization)?.extension);
}

export function messageDirection(senderFunction: string | undefined, mailbox: string): MessageDirection {
  return senderFunction === mailbox ? 'sent' : 'received';
}
