/**
 * Fills a mailbox's inbox with `count` received messages (copies of one of its seeded incoming
 * records with new ids, one minute apart, newest first), straight into the mock store. For tests
 * of big mailboxes and for the benchmark's 10 000-message mailbox.
 */
import type { MessageRecord } from '../store/messageRecord';
import type { MockWorld } from '../world';

export function fillInbox(world: MockWorld, mailbox: string, count: number): string[] {
  const template = world.store
    .all()
    .find((record) => record.direction === 'incoming' && record.message.recipientAttention?.subOrganization.extension === mailbox);
  if (!template) throw new Error(`No received message in ${mailbox} to copy`);
  const start = Date.parse('2026-02-01T08:00:00Z');
  const records: MessageRecord[] = [];
  for (let i = 0; i < count; i++) {
    const id = `bulk-${String(i).padStart(5, '0')}`;
    records.push({
      ...template,
      id,
      message: {
        ...template.message,
        messageId: `m-${id}`,
        label: `Massärende ${i + 1}`,
        creationDateTime: new Date(start - i * 60_000).toISOString(),
        digitalDocument: [],
      },
    } as MessageRecord);
  }
  world.store.replaceAll([...world.store.all(), ...records]);
  return records.map((record) => record.id);
}
