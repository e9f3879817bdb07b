/** GET /mk/admin/people?q=: the organisation's people and IdP groups matching q. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../ApiClientContext';
import type { ApiClient } from '../../client';
import { AdminApiError, adminKeys, type AdminSchemas } from './adminKeys';

export type AdminPeopleSearch = AdminSchemas['AdminPeopleSearch'];

export async function searchAdminPeople(client: ApiClient, q: string, signal?: AbortSignal): Promise<AdminPeopleSearch> {
  const { data, error, response } = await client.GET('/mk/admin/people', { params: { query: { q } }, ...(signal ? { signal } : {}) });
  if (!data) throw new AdminApiError('searchAdminPeople', response.status, error);
  return data;
}

export function adminPeopleQuery(client: ApiClient, q: string) {
  return queryOptions({ queryKey: adminKeys.people(q), queryFn: ({ signal }) => searchAdminPeople(client, q, signal) });
}

export function useAdminPeople(q: string) {
  return useQuery({ ...adminPeopleQuery(useApiClient(), q.trim()), placeholderData: keepPreviousData });
}
