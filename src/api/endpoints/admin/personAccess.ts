/** GET /mk/admin/people/{subject}/access: the mailboxes a person reaches, directly or through a group. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../ApiClientContext';
import type { ApiClient } from '../../client';
import { AdminApiError, adminKeys, type AdminSchemas } from './adminKeys';

export async function fetchPersonAccess(client: ApiClient, subject: string, signal?: AbortSignal): Promise<AdminSchemas['AdminGrant'][]> {
  const { data, error, response } = await client.GET('/mk/admin/people/{subject}/access', { params: { path: { subject } }, ...(signal ? { signal } : {}) });
  if (!data) throw new AdminApiError('getAdminPersonAccess', response.status, error);
  return data.data;
}

export function personAccessQuery(client: ApiClient, subject: string) {
  return queryOptions({ queryKey: adminKeys.personAccess(subject), queryFn: ({ signal }) => fetchPersonAccess(client, subject, signal) });
}

export function usePersonAccess(subject: string | undefined) {
  return useQuery({ ...personAccessQuery(useApiClient(), subject ?? ''), enabled: Boolean(subject) });
}
