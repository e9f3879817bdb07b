/**
 * Conversation threads (B1.3.3 conversationId / refToMessageId): grouping, ordering, and the
 * fields a reply or a complement starts from.
 */
export interface ThreadItem {
  messageId: string;
  conversationId: string;
  refToMessageId?: string;
  creationDateTime: string;
}

/**
 * Messages by conversationId, each thread in reading order (orderConversation). A message
 * without a conversationId forms a thread of its own under its messageId.
 */
export function groupByConversation<T extends ThreadItem>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = item.conversationId || item.messageId;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  for (const [key, group] of groups) groups.set(key, orderConversation(group));
  return groups;
}

function timeOf(item: ThreadItem): number {
  const t = Date.parse(item.creationDateTime);
  // Bad or missing dates sort last rather than breaking the order of the others.
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/**
 * Reading order of one thread: oldest first, but never a reply before the message it
 * answers (refToMessageId), even when clocks disagree. A message whose parent is not in the
 * list (deleted, or in another mailbox) is placed by its own time: B1.3.3 asks MK to
 * "hantera ordningsföljd" without guaranteeing that the parent is present.
 * Duplicates (same messageId) are kept once (the first); bad dates sort last; cycles
 * (A→B→A) are entered at their earliest message. Always terminates, never drops an item.
 */
export function orderConversation<T extends ThreadItem>(items: T[]): T[] {
  const unique: T[] = [];
  const byId = new Map<string, T>();
  for (const item of items) {
    if (!byId.has(item.messageId)) {
      byId.set(item.messageId, item);
      unique.push(item);
    }
  }
  const position = new Map(unique.map((item, i) => [item, i]));
  const before = (a: T, b: T) => timeOf(a) - timeOf(b) || (position.get(a) ?? 0) - (position.get(b) ?? 0);

  const children = new Map<string, T[]>();
  const ready: T[] = [];
  for (const item of unique) {
    const parent = item.refToMessageId;
    if (parent && parent !== item.messageId && byId.has(parent)) {
      const siblings = children.get(parent);
      if (siblings) siblings.push(item);
      else children.set(parent, [item]);
    } else {
      ready.push(item);
    }
  }

  // Topological order with the earliest ready message first (Kahn's algorithm).
  const ordered: T[] = [];
  const done = new Set<T>();
  const byTime = [...unique].sort(before);
  while (ordered.length < unique.length) {
    if (ready.length === 0) {
      // Only cycles are left: release their earliest message.
      const next = byTime.find((item) => !done.has(item));
      if (next) ready.push(next);
    }
    ready.sort(before);
    const item = ready.shift() as T;
    if (done.has(item)) continue;
    done.add(item);
    ordered.push(item);
    for (const child of children.get(item.messageId) ?? []) if (!done.has(child)) ready.push(child);
  }
  return ordered;
}

export { complementFields, replyFields } from './replyFields';
export type { PrefilledFields, PrefillOptions, ThreadOrigin } from './replyFields';
