/**
 * The address book as a recipient search index. Uses the address book's one query
 * (api/endpoints/addressBook.ts), so the book is fetched once for both the mailbox names and
 * the recipient search, and its directory is built once (directoryOf).
 */
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientContext';
import { addressBookQuery } from '../../../api/endpoints/addressBook';
import { buildRecipientIndex, type RecipientIndex } from './recipientIndex';

export function useRecipientIndex(): { index: RecipientIndex | undefined; isPending: boolean; isError: boolean; refetch(): void } {
  const query = useQuery({ ...addressBookQuery(useApiClient()), select: buildRecipientIndex });
  return {
    index: query.data,
    isPending: query.isPending,
    isError: query.isError,
    refetch: () => void query.refetch(),
  };
}
