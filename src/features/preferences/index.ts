/** The preferences feature's entry: what other features and pages may use (docs/architecture.md). */
export { type ListDensity, PREFERENCES_STORAGE_KEY, usePreferences } from './preferencesStore';
