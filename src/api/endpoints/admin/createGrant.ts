/** POST /mk/admin/mailboxes/{mailbox}/grants: grant (or change the grant of) a person or group. */
import type { ApiClient } from '../../client';
import { AdminApiError, type AdminSchemas } from './adminKeys';

export type AdminGrantCreate = AdminSchemas['AdminGrantCreate'];

export async function createAdminGrant(client: ApiClient, mailbox: string, body: AdminGrantCreate): Promise<AdminSchemas['AdminGrant']> {
  const { data, error, response } = await client.POST('/mk/admin/mailboxes/{mailbox}/grants', { params: { path: { mailbox } }, body });
  if (!data) throw new AdminApiError('createAdminGrant', response.status, error);
  return data.grant;
}
