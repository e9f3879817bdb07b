/** GET /mk/admin/mailboxes: the organisation's function mailboxes with their facts. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../ApiClientContext';
import type { ApiClient } from '../../client';
import { AdminApiError, adminKeys, type AdminSchemas } from './adminKeys';

export type AdminMailbox = AdminSchemas['AdminMailbox'];

export async function fetchAdminMailboxes(client: ApiClient, signal?: AbortSignal): Promise<AdminMailbox[]> {
  const { data, error, response } = await client.GET('/mk/admin/mailboxes', signal ? { signal } : {});
  if (!data) throw new AdminApiError('listAdminMailboxes', response.status, error);
  return data.data;
}

export function adminMailboxesQuery(client: ApiClient) {
  return queryOptions({ queryKey: adminKeys.mailboxes(), queryFn: ({ signal }) => fetchAdminMailboxes(client, signal) });
}

export function useAdminMailboxes() {
  return useQuery(adminMailboxesQuery(useApiClient()));
}
