/** DELETE /mk/admin/grants/{grantId}: revoke; applies on the person's next request. */
import type { ApiClient } from '../../client';
import { AdminApiError } from './adminKeys';

export async function revokeAdminGrant(client: ApiClient, grantId: string): Promise<void> {
  const { error, response } = await client.DELETE('/mk/admin/grants/{grantId}', { params: { path: { grantId } } });
  if (!response.ok) throw new AdminApiError('revokeAdminGrant', response.status, error);
}
