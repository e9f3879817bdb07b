/**
 * Which messages the signed-in user has read. The SDK API has no read flag, so the client keeps
 * the ids of read messages itself: ids only, never labels or content, in localStorage under a
 * hashed per-user key (readStateKey.ts), so unread state survives sign-out and the night.
 *
 * The store is in memory like every other store and is reset at sign-out (the registry below);
 * only the persisted id list stays, by design (docs/decisions/0006-read-state.md).
 */
import { create } from 'zustand';
import { registerStoreReset } from '../../auth/resetRegistry';
import { readStateStorageKey } from './readStateKey';

/** The oldest ids are forgotten beyond this, so the list cannot grow without end. */
export const MAX_READ_IDS = 20_000;
/** Longer strings are no message id; never persist them. */
const MAX_ID_LENGTH = 200;
const FORMAT_VERSION = 1;

interface PersistedReadState {
  v: typeof FORMAT_VERSION;
  ids: string[];
}

export interface ReadStateValues {
  /** Whose ids are loaded (in memory only); null before activation and after sign-out. */
  subject: string | null;
  /** localStorage key of that user; null until derived. */
  storageKey: string | null;
  /** Ids of read messages, oldest first. */
  readIds: ReadonlySet<string>;
}

interface ReadStateActions {
  markRead(ids: readonly string[]): void;
  markUnread(ids: readonly string[]): void;
}

const initialState: ReadStateValues = { subject: null, storageKey: null, readIds: new Set() };

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

function capped(ids: Iterable<string>): Set<string> {
  const all = [...ids];
  return new Set(all.length > MAX_READ_IDS ? all.slice(all.length - MAX_READ_IDS) : all);
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled by policy: read state then lasts for the session only
  }
}

/** Reads the ids stored under `key`, ignoring anything that is not a plain id list. */
export function loadReadIds(key: string): Set<string> {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return new Set();
    const parsed = JSON.parse(raw) as Partial<PersistedReadState> | null;
    return capped(Array.isArray(parsed?.ids) ? parsed.ids.filter(isId) : []);
  } catch {
    return new Set();
  }
}

function persist(key: string | null, ids: ReadonlySet<string>): void {
  if (!key) return;
  try {
    const value: PersistedReadState = { v: FORMAT_VERSION, ids: [...ids] };
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Quota or policy: keep the state in memory; it is a convenience, never worth an error.
  }
}

export const useReadStateStore = create<ReadStateValues & ReadStateActions>()((set, get) => ({
  ...initialState,
  markRead(ids) {
    const { readIds, storageKey } = get();
    const fresh = ids.filter((id) => isId(id) && !readIds.has(id));
    if (fresh.length === 0) return;
    const next = capped([...readIds, ...fresh]);
    set({ readIds: next });
    persist(storageKey, next);
  },
  markUnread(ids) {
    const { readIds, storageKey } = get();
    if (!ids.some((id) => readIds.has(id))) return;
    const next = new Set(readIds);
    ids.forEach((id) => next.delete(id));
    set({ readIds: next });
    persist(storageKey, next);
  },
}));

let activating: { subject: string; promise: Promise<void> } | null = null;

/**
 * Loads the read ids of `subject` (once per subject; repeated calls are free). Marks made
 * before the key is derived (a fraction of a second after sign-in) are kept and merged.
 */
export function activateReadState(subject: string): Promise<void> {
  if (useReadStateStore.getState().subject === subject) return Promise.resolve();
  if (activating?.subject === subject) return activating.promise;
  const promise = readStateStorageKey(subject).then(
    (storageKey) => {
      if (activating?.subject !== subject) return; // signed out or another user meanwhile
      activating = null;
      const stored = loadReadIds(storageKey);
      const pending = useReadStateStore.getState();
      const merged = pending.subject === null ? capped([...stored, ...pending.readIds]) : stored;
      useReadStateStore.setState({ subject, storageKey, readIds: merged });
      if (merged.size !== stored.size) persist(storageKey, merged);
    },
    () => {
      // No Web Crypto (insecure context): read state lives in memory for this session only.
      if (activating?.subject !== subject) return;
      activating = null;
      useReadStateStore.setState({ subject, storageKey: null });
    },
  );
  activating = { subject, promise };
  return promise;
}

/** Another tab of the same user marked something: follow it. */
function onStorage(event: StorageEvent): void {
  const { storageKey } = useReadStateStore.getState();
  if (storageKey && event.key === storageKey) useReadStateStore.setState({ readIds: loadReadIds(storageKey) });
}

if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);

export function resetReadState(): void {
  activating = null;
  useReadStateStore.setState({ ...initialState, readIds: new Set() });
}

// Sign-out empties the in-memory state; the id list in localStorage stays for the user's return.
registerStoreReset(resetReadState);
