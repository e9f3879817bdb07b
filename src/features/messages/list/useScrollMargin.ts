/**
 * The rows' offset from the top of the document: the page scrolls, not the table. Measured
 * again whenever the page changes size (a notice or the filter panel above the list).
 */
import { useEffect, useState, type RefObject } from 'react';

export function useScrollMargin(ref: RefObject<HTMLElement | null>): number {
  const [scrollMargin, setScrollMargin] = useState(0);
  useEffect(() => {
    const measure = () => {
      if (!ref.current) return;
      const top = Math.round(ref.current.getBoundingClientRect().top + window.scrollY);
      setScrollMargin((previous) => (Math.abs(previous - top) > 1 ? top : previous));
    };
    window.addEventListener('resize', measure);
    // Reports the first size at once (asynchronously), then every change.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
    observer?.observe(document.body);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [ref]);
  return scrollMargin;
}
