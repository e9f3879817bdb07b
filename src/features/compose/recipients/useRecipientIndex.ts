/**
 * The address book as a recipient search index. Shares the mailboxes feature's query (same key,
 * same loader that follows links.next, same hour-long freshness), so the book is fetched once
 * for both the mailbox names and the recipient search.
 */
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiClientContext';
import { fetchAddressBook } from '../../mailboxes/fetchAddressBook';
import { mailboxKeys } from '../../mailboxes/queryKeys';
import { buildRecipientIndex, type RecipientIndex } from './recipientIndex';

const ONE_HOUR = 60 * 60 * 1000;

export function useRecipientIndex(): { index: RecipientIndex | undefined; isPending: boolean; isError: boolean; refetch(): void } {
  const client = useApiClient();
  const query = useQuery({
    queryKey: mailboxKeys.directory(),
    queryFn: ({ signal }) => fetchAddressBook(client, signal),
    select: buildRecipientIndex,
    staleTime: ONE_HOUR,
    gcTime: 2 * ONE_HOUR,
  });
  return {
    index: query.data,
    isPending: query.isPending,
    isError: query.isError,
    refetch: () => void query.refetch(),
  };
}
