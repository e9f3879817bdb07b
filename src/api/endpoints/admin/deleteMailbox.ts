/** DELETE /mk/admin/mailboxes/{mailbox}: remove one without messages (409 asks to deactivate instead). */
import type { ApiClient } from '../../client';
import { AdminApiError } from './adminKeys';

export async function deleteAdminMailbox(client: ApiClient, id: string): Promise<void> {
  const { error, response } = await client.DELETE('/mk/admin/mailboxes/{mailbox}', { params: { path: { mailbox: id } } });
  if (!response.ok) throw new AdminApiError('deleteAdminMailbox', response.status, error);
}
