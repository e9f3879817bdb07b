/** POST /mk/admin/mailboxes: register a function mailbox (400/409 with field issues). */
import type { ApiClient } from '../../client';
import { AdminApiError, type AdminSchemas } from './adminKeys';

export type AdminMailboxCreate = AdminSchemas['AdminMailboxCreate'];

export async function createAdminMailbox(client: ApiClient, body: AdminMailboxCreate): Promise<AdminSchemas['AdminMailbox']> {
  const { data, error, response } = await client.POST('/mk/admin/mailboxes', { body });
  if (!data) throw new AdminApiError('createAdminMailbox', response.status, error);
  return data.mailbox;
}
