import { describe, expect, it } from 'vitest';
import { groupByConversation, orderConversation, type ThreadItem } from './conversation';

const at = (minute: number) => `2026-11-22T10:${String(minute).padStart(2, '0')}:00Z`;
const msg = (messageId: string, minute: number, refToMessageId?: string, conversationId = 'c1'): ThreadItem => ({
  messageId,
  conversationId,
  creationDateTime: at(minute),
  ...(refToMessageId ? { refToMessageId } : {}),
});
const ids = (items: ThreadItem[]) => items.map((i) => i.messageId);

describe('orderConversation', () => {
  it('orders a reply chain oldest first, whatever the input order', () => {
    expect(ids(orderConversation([msg('c', 3, 'b'), msg('a', 1), msg('b', 2, 'a')]))).toEqual(['a', 'b', 'c']);
  });

  it('never puts a reply before its parent, even when the clocks disagree', () => {
    expect(ids(orderConversation([msg('reply', 1, 'question'), msg('question', 5)]))).toEqual(['question', 'reply']);
  });

  it('orders replies to the same message by time (branching)', () => {
    const items = [msg('a', 1), msg('late', 9, 'a'), msg('early', 2, 'a'), msg('early-child', 3, 'early')];
    expect(ids(orderConversation(items))).toEqual(['a', 'early', 'early-child', 'late']);
  });

  it('places a message whose parent is missing by its own time', () => {
    const items = [msg('a', 1), msg('c', 5, 'a'), msg('orphan', 3, 'deleted-message')];
    expect(ids(orderConversation(items))).toEqual(['a', 'orphan', 'c']);
  });

  it('breaks a cycle at its earliest message and keeps everything', () => {
    const items = [msg('x', 4, 'y'), msg('y', 2, 'x'), msg('z', 6, 'x')];
    expect(ids(orderConversation(items))).toEqual(['y', 'x', 'z']);
    expect(ids(orderConversation([msg('self', 1, 'self')]))).toEqual(['self']);
  });

  it('keeps one copy of a duplicated message', () => {
    expect(ids(orderConversation([msg('a', 1), msg('b', 2, 'a'), msg('a', 1)]))).toEqual(['a', 'b']);
  });

  it('puts messages with bad dates last, in input order', () => {
    const bad = (id: string): ThreadItem => ({ messageId: id, conversationId: 'c1', creationDateTime: 'not a date' });
    expect(ids(orderConversation([bad('p'), msg('a', 5), bad('q'), msg('b', 1)]))).toEqual(['b', 'a', 'p', 'q']);
  });

  it('handles an empty thread', () => {
    expect(orderConversation([])).toEqual([]);
  });
});

describe('groupByConversation', () => {
  it('groups by conversationId, each thread in reading order', () => {
    const items = [msg('b', 2, 'a', 'c1'), msg('x', 1, undefined, 'c2'), msg('a', 1, undefined, 'c1')];
    const groups = groupByConversation(items);
    expect([...groups.keys()]).toEqual(['c1', 'c2']);
    expect(ids(groups.get('c1') ?? [])).toEqual(['a', 'b']);
    expect(ids(groups.get('c2') ?? [])).toEqual(['x']);
  });

  it('keeps a message without conversationId as its own thread', () => {
    const groups = groupByConversation([msg('lonely', 1, undefined, '')]);
    expect(ids(groups.get('lonely') ?? [])).toEqual(['lonely']);
  });
});
