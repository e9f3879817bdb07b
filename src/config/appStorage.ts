/**
 * Everything the app writes to sessionStorage starts with this prefix, so sign-out can remove
 * all of it without knowing every key (docs/decisions/0001-token-storage.md).
 * Per-tab sessionStorage only: never localStorage.
 */
export const APP_STORAGE_PREFIX = 'sdk-mk:';

export function appStorageKey(name: string): string {
  return `${APP_STORAGE_PREFIX}${name}`;
}

/** Removes every sessionStorage key the app wrote (including the oidc-client-ts entries). */
export function clearAppSessionStorage(storage: Storage = window.sessionStorage): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    // 'oidc.' is oidc-client-ts' default prefix; ours is configured to sdk-mk:oidc., but a
    // stray default-prefixed entry (older build, other config) must not survive sign-out either.
    if (key !== null && (key.startsWith(APP_STORAGE_PREFIX) || key.startsWith('oidc.'))) keys.push(key);
  }
  keys.forEach((key) => storage.removeItem(key));
}
