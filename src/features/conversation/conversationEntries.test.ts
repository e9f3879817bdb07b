import { describe, expect, it } from 'vitest';
import { conversationEntries, toConversationEntry } from './conversationEntries';

const item = (id: string, attributes: Record<string, unknown>) => ({ type: 'messages', id, attributes });
const msg = (id: string, created: string, extra: Record<string, unknown> = {}) =>
  item(id, { messageId: `m-${id}`, conversationId: 'c', creationDateTime: created, label: `L ${id}`, ...extra });

describe('conversationEntries', () => {
  it('merges received and sent messages of one conversation in refToMessageId order, time as fallback', () => {
    const received = [
      msg('r1', '2026-03-01T10:00:00Z', { sender: '0203:lund.se' }),
      // Clock skew: the answer claims to be older than the message it answers.
      msg('r2', '2026-03-01T09:00:00Z', { refToMessageId: 'm-s1' }),
      msg('other', '2026-03-01T11:00:00Z', { conversationId: 'x' }),
      'not a message',
      null,
    ];
    const sent = [msg('s1', '2026-03-01T10:30:00Z', { refToMessageId: 'm-r1', messageStatus: 'ACCEPTED' }), msg('s2', '2026-03-01T12:00:00Z')];
    const entries = conversationEntries({ conversationId: 'c', received, sent });
    expect(entries.map((e) => [e.id, e.direction])).toEqual([
      ['r1', 'received'],
      ['s1', 'sent'],
      ['r2', 'received'],
      ['s2', 'sent'],
    ]);
    expect(entries[1]?.status).toBe('ACCEPTED');
    expect(entries[0]?.counterpart.organization).toBe('0203:lund.se');
  });

  it('always contains the opened message, even before the lists arrive or without a conversationId', () => {
    const current = { item: item('solo', { label: 'Ensam' }), direction: 'received' as const };
    expect(conversationEntries({ conversationId: undefined, received: undefined, sent: undefined, current }).map((e) => e.id)).toEqual(['solo']);
    const listed = conversationEntries({ conversationId: 'c', received: [msg('a', '2026-03-01T10:00:00Z')], sent: [], current: { item: msg('a', '2026-03-01T10:00:00Z'), direction: 'received' } });
    expect(listed.map((e) => e.id)).toEqual(['a']);
  });

  it('reads the other party per direction', () => {
    const attributes = {
      sender: 'S',
      recipient: 'R',
      senderAttention: { subOrganization: { extension: 'fs' } },
      recipientAttention: { subOrganization: { extension: 'fr', label: 'Mottagaren' } },
    };
    expect(toConversationEntry(item('x', attributes), 'received')?.counterpart).toEqual({ organization: 'S', functionAddress: 'fs', functionLabel: undefined });
    expect(toConversationEntry(item('x', attributes), 'sent')?.counterpart).toEqual({ organization: 'R', functionAddress: 'fr', functionLabel: 'Mottagaren' });
    expect(toConversationEntry({ attributes: {} }, 'sent')).toBeNull();
  });
});
