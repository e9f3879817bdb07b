/**
 * Drafts: in memory (zustand) and in this tab's sessionStorage, never localStorage or
 * IndexedDB, so confidential text does not outlive the browser session on a shared computer.
 *
 * - A reload, a silent token renewal or a new sign-in through the IdP in the same tab keep the
 *   drafts: the store is read back from sessionStorage when the page loads.
 * - Only an explicit sign-out removes them: signOutEverywhere resets every registered store and
 *   clears all 'sdk-mk:' keys (src/auth/signOut.ts); the expired-session path never does.
 * - Attachments are File objects: they stay in memory only and are lost on reload. The draft
 *   remembers their names so the composer can say which files must be added again.
 * - Each draft belongs to the user who wrote it (OIDC subject): a different person signing in
 *   in the same tab never sees it.
 */
import { create } from 'zustand';
import { registerStoreReset } from '../../../auth/resetRegistry';
import { appStorageKey } from '../../../config/appStorage';
import type { DraftAttachment } from '../attachments';
import type { ComposeValues, SendIds } from '../model/composeValues';

export const DRAFTS_STORAGE_KEY = appStorageKey('drafts');

export interface Draft {
  id: string;
  /** OIDC subject of the author. */
  owner: string;
  values: ComposeValues;
  /** Name and size of the attachments when last saved (their bytes are in memory only). */
  attachmentNames: { fileName: string; size: number }[];
  /** Ids of each message of the send, made at the first attempt and kept until it is sent. */
  sendIds?: Record<string, SendIds>;
  sharedConversationId?: string;
  createdAt: string;
  savedAt: string;
}

interface DraftState {
  drafts: Record<string, Draft>;
  /** Attachments per draft id: memory only. */
  attachments: Record<string, DraftAttachment[]>;
}

interface DraftActions {
  saveDraft(draft: Draft): void;
  deleteDraft(id: string): void;
  setAttachments(id: string, attachments: DraftAttachment[]): void;
}

// --- sessionStorage ----------------------------------------------------------------------

/**
 * Drafts from sessionStorage, checked only as far as the drafts link's count needs (id, owner,
 * sender, saved time): the start-up bundle reads them on every page. The full check, which drops
 * an entry that does not parse (never the others), is in ./draftSchema.ts and runs before any
 * page that reads a draft's content renders (simulatePageReload, for tests, is there too).
 */
export function readStoredDrafts(storage: Storage = window.sessionStorage): Record<string, Draft> {
  let raw: unknown;
  try {
    const text = storage.getItem(DRAFTS_STORAGE_KEY);
    raw = text ? JSON.parse(text) : {};
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const drafts: Record<string, Draft> = {};
  for (const value of Object.values(raw)) {
    if (looksLikeDraft(value)) drafts[value.id] = value;
  }
  return drafts;
}

function looksLikeDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Partial<Record<'id' | 'owner' | 'savedAt', unknown>> & { values?: { from?: unknown } };
  return typeof d.id === 'string' && typeof d.owner === 'string' && typeof d.savedAt === 'string' && typeof d.values?.from === 'string';
}

function writeStoredDrafts(drafts: Record<string, Draft>): void {
  try {
    if (Object.keys(drafts).length === 0) window.sessionStorage.removeItem(DRAFTS_STORAGE_KEY);
    else window.sessionStorage.setItem(DRAFTS_STORAGE_KEY, JSON.stringify(drafts));
  } catch (error) {
    // Quota exceeded (very long texts) or storage disabled: the draft still lives in memory.
    console.warn('The draft could not be written to session storage', error);
  }
}

// --- store -------------------------------------------------------------------------------

export const useDraftStore = create<DraftState & DraftActions>()((set, get) => ({
  drafts: readStoredDrafts(),
  attachments: {},
  saveDraft(draft) {
    const drafts = { ...get().drafts, [draft.id]: draft };
    writeStoredDrafts(drafts);
    set({ drafts });
  },
  deleteDraft(id) {
    const { [id]: _removed, ...drafts } = get().drafts;
    const { [id]: _files, ...attachments } = get().attachments;
    writeStoredDrafts(drafts);
    set({ drafts, attachments });
  },
  setAttachments(id, list) {
    set({ attachments: { ...get().attachments, [id]: list } });
  },
}));

// Sign-out: forget everything (the storage key itself is removed with every 'sdk-mk:' key).
registerStoreReset(() => useDraftStore.setState({ drafts: {}, attachments: {} }));

/** The user's drafts sent from `mailbox`, newest first. */
export function draftsOf(drafts: Record<string, Draft>, owner: string, mailbox: string): Draft[] {
  return Object.values(drafts)
    .filter((d) => d.owner === owner && d.values.from === mailbox)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
