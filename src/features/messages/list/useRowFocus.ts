/**
 * Roving focus, part two: moving focus between rows that may not be rendered yet (scroll
 * first, focus once the row is there), keeping it on the same message when polling adds rows
 * above it or the DOM under it changes, and bringing the returned-to row into view once.
 */
import { useEffect, useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ListItem } from './listItems';
import { clearReturnFocus } from './returnFocus';
import type { ActiveRow } from './useActiveRow';
import type { ListVirtualizer } from './useListVirtualizer';

function isFullyInView(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.top >= 0 && rect.bottom <= window.innerHeight;
}

/**
 * `activeRow` is useActiveRow's answer; `returnTo` the row to focus first (coming back from that
 * message), if any.
 */
export function useRowFocus(
  tbodyRef: RefObject<HTMLTableSectionElement | null>,
  items: readonly ListItem[],
  activeRow: ActiveRow,
  returnTo: string | undefined,
  virtualizer: ListVirtualizer,
) {
  const { indexById, activeId, setActiveId, currentId } = activeRow;
  const rowElement = (id: string | undefined): HTMLTableRowElement | null => {
    if (id === undefined || !tbodyRef.current) return null;
    for (const row of tbodyRef.current.rows) if (row.dataset.id === id) return row;
    return null;
  };

  // Focus management after every render.
  const focusInside = useRef(false);
  const focusRequest = useRef<string | undefined>(returnTo);
  useLayoutEffect(() => {
    const requested = focusRequest.current;
    if (requested !== undefined) {
      const element = rowElement(requested);
      if (element) {
        focusRequest.current = undefined;
        focusInside.current = true;
        element.focus({ preventScroll: true });
      }
      return;
    }
    // The DOM changed under the focused row (a poll added rows, a re-sort): same message again.
    const active = document.activeElement;
    if (focusInside.current && (active === null || active === document.body)) rowElement(currentId)?.focus({ preventScroll: true });
  });

  // Once: bring the returned-to row into view (or forget it if the list no longer has it).
  const showReturnedRow = useEffectEvent(() => {
    clearReturnFocus();
    if (returnTo === undefined) return;
    const index = indexById.get(returnTo);
    if (index === undefined) {
      focusRequest.current = undefined;
      return;
    }
    const element = rowElement(returnTo);
    if (!element || !isFullyInView(element)) virtualizer.scrollToIndex(index, { align: 'center' });
  });
  useEffect(() => showReturnedRow(), []);

  const moveTo = (index: number) => {
    if (items.length === 0) return;
    const target = Math.max(0, Math.min(items.length - 1, index));
    const id = items[target]?.row.id;
    if (id === undefined) return;
    setActiveId(id);
    const element = rowElement(id);
    if (element && isFullyInView(element)) {
      element.focus({ preventScroll: true });
    } else {
      focusRequest.current = id;
      virtualizer.scrollToIndex(target, { align: 'auto' });
    }
  };

  const onFocusIn = (event: FocusEvent) => {
    focusInside.current = true;
    const id = (event.target as HTMLElement).closest<HTMLTableRowElement>('tr[data-id]')?.dataset.id;
    if (id !== undefined && id !== activeId) setActiveId(id);
  };

  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (next instanceof Node && tbodyRef.current?.contains(next)) return;
    if (next) {
      focusInside.current = false;
      return;
    }
    // Focus went nowhere: either its row left the DOM (keep the intent, focus comes back) or
    // the user clicked outside on something not focusable (let go).
    const row = (event.target as HTMLElement).closest('tr');
    setTimeout(() => {
      if (row?.isConnected && document.activeElement !== row && !row.contains(document.activeElement)) focusInside.current = false;
    }, 0);
  };

  return { moveTo, onFocusIn, onFocusOut };
}
