/**
 * The list's filters, kept in the URL query but answered from local state at once.
 *
 * React Router applies URL changes asynchronously; controls that showed the URL directly would
 * snap back between a keystroke and the navigation, and fast typing would lose characters. So
 * changes go to local state immediately and to the URL (replace) as well; URLs that arrive are
 * matched against the ones requested, and only a URL nobody here asked for (Back, a link, a
 * reload) replaces the local state.
 */
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { MailboxView } from '../../../routes/paths';
import { clearedListFilters, readListFilters, withListFilters, type ListFilters } from './listFilters';

interface FilterSync {
  filters: ListFilters;
  /** The URL query last seen. */
  seen: string;
  /** Queries requested and not seen yet, oldest first. */
  pending: readonly string[];
}

export interface ListFiltersState {
  filters: ListFilters;
  change(patch: Partial<ListFilters>): void;
  clear(): void;
}

export function useListFilters(view: MailboxView): ListFiltersState {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const [sync, setSync] = useState<FilterSync>(() => ({ filters: readListFilters(params, view), seen: query, pending: [] }));

  // Adjusted while rendering (React's pattern for state that follows a changing input).
  let current = sync;
  if (query !== sync.seen) {
    const at = sync.pending.indexOf(query);
    current =
      at >= 0
        ? { ...sync, seen: query, pending: sync.pending.slice(at + 1) }
        : { filters: readListFilters(params, view), seen: query, pending: [] };
    setSync(current);
  }

  const apply = (next: URLSearchParams) => {
    const target = next.toString();
    setSync({ filters: readListFilters(next, view), seen: current.seen, pending: [...current.pending, target] });
    setParams(next, { replace: true });
  };

  return {
    filters: current.filters,
    // Every filter is written from the local state, so a URL still on its way cannot undo one.
    change: (patch) => apply(withListFilters(params, { ...current.filters, ...patch })),
    clear: () => apply(clearedListFilters(withListFilters(params, current.filters))),
  };
}
