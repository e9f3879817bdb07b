/**
 * Roving focus, part one: which row is the active one (in the Tab order). Coming back from a
 * message, that message's row; when the active message leaves the list (deleted, filtered
 * out), its position stays active.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ListItem } from './listItems';

export function useActiveRow(items: readonly ListItem[], returnTo: string | undefined) {
  const [activeId, setActiveId] = useState<string | undefined>(returnTo);
  const indexById = useMemo(() => new Map(items.map((item, index) => [item.row.id, index])), [items]);
  const lastIndex = useRef(0);
  const found = activeId === undefined ? undefined : indexById.get(activeId);
  // The last active position, kept across renders on purpose: it only picks the fallback row
  // when the active message is gone, and is written after each render below.
  // oxlint-disable-next-line react/refs
  const activeIndex = items.length === 0 ? -1 : (found ?? Math.min(lastIndex.current, items.length - 1));
  const currentId = items[activeIndex]?.row.id;
  useLayoutEffect(() => {
    if (activeIndex >= 0) lastIndex.current = activeIndex;
  });
  return { activeId, setActiveId, indexById, activeIndex, currentId };
}

export type ActiveRow = ReturnType<typeof useActiveRow>;
