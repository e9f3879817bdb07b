/** POST /mk/training/courses/{code}/reset: one participant (her number) or the whole course. */
import { MessagesApiError } from '../../apiError';
import type { ApiClient } from '../../client';

export async function resetCourse(client: ApiClient, code: string, participant?: number): Promise<number[]> {
  const { data, error, response } = await client.POST('/mk/training/courses/{code}/reset', { params: { path: { code } }, body: participant === undefined ? {} : { participant } });
  if (!data) throw new MessagesApiError('resetTrainingCourse', response.status, error);
  return data.participants;
}
