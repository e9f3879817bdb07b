/**
 * The user's preferences on this device: keyboard shortcuts on/off (WCAG 2.1.4) and list
 * density. Preferences only — never message data — kept in localStorage under 'sdk-mk-prefs'
 * so they outlive the session (docs/decisions/0006-read-state.md).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { registerStoreReset } from '../../auth/resetRegistry';

export const PREFERENCES_STORAGE_KEY = 'sdk-mk-prefs';

export type ListDensity = 'comfortable' | 'compact';

export interface Preferences {
  /** Single-key shortcuts (j, k, r, c, /, ?, u, Escape). Arrow keys in the list always work. */
  shortcutsEnabled: boolean;
  density: ListDensity;
}

interface PreferenceActions {
  setShortcutsEnabled(enabled: boolean): void;
  setDensity(density: ListDensity): void;
}

export const DEFAULT_PREFERENCES: Preferences = { shortcutsEnabled: true, density: 'comfortable' };

/** Only known preference values survive a read: the storage is shared with whatever else ran here. */
function sanitize(value: unknown): Partial<Preferences> {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    ...(typeof v.shortcutsEnabled === 'boolean' ? { shortcutsEnabled: v.shortcutsEnabled } : {}),
    ...(v.density === 'comfortable' || v.density === 'compact' ? { density: v.density } : {}),
  };
}

export const usePreferences = create<Preferences & PreferenceActions>()(
  persist(
    (set) => ({
      ...DEFAULT_PREFERENCES,
      setShortcutsEnabled: (shortcutsEnabled) => set({ shortcutsEnabled }),
      setDensity: (density) => set({ density }),
    }),
    {
      name: PREFERENCES_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => window.localStorage),
      partialize: (state): Preferences => ({ shortcutsEnabled: state.shortcutsEnabled, density: state.density }),
      merge: (persisted, current) => ({ ...current, ...sanitize(persisted) }),
    },
  ),
);

// Preferences belong to the device, not to the session: sign-out re-reads them from storage
// instead of erasing them. (setState here would write the defaults back to storage.)
registerStoreReset(() => void usePreferences.persist.rehydrate());
