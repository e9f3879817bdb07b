/**
 * Sign-out must leave nothing of the previous user in memory. Each zustand store (drafts,
 * selections, …) registers its reset function here once, at module level:
 *
 *   registerStoreReset(() => useDraftStore.setState(initialDraftState, true));
 */
type Reset = () => void;

const resets = new Set<Reset>();

/** Returns an unregister function (tests). */
export function registerStoreReset(reset: Reset): () => void {
  resets.add(reset);
  return () => resets.delete(reset);
}

/** Runs every registered reset; one failing store does not stop the others. */
export function resetAllStores(): void {
  for (const reset of resets) {
    try {
      reset();
    } catch (error) {
      console.warn('A store could not be reset at sign-out', error);
    }
  }
}
