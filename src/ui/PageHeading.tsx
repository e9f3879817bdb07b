import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. With `focusOnMount` it takes focus when it appears, so screen-reader users
 * hear that the page changed (used for error and status pages that replace the whole view).
 */
export function PageHeading({ children, focusOnMount = false }: { children: ReactNode; focusOnMount?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
