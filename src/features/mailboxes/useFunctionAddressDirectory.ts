/**
 * The address book as lookup helpers (labelOf, organizationOf, …) for any component.
 *
 * The address book changes rarely, so it is fetched once and kept fresh for an hour. While it
 * loads, or if it cannot be loaded, the lookups fall back to identifiers: names are a
 * convenience, never a reason to hide a message. The user's own mailboxes that the address book
 * does not list yet (just registered, not published) are named from the registry (GET /mk/me).
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import { addressBookQuery } from '../../api/endpoints/addressBook';
import { myMailboxesQuery, type MyMailbox } from '../../api/endpoints/me';
import { directoryOf, EMPTY_DIRECTORY, withOwnMailboxNames, type FunctionAddressDirectory } from '../../sdk/directory';

export interface FunctionAddressDirectoryResult extends FunctionAddressDirectory {
  /** True until the address book has been loaded the first time. */
  isPending: boolean;
  /** True when the last load failed (lookups then fall back to identifiers). */
  isError: boolean;
}

const namesOf = (mailboxes: MyMailbox[]): ReadonlyMap<string, string> => new Map(mailboxes.map((m) => [m.id, m.name]));

export function useFunctionAddressDirectory(): FunctionAddressDirectoryResult {
  const client = useApiClient();
  // directoryOf is module-level: TanStack Query memoises the selection per data version.
  const query = useQuery({ ...addressBookQuery(client), select: directoryOf });
  // Reads what the session's poll of /mk/me (GrantedSession) has cached; never fetches itself.
  const own = useQuery({ ...myMailboxesQuery(client), select: namesOf, enabled: false }).data;
  const book = query.data ?? EMPTY_DIRECTORY;
  const { isPending, isError } = query;
  // The same object while nothing changed, so callers can memoise work on it (e.g. list rows).
  return useMemo(() => ({ ...(own ? withOwnMailboxNames(book, own) : book), isPending, isError }), [book, own, isPending, isError]);
}
