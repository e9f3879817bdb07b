/**
 * The address book as lookup helpers (labelOf, organizationOf, …) for any component.
 *
 * The address book changes rarely, so it is fetched once and kept fresh for an hour. While it
 * loads, or if it cannot be loaded, the lookups fall back to identifiers: names are a
 * convenience, never a reason to hide a message.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import { addressBookQuery } from '../../api/endpoints/addressBook';
import { directoryOf, EMPTY_DIRECTORY, type FunctionAddressDirectory } from '../../sdk/directory';

export interface FunctionAddressDirectoryResult extends FunctionAddressDirectory {
  /** True until the address book has been loaded the first time. */
  isPending: boolean;
  /** True when the last load failed (lookups then fall back to identifiers). */
  isError: boolean;
}

export function useFunctionAddressDirectory(): FunctionAddressDirectoryResult {
  // directoryOf is module-level: TanStack Query memoises the selection per data version.
  const query = useQuery({ ...addressBookQuery(useApiClient()), select: directoryOf });
  const directory = query.data ?? EMPTY_DIRECTORY;
  const { isPending, isError } = query;
  // The same object while nothing changed, so callers can memoise work on it (e.g. list rows).
  return useMemo(() => ({ ...directory, isPending, isError }), [directory, isPending, isError]);
}
