/**
 * Which mailbox a received message belongs to, as far as the gateway can vouch for it. The
 * client's word is never taken: the mailbox comes from the message service (the recipient of a
 * record with an incoming status, ownMailboxOf) — recorded when the gateway forwarded it in a
 * mailbox list, or asked of the message service here with the gateway's token the first time a
 * message is named that the gateway has not seen. A message the message service does not know
 * (any more) has its local handling data removed.
 */
import { statusInfo } from '../../src/sdk/status';
import { readRecord, readString } from '../../src/sdk/readValue';
import type { GatewayDeps } from '../http/env';
import { callUpstream, readUpstreamText } from '../mt/upstream';
import { ownMailboxOf } from '../routes/ownMailbox';
import { findHandling, forgetMessage, recordReceived, type HandlingRow } from './store';

export type Located = { row: HandlingRow; response?: never } | { row?: never; response: Response | 'not-received' };

export function isReceivedRecord(resource: unknown): boolean {
  const status = readString(readRecord(readRecord(resource)?.['attributes'])?.['messageStatus']);
  return status !== undefined && statusInfo(status)?.direction === 'incoming';
}

export async function locateReceivedMessage(deps: GatewayDeps, messageId: string, instance: string, signal?: AbortSignal): Promise<Located> {
  const db = deps.db.db;
  const known = await findHandling(db, messageId);
  if (known) return { row: known };
  const result = await callUpstream(deps.mt, `/sdk/messages/${encodeURIComponent(messageId)}`, { instance, ...(signal ? { signal } : {}) });
  if (result.problem) return { response: result.problem };
  const read = await readUpstreamText(result.response, deps.mt, instance);
  if (read.problem) return { response: read.problem };
  if (!result.response.ok) {
    if (result.response.status === 404) await forgetMessage(db, messageId);
    return { response: 'not-received' };
  }
  const resource = readRecord(JSON.parse(read.text))?.['data'];
  const mailbox = ownMailboxOf(resource);
  if (!mailbox || !isReceivedRecord(resource)) return { response: 'not-received' };
  const registered = await db.selectFrom('mailboxes').select('id').where('id', '=', mailbox).executeTakeFirst();
  if (!registered) return { response: 'not-received' };
  await recordReceived(db, [{ messageId, mailbox }]);
  const row = await findHandling(db, messageId);
  return row ? { row } : { response: 'not-received' };
}

/**
 * Remembers the received messages of mailbox lists the gateway forwards, so handling needs no
 * extra call to the message service. Per gateway instance, ids already written are kept in
 * memory (bounded), so an unchanged poll writes nothing.
 */
export function createReceivedRecorder(deps: GatewayDeps, maxRemembered = 200_000) {
  const written = new Set<string>();
  return async (mailbox: string, records: unknown[]): Promise<void> => {
    const fresh: { messageId: string; mailbox: string }[] = [];
    for (const record of records) {
      const id = readString(readRecord(record)?.['id']);
      if (!id || written.has(id) || !isReceivedRecord(record) || ownMailboxOf(record) !== mailbox) continue;
      fresh.push({ messageId: id, mailbox });
    }
    if (fresh.length === 0) return;
    await recordReceived(deps.db.db, fresh);
    if (written.size + fresh.length > maxRemembered) written.clear();
    for (const m of fresh) written.add(m.messageId);
  };
}
