/**
 * Whose message a record from the message service is. The gateway's service token may act for
 * every mailbox in the registry, so the message service shows it both copies of a message
 * between two of them (the sender's and the recipient's). A record belongs to the mailbox on its
 * own side: the recipient for a received message (an incoming status per KV Meddelandestatus,
 * e.g. NEW), the sender otherwise. That is exactly what a user token's auth_id would have let
 * the message service show.
 */
import { statusInfo } from '../../src/sdk/status';
import { readRecord, readString } from '../../src/sdk/readValue';

export function ownMailboxOf(resource: unknown): string | undefined {
  const attributes = readRecord(readRecord(resource)?.['attributes']);
  if (!attributes) return undefined;
  const status = readString(attributes['messageStatus']);
  const side = status !== undefined && statusInfo(status)?.direction === 'incoming' ? 'recipientAttention' : 'senderAttention';
  return readString(readRecord(readRecord(attributes[side])?.['subOrganization'])?.['extension']);
}
