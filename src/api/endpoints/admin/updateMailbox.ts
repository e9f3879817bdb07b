/**
 * PUT /mk/admin/mailboxes/{mailbox}: save an edit based on `version`. A 409 means someone else
 * saved first: `conflictOf` reads the current values and the fields that changed.
 */
import type { ApiClient } from '../../client';
import { AdminApiError, type AdminSchemas } from './adminKeys';

export type AdminMailboxUpdate = AdminSchemas['AdminMailboxUpdate'];
export type MailboxConflict = AdminSchemas['MailboxConflictProblem'];

export async function updateAdminMailbox(client: ApiClient, id: string, body: AdminMailboxUpdate): Promise<AdminSchemas['AdminMailbox']> {
  const { data, error, response } = await client.PUT('/mk/admin/mailboxes/{mailbox}', { params: { path: { mailbox: id } }, body });
  if (!data) throw new AdminApiError('updateAdminMailbox', response.status, error);
  return data.mailbox;
}

/** The conflict of a refused save, or undefined for any other error. */
export function conflictOf(error: unknown): MailboxConflict | undefined {
  if (!(error instanceof AdminApiError) || error.status !== 409) return undefined;
  const body = error.body as Partial<MailboxConflict> | null;
  return body && typeof body === 'object' && body.current && Array.isArray(body.changedFields) ? (body as MailboxConflict) : undefined;
}
