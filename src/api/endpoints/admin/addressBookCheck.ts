/**
 * GET /mk/admin/address-book and POST /mk/admin/address-book/sync: the console's address-book
 * check (each mailbox vs SDK Adressbok, the copy's age) and "sync now" — the one module for them.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MessagesApiError } from '../../apiError';
import { useApiClient } from '../../ApiClientContext';
import type { ApiClient } from '../../client';
import type { components } from '../../schema.gen';

export type AdminAddressBookCheck = components['schemas']['AdminAddressBookCheck'];
export type MailboxAddressBookCheck = components['schemas']['MailboxAddressBookCheck'];

export const adminAddressBookKeys = {
  all: ['admin', 'addressBook'] as const,
};

export async function fetchAddressBookCheck(client: ApiClient, signal?: AbortSignal): Promise<AdminAddressBookCheck> {
  const { data, error, response } = await client.GET('/mk/admin/address-book', signal ? { signal } : {});
  if (!data) throw new MessagesApiError('getAdminAddressBookCheck', response.status, error);
  return data;
}

export function addressBookCheckQuery(client: ApiClient) {
  return queryOptions({ queryKey: adminAddressBookKeys.all, queryFn: ({ signal }) => fetchAddressBookCheck(client, signal) });
}

export function useAddressBookCheck() {
  return useQuery(addressBookCheckQuery(useApiClient()));
}

export async function syncAddressBookNow(client: ApiClient) {
  const { data, error, response } = await client.POST('/mk/admin/address-book/sync', {});
  if (!data) throw new MessagesApiError('syncAdminAddressBook', response.status, error);
  return data;
}

export function useSyncAddressBookNow() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => syncAddressBookNow(client),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminAddressBookKeys.all }),
  });
}
