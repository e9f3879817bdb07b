/** POST /mk/training/courses/{code}/hints: a hint to one participant or all. */
import { MessagesApiError } from '../../apiError';
import type { ApiClient } from '../../client';

export async function sendHint(client: ApiClient, code: string, body: { text: string; participant?: number }): Promise<void> {
  const { error, response } = await client.POST('/mk/training/courses/{code}/hints', { params: { path: { code } }, body });
  if (!response.ok) throw new MessagesApiError('sendTrainingHint', response.status, error);
}
