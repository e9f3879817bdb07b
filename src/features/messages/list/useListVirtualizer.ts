/**
 * The list's window virtualizer. Its options are stable between renders: the virtualizer
 * memoises on their identity, and a new getItemKey on every render made it lay out all rows
 * again (10 000 keys and sizes) on each scroll step. The active row stays rendered even when
 * scrolled away, so it keeps focus and its place in the Tab order.
 */
import { useCallback } from 'react';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import type { ListDensity } from '../../preferences';
import type { ListItem } from './listItems';

/** First guess of a row's height (px) before it is measured. */
const ROW_ESTIMATE = { comfortable: 64, compact: 44 } as const;
const OVERSCAN = 8;

export function useListVirtualizer(items: readonly ListItem[], density: ListDensity, activeIndex: number, scrollMargin: number) {
  const estimate = ROW_ESTIMATE[density];
  const estimateSize = useCallback(() => estimate, [estimate]);
  const getItemKey = useCallback((index: number) => items[index]?.row.id ?? index, [items]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && activeIndex < range.count && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );
  const measureElement = useCallback(
    (element: Element, entry: ResizeObserverEntry | undefined) => {
      const size = entry?.borderBoxSize?.[0]?.blockSize ?? element.getBoundingClientRect().height;
      return size > 0 ? Math.round(size) : estimate; // 0 where nothing is laid out (tests)
    },
    [estimate],
  );
  // The issue asks for TanStack Virtual. The app does not use React Compiler, and what the
  // virtualizer returns is read during the list's render only (measureElement is a stable method).
  // oxlint-disable-next-line react/incompatible-library
  return useWindowVirtualizer({
    count: items.length,
    // Start from where the page is (e.g. scroll restored on Back), never jump to the top.
    initialOffset: () => window.scrollY,
    estimateSize,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey,
    rangeExtractor,
    measureElement,
  });
}

export type ListVirtualizer = ReturnType<typeof useListVirtualizer>;
