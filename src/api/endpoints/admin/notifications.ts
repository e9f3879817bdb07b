/** GET /mk/admin/notifications: the e-mails the demo keeps instead of sending. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../ApiClientContext';
import type { ApiClient } from '../../client';
import { AdminApiError, adminKeys, type AdminSchemas } from './adminKeys';

export type AdminNotification = AdminSchemas['AdminNotification'];

export async function fetchAdminNotifications(client: ApiClient, signal?: AbortSignal): Promise<AdminNotification[]> {
  const { data, error, response } = await client.GET('/mk/admin/notifications', signal ? { signal } : {});
  if (!data) throw new AdminApiError('listAdminNotifications', response.status, error);
  return data.data;
}

export function useAdminNotifications() {
  const client = useApiClient();
  return useQuery(queryOptions({ queryKey: adminKeys.notifications(), queryFn: ({ signal }) => fetchAdminNotifications(client, signal) }));
}
