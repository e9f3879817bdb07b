/**
 * Saves about two seconds after the last change ("typing stopped"), and at once on flush()
 * (before sending, before leaving, when the page is hidden or unloaded).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export const AUTOSAVE_DELAY_MS = 2000;

export interface Autosave {
  /** Call after every change. */
  changed(): void;
  /** Saves now if a change is waiting. */
  flush(): void;
  /** Forget a waiting change (the draft was deleted or sent). */
  cancel(): void;
  /** True while a change is not yet saved. */
  pending: boolean;
  /** The same, read now (for callbacks that run between renders). */
  isPending(): boolean;
}

export function useAutosave(save: () => void, delay: number = AUTOSAVE_DELAY_MS): Autosave {
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pendingRef = useRef(false);
  const [pending, setPending] = useState(false);

  const clear = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const flush = useCallback(() => {
    clear();
    if (!pendingRef.current) return;
    pendingRef.current = false;
    setPending(false);
    saveRef.current();
  }, [clear]);

  const changed = useCallback(() => {
    clear();
    pendingRef.current = true;
    setPending(true);
    timer.current = setTimeout(flush, delay);
  }, [clear, delay, flush]);

  const cancel = useCallback(() => {
    clear();
    pendingRef.current = false;
    setPending(false);
  }, [clear]);

  // Nothing typed may be lost to a reload, a closed laptop lid or a navigation to the IdP.
  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the composer inside the app: save what was typed.
      flush();
    };
  }, [flush]);

  const isPending = useCallback(() => pendingRef.current, []);
  return { changed, flush, cancel, pending, isPending };
}
