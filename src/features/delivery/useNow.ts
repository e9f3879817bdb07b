/**
 * The current time for texts that depend on how long something has taken, refreshed every
 * `intervalMs` while mounted: a receipt becomes late on screen even when no new data arrives.
 */
import { useEffect, useState } from 'react';

export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
