/**
 * Recently used recipients of this tab: function address ids only (never names or message
 * content), per signed-in user, newest first, in app sessionStorage (cleared at sign-out).
 */
import { appStorageKey } from '../../../config/appStorage';

const KEY = appStorageKey('recent-recipients');
export const MAX_RECENT = 8;

type Stored = Record<string, string[]>;

/** The last stored text and what it parsed to: the composer asks on every render. */
let parsed: { raw: string | null; stored: Stored } | null = null;

function read(): Stored {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (parsed?.raw === raw) return parsed.stored;
    const value: unknown = raw ? JSON.parse(raw) : {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const out: Stored = {};
    for (const [user, ids] of Object.entries(value)) {
      if (Array.isArray(ids)) out[user] = ids.filter((id): id is string => typeof id === 'string');
    }
    parsed = { raw, stored: out };
    return out;
  } catch {
    return {};
  }
}

const NONE: string[] = [];

/** The same array until the stored list changes, so callers can memoise on it. */
export function recentRecipients(user: string): string[] {
  return read()[user] ?? NONE;
}

/** Puts the ids first (in the given order), keeps at most MAX_RECENT. */
export function rememberRecipients(user: string, identifiers: readonly string[]): void {
  const stored = read();
  const next = [...identifiers, ...(stored[user] ?? [])].filter((id, i, all) => all.indexOf(id) === i).slice(0, MAX_RECENT);
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify({ ...stored, [user]: next }));
  } catch {
    // Storage full or disabled: recent recipients are a convenience only.
  }
}
