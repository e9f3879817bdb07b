/**
 * Is the browser online? One answer for the whole app: the lists (whose queries TanStack Query
 * pauses while offline) and the sending engine (which waits for the connection) must agree.
 * Offline when either the browser says so (navigator.onLine) or TanStack Query's onlineManager
 * has been told so.
 */
import { useSyncExternalStore } from 'react';
import { onlineManager } from '@tanstack/react-query';

export function isOnline(): boolean {
  const browserOnline = typeof navigator === 'undefined' || navigator.onLine !== false;
  return browserOnline && onlineManager.isOnline();
}

function subscribe(onChange: () => void): () => void {
  const unsubscribe = onlineManager.subscribe(onChange);
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    unsubscribe();
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, () => true);
}

/** Resolves at once when online, else when the connection returns; rejects with the signal's reason on abort. */
export function waitForOnline(signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    if (isOnline()) return resolve();
    let unsubscribe = () => {};
    const onAbort = () => {
      unsubscribe();
      reject(signal.reason);
    };
    unsubscribe = subscribe(() => {
      if (!isOnline()) return;
      unsubscribe();
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
