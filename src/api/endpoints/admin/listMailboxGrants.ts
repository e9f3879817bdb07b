/** GET /mk/admin/mailboxes/{mailbox}/grants: who can reach a mailbox, directly or through a group. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../ApiClientContext';
import type { ApiClient } from '../../client';
import { AdminApiError, adminKeys, type AdminSchemas } from './adminKeys';

export type AdminGrant = AdminSchemas['AdminGrant'];

export async function fetchMailboxGrants(client: ApiClient, mailbox: string, signal?: AbortSignal): Promise<AdminGrant[]> {
  const { data, error, response } = await client.GET('/mk/admin/mailboxes/{mailbox}/grants', { params: { path: { mailbox } }, ...(signal ? { signal } : {}) });
  if (!data) throw new AdminApiError('listAdminMailboxGrants', response.status, error);
  return data.data;
}

export function mailboxGrantsQuery(client: ApiClient, mailbox: string) {
  return queryOptions({ queryKey: adminKeys.grants(mailbox), queryFn: ({ signal }) => fetchMailboxGrants(client, mailbox, signal) });
}

export function useMailboxGrants(mailbox: string | undefined) {
  const client = useApiClient();
  return useQuery({ ...mailboxGrantsQuery(client, mailbox ?? ''), enabled: mailbox !== undefined && mailbox !== '' });
}
