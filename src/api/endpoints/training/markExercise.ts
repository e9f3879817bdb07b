/** POST /mk/training/courses/{code}/participants/{number}/exercises/{exercise}: the trainer's tick. */
import { MessagesApiError } from '../../apiError';
import type { ApiClient } from '../../client';

export async function markExercise(client: ApiClient, code: string, number: number, exercise: string, done: boolean): Promise<void> {
  const { error, response } = await client.POST('/mk/training/courses/{code}/participants/{number}/exercises/{exercise}', {
    params: { path: { code, number, exercise } },
    body: { done },
  });
  if (!response.ok) throw new MessagesApiError('markTrainingExercise', response.status, error);
}
