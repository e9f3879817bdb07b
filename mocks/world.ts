/**
 * The mock world: simulated clock, message store and address book, shared by the browser demo,
 * Vitest and the HTTP simulator. JSON snapshots let the browser keep the world across the
 * sign-in redirect (sessionStorage).
 */
import { MAX_MESSAGE_BYTES_DEFAULT } from '../src/sdk/rules/validateMessage';
import type { AddressBook, PublicationState } from './addressBook/addressBook';
import { createSimClock, restoreSimClock, type ClockSnapshot, type SimClock } from './clock';
import { createSeedAddressBook, seedOutgoingRecords } from './seed';
import { settleDeliveries } from './store/delivery';
import { createFaultHook, type FaultHook } from './store/faults';
import type { MessageRecord } from './store/messageRecord';
import { createMessageStore, type MessageStore } from './store/messageStore';

/** Attachment types the simulated services take besides PDF (always accepted). */
export const DEFAULT_ALLOWED_ATTACHMENT_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'text/plain'];

export interface MockWorldOptions {
  clock?: SimClock;
  /** Start with the seed messages (default true). The address book is always seeded. */
  seed?: boolean;
  maxMessageBytes?: number;
  allowedAttachmentTypes?: string[];
}

export interface MockWorld {
  readonly clock: SimClock;
  readonly store: MessageStore;
  readonly addressBook: AddressBook;
  /** Faults injected per mailbox by a trainer (store/faults.ts); not part of snapshots. */
  readonly faults: FaultHook;
  readonly limits: { maxMessageBytes: number; allowedAttachmentTypes: readonly string[] };
  /** Materialises deliveries due at the clock's now (run before every read). */
  settle(): void;
  snapshot(): MockWorldSnapshot;
  /** Replaces clock state and messages with a snapshot; throws on a malformed one. */
  restore(snapshot: unknown): void;
  /** Back to the seed: clock to its start, seed messages (if seeded) relative to it. */
  reset(): void;
  /** Listeners run after every change (messages, clock moved by a control route). */
  onChange(listener: () => void): () => void;
  /** For changes the store cannot see, such as clock control. */
  notifyChanged(): void;
}

export const SNAPSHOT_FORMAT = 'sdk-mk-mock-world';
/** 2: every reference and person of a record carries a label (Digg's API requires one). */
export const SNAPSHOT_VERSION = 2;

export interface MockWorldSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  clock: ClockSnapshot;
  seeded: boolean;
  records: MessageRecord[];
  /** The trainer's address-book publications (absent in snapshots from before they existed). */
  publications?: PublicationState;
}

export function createMockWorld(options: MockWorldOptions = {}): MockWorld {
  const clock = options.clock ?? createSimClock();
  const addressBook = createSeedAddressBook();
  const store = createMessageStore();
  let seeded = options.seed ?? true;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  store.onChange(notify);

  const seedRecords = (): MessageRecord[] => (seeded ? seedOutgoingRecords(addressBook, clock.now()) : []);

  const world: MockWorld = {
    clock,
    store,
    addressBook,
    faults: createFaultHook(),
    limits: {
      maxMessageBytes: options.maxMessageBytes ?? MAX_MESSAGE_BYTES_DEFAULT,
      allowedAttachmentTypes: [...(options.allowedAttachmentTypes ?? DEFAULT_ALLOWED_ATTACHMENT_TYPES)],
    },
    settle: () => void settleDeliveries(store, clock.now()),
    snapshot: () => ({
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      clock: clock.snapshot(),
      seeded,
      records: store.snapshot(),
      publications: addressBook.publications(),
    }),
    restore(snapshot) {
      const parsed = parseSnapshot(snapshot);
      // Move this world's clock object (others hold references to it) to the saved time.
      const saved = restoreSimClock(parsed.clock);
      clock.setSpeed(saved.speed);
      clock.advance(saved.now().getTime() - clock.now().getTime());
      seeded = parsed.seeded;
      addressBook.restorePublications(parsed.publications ?? { published: [], unpublished: [] });
      store.replaceAll(parsed.records);
    },
    reset() {
      world.faults.clear();
      clock.reset();
      addressBook.restorePublications({ published: [], unpublished: [] });
      store.replaceAll(seedRecords());
      world.settle();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notifyChanged: notify,
  };

  store.replaceAll(seedRecords());
  world.settle();
  return world;
}

/** A world in the state of a snapshot (e.g. from sessionStorage); throws on a malformed one. */
export function restoreMockWorld(snapshot: unknown, options: Omit<MockWorldOptions, 'seed'> = {}): MockWorld {
  const parsed = parseSnapshot(snapshot);
  // No seed to build and settle only to be replaced: restore() takes `seeded` from the snapshot.
  const world = createMockWorld({ ...options, seed: false });
  world.restore(parsed);
  return world;
}

function parseSnapshot(value: unknown): MockWorldSnapshot {
  const v = value as Partial<MockWorldSnapshot> | null;
  const ok =
    typeof v === 'object' &&
    v !== null &&
    v.format === SNAPSHOT_FORMAT &&
    v.version === SNAPSHOT_VERSION &&
    typeof v.clock?.virtualNow === 'string' &&
    !Number.isNaN(Date.parse(v.clock.virtualNow)) &&
    typeof v.clock.speed === 'number' &&
    typeof v.clock.takenAtReal === 'number' &&
    typeof v.seeded === 'boolean' &&
    Array.isArray(v.records) &&
    v.records.every(isRecordLike) &&
    (v.publications === undefined || (Array.isArray(v.publications.published) && Array.isArray(v.publications.unpublished)));
  if (!ok) throw new Error('Not a mock world snapshot (or from an older version)');
  return v as MockWorldSnapshot;
}

function isRecordLike(r: unknown): boolean {
  if (typeof r !== 'object' || r === null) return false;
  const rec = r as Record<string, unknown>;
  return (
    (rec.direction === 'outgoing' || rec.direction === 'incoming') &&
    typeof rec.id === 'string' &&
    typeof rec.message === 'object' &&
    rec.message !== null
  );
}
