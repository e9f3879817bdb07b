/**
 * In-memory message records, in insertion order. Every mutation notifies the listeners, so
 * the browser mock can persist the world after each change.
 */
import type { MessageRecord } from './messageRecord';

export interface MessageStore {
  all(): readonly MessageRecord[];
  get(id: string): MessageRecord | undefined;
  add(record: MessageRecord): void;
  /** Replaces a record with the same id (e.g. to note a delivery). */
  update(record: MessageRecord): void;
  remove(id: string): boolean;
  /** Replaces every record (reset, restore). */
  replaceAll(records: readonly MessageRecord[]): void;
  /** Deep copy of all records, JSON-safe. */
  snapshot(): MessageRecord[];
  onChange(listener: () => void): () => void;
}

export function createMessageStore(initial: readonly MessageRecord[] = []): MessageStore {
  const records = new Map<string, MessageRecord>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());

  const put = (record: MessageRecord) => records.set(record.id, structuredClone(record));
  initial.forEach(put);

  return {
    all: () => [...records.values()],
    get: (id) => records.get(id),
    add(record) {
      if (records.has(record.id)) throw new Error(`Message record ${record.id} already exists`);
      put(record);
      changed();
    },
    update(record) {
      if (!records.has(record.id)) throw new Error(`No message record ${record.id}`);
      put(record);
      changed();
    },
    remove(id) {
      const removed = records.delete(id);
      if (removed) changed();
      return removed;
    },
    replaceAll(next) {
      records.clear();
      next.forEach(put);
      changed();
    },
    snapshot: () => [...records.values()].map((record) => structuredClone(record)),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
